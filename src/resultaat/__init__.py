"""resultaat: honest result-based steering for the public sector.

Model who contributes to which result, judge every claim ("party P achieved
result R") with reasons, check a model for what people forget, and draw and
report it.

The names below are imported when first used (PEP 562), so that ``import
resultaat`` and the command line start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resultaat._errors import (
        MeasurementError,
        ModelError,
        Problem,
        RenderError,
        ResultaatError,
        SettingError,
        UnknownIdError,
        UsageError,
    )
    from resultaat._files import WriteError
    from resultaat.analysis._attribution import Attribution, attribution
    from resultaat.analysis._check import CODES, Finding, Severity, check
    from resultaat.analysis._claims import (
        Ceiling,
        Claim,
        IndicatorClass,
        ceiling,
        claimable_value,
        claims,
        judge,
    )
    from resultaat.analysis._perspective import (
        Control,
        Perspective,
        Seen,
        Standing,
        Verdict,
        perspective,
    )
    from resultaat.analysis._privacy import public_name, publishable
    from resultaat.analysis._rollup_query import Measured, measure
    from resultaat.analysis._steering import (
        MIN_GROUP,
        MeasurementSet,
        Progress,
        Readiness,
        Rollup,
        Rollups,
        Signal,
        Trend,
        latest_signals,
        load_measurements,
        progress,
        readiness,
        rollup,
        rollup_csv,
    )
    from resultaat.analysis._story import StoryStrength
    from resultaat.analysis._views import Budget, Household, budget, household
    from resultaat.model._builder import ModelBuilder
    from resultaat.model._examples import EXAMPLES, EXAMPLES_NL, example, example_path
    from resultaat.model._io import dump, dumps, load, loads
    from resultaat.model._model import (
        COLLECTIVE,
        Audience,
        ClaimAs,
        Condition,
        ConditionKind,
        Contribution,
        Direction,
        Effect,
        Factor,
        Indicator,
        Intervention,
        Level,
        Measurement,
        Model,
        Party,
        PartyKind,
        Recognition,
        Result,
        Rival,
        RivalStatus,
        Role,
        StatedClaim,
        Status,
        Strength,
        TargetRevision,
    )
    from resultaat.model._periods import Period
    from resultaat.present._dot import caption, to_dot
    from resultaat.present._output import render, render_to, summary_figure
    from resultaat.present._report import report
    from resultaat.present._story import Story, story

__version__ = "0.1.0"

_LAYERS = ("text", "model", "analysis", "present", "cli")
"""The folders of this package, lowest layer first: each imports only from those before it."""

_MODULES = {
    "resultaat.analysis._attribution": ("Attribution", "attribution"),
    "resultaat.model._builder": ("ModelBuilder",),
    "resultaat.analysis._check": ("CODES", "Finding", "Severity", "check"),
    "resultaat.analysis._claims": (
        "Ceiling", "Claim", "IndicatorClass", "ceiling", "claimable_value",
        "claims", "judge",
    ),
    "resultaat.analysis._perspective": (
        "Control", "Perspective", "Seen", "Standing", "Verdict", "perspective",
    ),
    "resultaat._errors": (
        "MeasurementError", "ModelError", "Problem", "RenderError", "ResultaatError",
        "SettingError", "UnknownIdError", "UsageError",
    ),
    "resultaat.model._examples": ("EXAMPLES", "EXAMPLES_NL", "example", "example_path"),
    "resultaat._files": ("WriteError",),
    "resultaat.model._io": ("dump", "dumps", "load", "loads"),
    "resultaat.model._model": (
        "COLLECTIVE", "Audience", "ClaimAs", "Condition", "ConditionKind", "Contribution",
        "Direction", "Effect", "Factor", "Indicator", "Intervention", "Level", "Measurement",
        "Model", "Party", "PartyKind", "Recognition", "Result", "Rival", "RivalStatus", "Role",
        "StatedClaim", "Status", "Strength", "TargetRevision",
    ),
    "resultaat.present._output": ("render", "render_to", "summary_figure"),
    "resultaat.model._periods": ("Period",),
    "resultaat.present._dot": ("caption", "to_dot"),
    "resultaat.present._report": ("report",),
    "resultaat.present._story": ("Story", "story"),
    "resultaat.analysis._story": ("StoryStrength",),
    "resultaat.analysis._steering": (
        "MIN_GROUP",
        "MeasurementSet", "Progress", "Readiness", "Rollup", "Rollups", "Signal", "Trend",
        "latest_signals", "load_measurements", "progress", "readiness", "rollup", "rollup_csv",
    ),
    "resultaat.analysis._rollup_query": ("Measured", "measure"),
    "resultaat.analysis._views": ("Budget", "Household", "budget", "household"),
    "resultaat.analysis._privacy": ("public_name", "publishable"),
}
"""Module → the public names it defines."""

_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "CODES",
    "COLLECTIVE",
    "EXAMPLES",
    "EXAMPLES_NL",
    "MIN_GROUP",
    "Attribution",
    "Audience",
    "Budget",
    "Ceiling",
    "Claim",
    "ClaimAs",
    "Condition",
    "ConditionKind",
    "Contribution",
    "Control",
    "Direction",
    "Effect",
    "Factor",
    "Finding",
    "Household",
    "Indicator",
    "IndicatorClass",
    "Intervention",
    "Level",
    "Measured",
    "Measurement",
    "MeasurementError",
    "MeasurementSet",
    "Model",
    "ModelBuilder",
    "ModelError",
    "Party",
    "PartyKind",
    "Period",
    "Perspective",
    "Problem",
    "Progress",
    "Readiness",
    "Recognition",
    "RenderError",
    "Result",
    "ResultaatError",
    "Rival",
    "RivalStatus",
    "Role",
    "Rollup",
    "Rollups",
    "Seen",
    "SettingError",
    "Severity",
    "Signal",
    "Standing",
    "StatedClaim",
    "Status",
    "Story",
    "StoryStrength",
    "Strength",
    "TargetRevision",
    "Trend",
    "UnknownIdError",
    "UsageError",
    "Verdict",
    "WriteError",
    "attribution",
    "budget",
    "caption",
    "ceiling",
    "check",
    "claimable_value",
    "claims",
    "dump",
    "dumps",
    "example",
    "example_path",
    "household",
    "judge",
    "latest_signals",
    "load",
    "load_measurements",
    "loads",
    "measure",
    "perspective",
    "progress",
    "public_name",
    "publishable",
    "readiness",
    "render",
    "render_to",
    "report",
    "rollup",
    "rollup_csv",
    "story",
    "summary_figure",
    "to_dot",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used."""
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
