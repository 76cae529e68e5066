"""resultaat: honest result-based steering for the public sector.

Model who contributes to which result, judge every claim ("party P achieved
result R") with reasons, check a model for what people forget, and draw and
report it.
"""

from resultaat._attribution import Attribution, attribution
from resultaat._builder import ModelBuilder
from resultaat._check import CODES, Finding, Severity, check
from resultaat._claims import (
    Ceiling,
    Claim,
    Control,
    IndicatorClass,
    Verdict,
    ceiling,
    claimable_value,
    claims,
    judge,
)
from resultaat._errors import MeasurementError, ModelError, Problem, RenderError, ResultaatError
from resultaat._io import dump, dumps, load, loads
from resultaat._model import (
    COLLECTIVE,
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
    Role,
    StatedClaim,
    Status,
    TargetRevision,
)
from resultaat._output import render, render_to
from resultaat._periods import Period
from resultaat._render import to_dot

__version__ = "0.1.0"

__all__ = [
    "CODES",
    "COLLECTIVE",
    "Attribution",
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
    "Indicator",
    "IndicatorClass",
    "Intervention",
    "Level",
    "Measurement",
    "MeasurementError",
    "Model",
    "ModelBuilder",
    "ModelError",
    "Party",
    "PartyKind",
    "Period",
    "Problem",
    "Recognition",
    "RenderError",
    "Result",
    "ResultaatError",
    "Role",
    "Severity",
    "StatedClaim",
    "Status",
    "TargetRevision",
    "Verdict",
    "attribution",
    "ceiling",
    "check",
    "claimable_value",
    "claims",
    "dump",
    "dumps",
    "judge",
    "load",
    "loads",
    "render",
    "render_to",
    "to_dot",
]
