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
        MissingExtraError,
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
    from resultaat.analysis._cooperation import Cooperation, Stake, cooperation
    from resultaat.analysis._cycle import Unanswered, answers, unanswered
    from resultaat.analysis._ledger import Ledger, LedgerEntry, Pocket, ledger
    from resultaat.analysis._perspective import (
        Control,
        Perspective,
        Seen,
        Standing,
        Verdict,
        perspective,
    )
    from resultaat.analysis._pileup import Ask, Conflict, MeasuredAbout, Pileup, Question, pileup
    from resultaat.analysis._privacy import public_name, publishable
    from resultaat.analysis._rollup_query import Measured, measure
    from resultaat.analysis._steering import (
        MIN_GROUP,
        Marker,
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
    from resultaat.model._fingerprint import fingerprint
    from resultaat.model._io import dump, dumps, load, loads
    from resultaat.model._model import (
        COLLECTIVE,
        Adjustment,
        Audience,
        Beneficiary,
        Change,
        Changed,
        ClaimAs,
        Commitment,
        Condition,
        ConditionKind,
        Contribution,
        Direction,
        Effect,
        Expected,
        Factor,
        Indicator,
        Intervention,
        Level,
        Measurement,
        Model,
        Party,
        PartyKind,
        PathPoint,
        Recognition,
        Result,
        Rival,
        RivalStatus,
        Role,
        SignalSeen,
        Spent,
        StatedClaim,
        Status,
        Strength,
        TargetRevision,
    )
    from resultaat.model._periods import Period
    from resultaat.present._dot import caption, to_dot
    from resultaat.present._export import export, tables, to_kumu
    from resultaat.present._ledger import ledger_svg
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
    "resultaat.analysis._cooperation": ("Cooperation", "Stake", "cooperation"),
    "resultaat.analysis._ledger": ("Ledger", "LedgerEntry", "Pocket", "ledger"),
    "resultaat.analysis._pileup": (
        "Ask", "Conflict", "MeasuredAbout", "Pileup", "Question", "pileup",
    ),
    "resultaat.present._ledger": ("ledger_svg",),
    "resultaat.analysis._claims": (
        "Ceiling", "Claim", "IndicatorClass", "ceiling", "claimable_value",
        "claims", "judge",
    ),
    "resultaat.analysis._perspective": (
        "Control", "Perspective", "Seen", "Standing", "Verdict", "perspective",
    ),
    "resultaat._errors": (
        "MeasurementError", "MissingExtraError", "ModelError", "Problem", "RenderError",
        "ResultaatError", "SettingError", "UnknownIdError", "UsageError",
    ),
    "resultaat.model._examples": ("EXAMPLES", "EXAMPLES_NL", "example", "example_path"),
    "resultaat._files": ("WriteError",),
    "resultaat.model._io": ("dump", "dumps", "load", "loads"),
    "resultaat.model._fingerprint": ("fingerprint",),
    "resultaat.model._model": (
        "COLLECTIVE", "Adjustment", "Audience", "Beneficiary", "Change", "Changed", "ClaimAs",
        "Commitment", "Condition", "ConditionKind", "Contribution", "Direction", "Effect",
        "Expected", "Factor", "Indicator", "Intervention", "Level", "Measurement", "Model",
        "Party", "PartyKind", "PathPoint", "Recognition", "Result", "Rival", "RivalStatus",
        "Role", "SignalSeen", "Spent", "StatedClaim", "Status", "Strength", "TargetRevision",
    ),
    "resultaat.present._output": ("render", "render_to", "summary_figure"),
    "resultaat.model._periods": ("Period",),
    "resultaat.present._dot": ("caption", "to_dot"),
    "resultaat.present._export": ("export", "tables", "to_kumu"),
    "resultaat.present._report": ("report",),
    "resultaat.present._story": ("Story", "story"),
    "resultaat.analysis._story": ("StoryStrength",),
    "resultaat.analysis._steering": (
        "MIN_GROUP",
        "Marker", "MeasurementSet", "Progress", "Readiness", "Rollup", "Rollups", "Signal",
        "Trend",
        "latest_signals", "load_measurements", "progress", "readiness", "rollup", "rollup_csv",
    ),
    "resultaat.analysis._rollup_query": ("Measured", "measure"),
    "resultaat.analysis._cycle": ("Unanswered", "answers", "unanswered"),
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
    "Adjustment",
    "Ask",
    "Attribution",
    "Audience",
    "Beneficiary",
    "Budget",
    "Ceiling",
    "Change",
    "Changed",
    "Claim",
    "ClaimAs",
    "Commitment",
    "Condition",
    "ConditionKind",
    "Conflict",
    "Contribution",
    "Control",
    "Cooperation",
    "Direction",
    "Effect",
    "Expected",
    "Factor",
    "Finding",
    "Household",
    "Indicator",
    "IndicatorClass",
    "Intervention",
    "Ledger",
    "LedgerEntry",
    "Level",
    "Marker",
    "Measured",
    "MeasuredAbout",
    "Measurement",
    "MeasurementError",
    "MeasurementSet",
    "MissingExtraError",
    "Model",
    "ModelBuilder",
    "ModelError",
    "Party",
    "PartyKind",
    "PathPoint",
    "Period",
    "Perspective",
    "Pileup",
    "Pocket",
    "Problem",
    "Progress",
    "Question",
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
    "SignalSeen",
    "Spent",
    "Stake",
    "Standing",
    "StatedClaim",
    "Status",
    "Story",
    "StoryStrength",
    "Strength",
    "TargetRevision",
    "Trend",
    "Unanswered",
    "UnknownIdError",
    "UsageError",
    "Verdict",
    "WriteError",
    "answers",
    "attribution",
    "budget",
    "caption",
    "ceiling",
    "check",
    "claimable_value",
    "claims",
    "cooperation",
    "dump",
    "dumps",
    "example",
    "example_path",
    "export",
    "fingerprint",
    "household",
    "judge",
    "latest_signals",
    "ledger",
    "ledger_svg",
    "load",
    "load_measurements",
    "loads",
    "measure",
    "perspective",
    "pileup",
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
    "tables",
    "to_dot",
    "to_kumu",
    "unanswered",
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
