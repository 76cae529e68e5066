"""The domain: parties, interventions, results, factors, contributions, claims.

Every record is a frozen attrs class. Each field carries, in its metadata,
the key it has in a model file and the coercer that checks it, so the
Python constructors and the file loader share one definition.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from resultaat._errors import (
    ModelError,
    Problem,
    SettingError,
    Suggester,
    UsageError,
    bounded_hints,
    did_you_mean,
    shown,
)
from resultaat.model import _values as v
from resultaat.model._dutch import english_for
from resultaat.model._lookup import unknown_id
from resultaat.model._periods import Period, period
from resultaat.text._catalogue import DIRECTION, N_, message, plural
from resultaat.text._languages import error_language as _lang
from resultaat.text._languages import verify_language
from resultaat.text._numbers import error_number as _num

if TYPE_CHECKING:
    import networkx as nx

COLLECTIVE = "collective"
"""Owner of a meso or macro result that belongs to a neighbourhood or to society."""


class Level(enum.StrEnum):
    """Result levels, ordered by scope: micro < meso < macro."""

    MICRO = "micro"
    MESO = "meso"
    MACRO = "macro"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.MICRO: 0, Level.MESO: 1, Level.MACRO: 2}


class PartyKind(enum.StrEnum):
    CITIZEN = "citizen"
    NETWORK = "network"
    MUNICIPALITY = "municipality"
    PROVIDER = "provider"
    PROFESSIONAL = "professional"
    SCHOOL = "school"
    EMPLOYER = "employer"
    INSURER = "insurer"
    COMMUNITY = "community"
    COOPERATION = "cooperation"
    OTHER = "other"


class ConditionKind(enum.StrEnum):
    METHOD = "method"
    STAFF = "staff"
    QUALITY = "quality"
    MONITORING = "monitoring"
    MANDATE = "mandate"
    OTHER = "other"


class Status(enum.StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Recognition(enum.StrEnum):
    """How well a method is recognised, on the Dutch databanks' ladder."""

    WELL_DESCRIBED = "well_described"
    WELL_FOUNDED = "well_founded"
    EFFECTIVE_FIRST = "effective_first"
    EFFECTIVE_GOOD = "effective_good"
    EFFECTIVE_STRONG = "effective_strong"


class Effect(enum.StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class Direction(enum.StrEnum):
    """Whether a higher or a lower indicator value is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Role(enum.StrEnum):
    NECESSARY = "necessary"
    SUPPORTING = "supporting"


class Strength(enum.StrEnum):
    """How strong the evidence for one contribution link is (the library's four grades)."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"
    UNTESTED = "untested"


class RivalStatus(enum.StrEnum):
    """What is known of a rival explanation of a result."""

    RULED_OUT = "ruled_out"
    PLAUSIBLE = "plausible"
    UNKNOWN = "unknown"


class ClaimAs(enum.StrEnum):
    OWNS = "owns"
    CONTRIBUTES = "contributes"


class Language(enum.StrEnum):
    NL = "nl"
    EN = "en"


class Audience(enum.StrEnum):
    """Who a model or a report is for: the organisation itself, or anyone (publication)."""

    INTERNAL = "internal"
    PUBLIC = "public"


def _converter(key: str, coerce: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return coerce(value)
        except v.FieldError as e:
            raise ModelError([Problem(key, str(e))]) from None

    return convert


def _f(
    key: str,
    coerce: Callable[[Any], Any],
    default: Any = attrs.NOTHING,
    nested: type | None = None,
    *,
    one: bool = False,
) -> Any:
    return attrs.field(
        default=default,
        converter=_converter(key, coerce),
        metadata={"key": key, "coerce": coerce, "nested": nested, "one": one},
    )


def _record(kind: type) -> Callable[[Any], Any]:
    def inner(value: Any) -> Any:
        if not isinstance(value, kind):
            raise v.FieldError(message(_lang(), "error.not_record", kind=kind.__name__,
                                       got=type(value).__name__))
        return value

    return inner


def _records(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    def inner(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise v.FieldError(message(_lang(), "error.not_records", kind=kind.__name__))
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise v.FieldError(message(_lang(), "error.item_not_record", index=i,
                                           kind=kind.__name__, got=type(item).__name__))
        return tuple(value)

    return inner


@attrs.frozen
class Commitment:
    """What one member puts into a cooperation, and what it expects of it.

    ``puts_in`` says what the member brings (money, staff, a mandate) and
    ``amount`` what that is worth a year, where it is money; ``expects``
    says what it expects in return, and ``result`` with ``indicator`` name
    the indicator that shows whether it came (its measurements say what
    came of it).
    """

    member: str = _f("member", v.identifier)
    puts_in: str | None = _f("puts_in", v.optional(v.text), default=None)
    amount: float | None = _f("amount", v.optional(v.non_negative), default=None)
    expects: str | None = _f("expects", v.optional(v.text), default=None)
    result: str | None = _f("result", v.optional(v.identifier), default=None)
    indicator: str | None = _f("indicator", v.optional(v.identifier), default=None)


@attrs.frozen
class Party:
    """Anyone who contributes to or owns a result.

    ``publishable`` says that the name of a citizen or network party may
    appear in a public report (a group such as "job seekers in the
    programme", never a person); without it a public report names such a
    party by its role. ``coordinator`` names the party that coordinates the
    help a household gets; ``commitments`` say, for a cooperation, what
    each member puts in and expects.

    >>> Party("resident", "Mrs Jansen", "citizen").kind
    <PartyKind.CITIZEN: 'citizen'>
    """

    id: str = _f("id", v.identifier)
    name: str = _f("name", v.text)
    kind: PartyKind = _f("kind", v.choice(PartyKind))
    members: tuple[str, ...] = _f("members", v.identifiers, default=())
    publishable: bool = _f("publishable", v.flag, default=False)
    coordinator: str | None = _f("coordinator", v.optional(v.identifier), default=None)
    commitments: tuple[Commitment, ...] = _f(
        "commitments", _records(Commitment), default=(), nested=Commitment)


@attrs.frozen
class Condition:
    """A process condition of an intervention, and whether it is met."""

    name: str = _f("name", v.text)
    kind: ConditionKind = _f("kind", v.choice(ConditionKind))
    status: Status = _f("status", v.choice(Status), default=Status.UNKNOWN)
    evidence: str | None = _f("evidence", v.optional(v.text), default=None)
    recognition: Recognition | None = _f(
        "recognition", v.optional(v.choice(Recognition)), default=None
    )

    def __attrs_post_init__(self) -> None:
        if self.recognition is not None and self.kind is not ConditionKind.METHOD:
            raise ModelError([Problem(
                "recognition",
                message(_lang(), "error.recognition_not_method", kind=self.kind),
            )])


@attrs.frozen
class Spent:
    """What an intervention really cost in one period (the annual accounts' figure)."""

    period: Period = _f("period", period)
    amount: float = _f("amount", v.non_negative)


@attrs.frozen
class Intervention:
    """Something a party does, for someone, under process conditions.

    ``partners`` are the co-producing parties (``with`` in a model file),
    ``beneficiary`` the party it serves (``for``), ``commissioned_by`` the
    party that commissions and funds it (opdrachtgever) and ``reach`` how
    many households or people it serves a year (``cost`` is the cost of
    the whole intervention a year; ``reach: 1`` makes it a cost per case).
    ``spent`` lists what it really cost, per period.
    """

    id: str = _f("id", v.identifier)
    name: str = _f("name", v.text)
    by: str = _f("by", v.identifier)
    partners: tuple[str, ...] = _f("with", v.identifiers, default=())
    beneficiary: str | None = _f("for", v.optional(v.identifier), default=None)
    policy: str | None = _f("policy", v.optional(v.text), default=None)
    cost: float | None = _f("cost", v.optional(v.non_negative), default=None)
    conditions: tuple[Condition, ...] = _f(
        "conditions", _records(Condition), default=(), nested=Condition
    )
    commissioned_by: str | None = _f("commissioned_by", v.optional(v.identifier), default=None)
    reach: float | None = _f("reach", v.optional(v.positive), default=None)
    spent: tuple[Spent, ...] = _f("spent", _records(Spent), default=(), nested=Spent)

    @property
    def players(self) -> tuple[str, ...]:
        """The parties whose part the intervention is: ``by``, ``with``, ``commissioned_by``."""
        return (self.by, *self.partners,
                *((self.commissioned_by,) if self.commissioned_by is not None else ()))


@attrs.frozen
class TargetRevision:
    """A target that holds from a period on, and why it changed."""

    value: float = _f("value", v.number)
    since: Period = _f("from", period)
    why: str | None = _f("why", v.optional(v.text), default=None)


@attrs.frozen
class PathPoint:
    """An interim target on the way to an indicator's deadline: ``value`` by ``period``.

    ``like`` and ``love`` are optional graduated markers in the spirit of
    Outcome Mapping: what we would like and would love to see by then,
    beyond what we expect to see (``value``).
    """

    period: Period = _f("period", period)
    value: float = _f("value", v.number)
    like: float | None = _f("like", v.optional(v.number), default=None)
    love: float | None = _f("love", v.optional(v.number), default=None)


@attrs.frozen
class Expected:
    """The values expected of an indicator in one period (see :meth:`Indicator.expected_at`).

    ``value`` is what we expect to see; ``like`` and ``love`` are the
    graduated markers, where the path has them.
    """

    value: float
    like: float | None = None
    love: float | None = None


@attrs.frozen
class Indicator:
    """How a result is measured.

    ``revisions`` (``targets`` in a model file) keep the history of targets:
    progress is judged against the target in force at the time. A
    ``deadline`` says by when the target is to be reached; the path there
    runs straight from the ``baseline`` (measured in ``baseline_period``)
    or through the interim targets of ``path``. ``purpose`` says why it is
    measured and who uses it, in words a resident could be told.
    """

    name: str = _f("name", v.identifier)
    unit: str | None = _f("unit", v.optional(v.text), default=None)
    baseline: float | None = _f("baseline", v.optional(v.number), default=None)
    target: float | None = _f("target", v.optional(v.number), default=None)
    direction: Direction = _f("direction", v.choice(Direction), default=Direction.HIGHER)
    revisions: tuple[TargetRevision, ...] = _f(
        "targets", _records(TargetRevision), default=(), nested=TargetRevision
    )
    purpose: str | None = _f("purpose", v.optional(v.text), default=None)
    deadline: Period | None = _f("deadline", v.optional(period), default=None)
    baseline_period: Period | None = _f("baseline_period", v.optional(period), default=None)
    path: tuple[PathPoint, ...] = _f("path", _records(PathPoint), default=(), nested=PathPoint)

    def __attrs_post_init__(self) -> None:
        problems = _path_problems(self)
        if problems:
            raise ModelError(problems)

    def target_at(self, when: Period) -> tuple[float | None, TargetRevision | None]:
        """The target in force during ``when``, and the revision that set it (if any).

        >>> ind = Indicator("x", target=10,
        ...                 revisions=(TargetRevision(8, Period.parse("2026"), "budget cut"),))
        >>> ind.target_at(Period.parse("2025-Q4"))
        (10, None)
        >>> ind.target_at(Period.parse("2026-Q1"))[0]
        8
        """
        chosen: TargetRevision | None = None
        for rev in self.revisions:
            if rev.since.start <= when.start and (
                chosen is None or rev.since.start >= chosen.since.start
            ):
                chosen = rev
        return (chosen.value, chosen) if chosen else (self.target, None)

    def expected_at(self, when: Period, *, target: float | None = None) -> Expected | None:
        """What is expected during ``when``: on the path to the target, or the target itself.

        Without a ``deadline`` that is the target in force. With one, the
        path runs from the baseline through the interim targets to the
        target in force at ``when`` (or to ``target``, where given), straight
        between period ends; so a revised target changes what is expected
        from its period on, never before.

        >>> ind = Indicator("debt", baseline=18000, target=12000, direction="lower",
        ...                 baseline_period=Period.parse("2024"), deadline=Period.parse("2027"))
        >>> ind.expected_at(Period.parse("2025")).value
        16000.0
        """
        if target is None:
            target = self.target_at(when)[0]
        if target is None:
            return None
        if self.deadline is None:
            return Expected(target)
        graded = any(p.like is not None or p.love is not None for p in self.path)
        picks: list[Callable[[PathPoint], float | None]] = [lambda p: None]
        if graded:
            picks += [lambda p: p.like, lambda p: p.love]
        return Expected(*(round(_along(self._anchors(target, pick), when), 9)
                          for pick in picks))

    def _anchors(self, target: float, pick: Callable[[PathPoint], float | None]
                 ) -> list[tuple[float, float]]:
        """(months, value) from the baseline through the path to the deadline.

        ``pick`` chooses a graduated marker of each point (``None``: its value);
        the value at the deadline is the target in force.
        """
        assert self.deadline is not None
        out = []
        if self.baseline_period is not None and self.baseline is not None:
            out.append((self.baseline_period.months, self.baseline))
        end = target
        for p in self.path:
            mark = pick(p)
            if p.period == self.deadline:
                end = target if mark is None else mark
            else:
                out.append((p.period.months, p.value if mark is None else mark))
        out.append((self.deadline.months, end))
        return out


def _along(anchors: Sequence[tuple[float, float]], when: Period) -> float:
    """The value at the end of ``when`` on the straight lines between anchors."""
    at = when.months
    if at <= anchors[0][0]:
        return float(anchors[0][1])
    for (m0, v0), (m1, v1) in itertools.pairwise(anchors):
        if at <= m1:
            return float(v0 + (v1 - v0) * (at - m0) / (m1 - m0))
    return float(anchors[-1][1])


def _path_problems(ind: Indicator) -> list[Problem]:
    """What is wrong with an indicator's deadline and path, each with its key and the fix."""
    problems: list[Problem] = []
    add = problems.append
    if ind.baseline_period is not None and ind.baseline is None:
        add(Problem("baseline_period", message(_lang(), "error.baseline_period_alone")))
    if ind.deadline is None:
        if ind.path:
            add(Problem("path", message(_lang(), "error.path_no_deadline")))
        return problems
    if ind.target is None:
        add(Problem("deadline", message(_lang(), "error.deadline_no_target")))
    if not ind.path and (ind.baseline is None or ind.baseline_period is None):
        add(Problem("deadline", message(_lang(), "error.deadline_no_start")))
    start = ind.baseline_period
    if start is not None and start.end >= ind.deadline.end:
        add(Problem("baseline_period", message(_lang(), "error.baseline_after_deadline",
                                               start=start.label, deadline=ind.deadline.label)))
    previous = start
    for j, p in enumerate(ind.path):
        problems += _point_problems(ind, f"path[{j}]", p, previous)
        previous = p.period
    return problems


def _point_problems(ind: Indicator, where: str, p: PathPoint, previous: Period | None
                    ) -> list[Problem]:
    """What is wrong with one interim target: its place in time, its value, its markers."""
    assert ind.deadline is not None
    problems = []
    if p.period.end > ind.deadline.end:
        problems.append(Problem(f"{where}.period", message(
            _lang(), "error.path_after_deadline", period=p.period.label,
            deadline=ind.deadline.label)))
    elif previous is not None and p.period.end <= previous.end:
        problems.append(Problem(f"{where}.period", message(
            _lang(), "error.path_order", period=p.period.label, previous=previous.label)))
    if p.period == ind.deadline and ind.target is not None and p.value != ind.target:
        problems.append(Problem(f"{where}.value", message(
            _lang(), "error.path_deadline_value", value=_num(p.value),
            target=_num(ind.target))))
    sign = 1 if ind.direction is Direction.HIGHER else -1
    low = p.value
    for key, mark in (("like", p.like), ("love", p.love)):
        if mark is None:
            continue
        if (mark - low) * sign < 0:
            problems.append(Problem(f"{where}.{key}", message(
                _lang(), "error.marker_order", key=key, value=_num(mark), below=_num(low),
                direction=message(_lang(), DIRECTION[ind.direction.value]))))
        low = mark
    return problems


@attrs.frozen
class Rival:
    """Another explanation of a result's observed change: what it is, how far it is examined.

    ``about`` may name a factor or a party of the model the explanation rests on.
    """

    explanation: str = _f("explanation", v.text)
    status: RivalStatus = _f("status", v.choice(RivalStatus), default=RivalStatus.UNKNOWN)
    evidence: str | None = _f("evidence", v.optional(v.text), default=None)
    about: str | None = _f("about", v.optional(v.identifier), default=None)


@attrs.frozen
class Beneficiary:
    """A party that gains from a result without owning it, and what it gains a year.

    Benefiting is not owning: a beneficiary has no claim on the result
    (see :func:`resultaat.claims`); only the ledger counts what it gains.
    """

    party: str = _f("party", v.identifier)
    value: float | None = _f("value", v.optional(v.non_negative), default=None)


@attrs.frozen
class Result:
    """A statement of change at a level, with an owner.

    ``owner`` is a party id, or ``"collective"`` for a meso or macro result
    that no single party owns. ``intended=False`` marks a side effect.
    ``value``, ``deadweight``, ``displacement``, ``drop_off`` and
    ``duration`` are the optional numbers of a social return on investment
    analysis. ``beneficiaries`` are the parties that gain from it without
    owning it (a housing corporation from fewer evictions), each with the
    part of ``value`` it gains where known.
    """

    id: str = _f("id", v.identifier)
    statement: str = _f("statement", v.text)
    level: Level = _f("level", v.choice(Level))
    owner: str = _f("owner", v.identifier)
    intended: bool = _f("intended", v.flag, default=True)
    effect: Effect = _f("effect", v.choice(Effect), default=Effect.POSITIVE)
    indicators: tuple[Indicator, ...] = _f(
        "indicators", _records(Indicator), default=(), nested=Indicator
    )
    value: float | None = _f("value", v.optional(v.number), default=None)
    deadweight: float | None = _f("deadweight", v.optional(v.fraction), default=None)
    displacement: float | None = _f("displacement", v.optional(v.fraction), default=None)
    drop_off: float | None = _f("drop_off", v.optional(v.fraction), default=None)
    duration: int | None = _f("duration", v.optional(v.whole_years), default=None)
    rivals: tuple[Rival, ...] = _f("rivals", _records(Rival), default=(), nested=Rival)
    beneficiaries: tuple[Beneficiary, ...] = _f(
        "beneficiaries", _records(Beneficiary), default=(), nested=Beneficiary)

    def indicator(self, name: str) -> Indicator | None:
        return next((i for i in self.indicators if i.name == name), None)


@attrs.frozen
class Factor:
    """An external influence that no party in the model controls."""

    id: str = _f("id", v.identifier)
    name: str = _f("name", v.text)
    description: str | None = _f("description", v.optional(v.text), default=None)


@attrs.frozen
class Contribution:
    """An arrow ``source`` → ``target`` (``from``/``to`` in a model file).

    ``weight`` is a number or a range ``(low, high)`` of judgement;
    ``assumptions`` say what must hold for the link to work and
    ``strength`` how strong the ``evidence`` for it is. ``effect:
    negative`` marks a source that works against the result: it gets no
    share of the credit (see :mod:`resultaat.analysis._attribution`).

    >>> Contribution("a", "r", weight=(1, 3)).point_weight
    2.0
    """

    source: str = _f("from", v.identifier)
    target: str = _f("to", v.identifier)
    role: Role = _f("role", v.choice(Role), default=Role.SUPPORTING)
    weight: float | tuple[float, float] | None = _f(
        "weight", v.optional(v.weight), default=None)
    evidence: str | None = _f("evidence", v.optional(v.text), default=None)
    assumptions: tuple[str, ...] = _f("assumptions", v.texts, default=())
    strength: Strength = _f("strength", v.choice(Strength), default=Strength.UNTESTED)
    effect: Effect = _f("effect", v.choice(Effect), default=Effect.POSITIVE)

    @property
    def point_weight(self) -> float | None:
        """The weight as one number: the middle of a range (``None`` when not given)."""
        w = self.weight
        return (w[0] + w[1]) / 2 if isinstance(w, tuple) else w

    @property
    def bounds(self) -> tuple[float, float] | None:
        """The weight's range ``(low, high)``; a single number is its own range."""
        w = self.weight
        return None if w is None else w if isinstance(w, tuple) else (w, w)


@attrs.frozen
class StatedClaim:
    """What an organisation says in its own documents: ``party`` achieved ``result``.

    ``source`` names the document; ``acknowledges`` lists the other parties
    and external factors the document credits.
    """

    party: str = _f("party", v.identifier)
    result: str = _f("result", v.identifier)
    claimed_as: ClaimAs = _f("as", v.choice(ClaimAs))
    source: str | None = _f("source", v.optional(v.text), default=None)
    acknowledges: tuple[str, ...] = _f("acknowledges", v.identifiers, default=())


@attrs.frozen
class Measurement:
    """A realised value of one indicator of one result, in one period.

    ``case`` is an anonymous resident or household id (never a citizen
    service number: one that passes the BSN eleven-test is refused), ``area`` a
    neighbourhood, ``intervention`` the intervention the case received, and
    ``goal`` the resident's own goal for the indicator (reaching it is counted
    apart from reaching the collective target).
    """

    result: str = _f("result", v.identifier)
    indicator: str = _f("indicator", v.identifier)
    period: Period = _f("period", period)
    value: float = _f("value", v.number)
    case: str | None = _f("case", v.optional(v.case_id), default=None)
    area: str | None = _f("area", v.optional(v.identifier), default=None)
    intervention: str | None = _f("intervention", v.optional(v.identifier), default=None)
    goal: float | None = _f("goal", v.optional(v.number), default=None)


class Change(enum.StrEnum):
    """What an adjustment changed in the model."""

    TARGET = "target"
    INTERVENTION_STARTED = "intervention_started"
    INTERVENTION_STOPPED = "intervention_stopped"
    CONDITION = "condition"


@attrs.frozen
class SignalSeen:
    """The signal an adjustment answers: one indicator of one result, in one period."""

    result: str = _f("result", v.identifier)
    indicator: str = _f("indicator", v.identifier)
    period: Period = _f("period", period)


@attrs.frozen
class Changed:
    """One thing an adjustment changed: a target revised, an intervention started or
    stopped, a condition put in order (``intervention`` and ``condition`` name it)."""

    kind: Change = _f("kind", v.choice(Change))
    intervention: str | None = _f("intervention", v.optional(v.identifier), default=None)
    condition: str | None = _f("condition", v.optional(v.text), default=None)
    value: float | None = _f("value", v.optional(v.number), default=None)

    def __attrs_post_init__(self) -> None:
        needs = {Change.TARGET: ("value",), Change.CONDITION: ("intervention", "condition")
                 }.get(self.kind, ("intervention",))
        missing = [k for k in needs if getattr(self, k) is None]
        if missing:
            raise ModelError([Problem(missing[0], message(
                _lang(), "error.change_needs", kind=self.kind.value, key=missing[0]))])


@attrs.frozen
class Adjustment:
    """An entry of the adjustment log (bijsturingslog): what was decided about a signal.

    ``when`` is the date of the decision (``date`` in a model file),
    ``signal`` the signal that prompted it, ``decided_by`` the party that
    decided and ``changes`` what it changed in the model, if anything.
    """

    when: dt.date = _f("date", v.day)
    signal: SignalSeen = _f("signal", _record(SignalSeen), nested=SignalSeen,
                                    one=True)
    decision: str = _f("decision", v.text)
    decided_by: str = _f("decided_by", v.identifier)
    changes: tuple[Changed, ...] = _f("changes", _records(Changed), default=(), nested=Changed)


class _Refused:
    """A header value its check refused; ``Model.__attrs_post_init__`` reports it."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Unchecked(list[Any]):
    """The items of a part that could not become a table, and what is wrong with its shape."""

    def __init__(self, items: Iterable[Any], *, stray: Iterable[object] = (),
                 got: str | None = None) -> None:
        super().__init__(items)
        self.stray = list(stray)
        self.got = got


def _lenient(coerce: Callable[[Any], Any], value: Any) -> Any:
    try:
        return coerce(value)
    except v.FieldError as e:
        return _Refused(str(e))


def _name(value: str) -> str:
    return cast(str, _lenient(v.text, value))


def _language(value: str | Language) -> Language:
    try:
        return Language(verify_language(value))
    except SettingError as e:
        return cast(Language, _Refused(str(e)))


def header_problem(key: str, value: Any) -> Problem | None:
    """What is wrong with a model's header value (``name``, ``language``, ``audience``, …).

    The same check ``Model`` makes of them, for a loader that must report it
    beside the problems of the records.
    """
    checked = _HEADER[key](value)
    return Problem(key, checked.message) if isinstance(checked, _Refused) else None


def _audience(value: str | Audience) -> Audience:
    return cast(Audience, _lenient(_AUDIENCE, value))


_AUDIENCE = v.choice(Audience)


def _optional_id(value: str | None) -> str | None:
    return cast("str | None", _lenient(_OPTIONAL_ID, value))


def _optional_text(value: str | None) -> str | None:
    return cast("str | None", _lenient(_OPTIONAL_TEXT, value))


_OPTIONAL_ID = v.optional(v.identifier)
_OPTIONAL_TEXT = v.optional(v.text)
_HEADER: dict[str, Callable[[Any], Any]] = {
    "name": _name, "language": _language, "perspective": _optional_id,
    "description": _optional_text, "audience": _audience}


def _table(value: Iterable[Any] | Mapping[str, Any]) -> Mapping[str, Any]:
    """A part with ids as a read-only mapping from id to record, in the order given."""
    if isinstance(value, Mapping):
        stray = [k for k, x in value.items() if getattr(x, "id", k) != k]
        items = list(value.values())
    elif isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return _Unchecked((), got=type(value).__name__)  # type: ignore[return-value]
    else:
        stray, items = [], list(value)
    ids = [getattr(x, "id", None) for x in items]
    table: dict[str, Any] = {}
    if all(isinstance(i, str) for i in ids):
        table = dict(zip(cast("list[str]", ids), items, strict=True))
    if stray or len(table) != len(items):
        return _Unchecked(items, stray=stray)  # type: ignore[return-value]
    return MappingProxyType(table)


def _row(value: Iterable[Any]) -> tuple[Any, ...]:
    """A part without ids as a tuple, in the order given."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        return _Unchecked((), got=type(value).__name__)  # type: ignore[return-value]
    return tuple(value)


def _part_problems(section: str, kind: type, part: Any) -> list[Problem]:
    """What is wrong with the shape and the record types of one part of a model."""
    if isinstance(part, _Unchecked) and part.got is not None:
        return [Problem(section, message(_lang(), "error.not_records_got", kind=kind.__name__,
                                         got=part.got))]
    stray = part.stray if isinstance(part, _Unchecked) else ()
    problems = [Problem(f"{section}[{shown(k)}]", message(_lang(), "error.stray_key", key=shown(k)))
                for k in stray]
    items = part.values() if isinstance(part, Mapping) else part
    problems.extend(Problem(f"{section}[{i}]", message(_lang(), "error.not_record",
                                                       kind=kind.__name__,
                                                       got=type(item).__name__))
                    for i, item in enumerate(items) if not isinstance(item, kind))
    return problems


def _in_order(table: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a model's table is compared and hashed by: its records, in order."""
    return tuple(table.values())


@attrs.frozen(kw_only=True, repr=False)
class Model:
    """A whole model: parties, interventions, results, factors and the arrows between them.

    Building a ``Model`` validates it as a whole and raises
    :class:`ModelError` listing every problem: duplicate ids, references to
    ids that do not exist, contributions into something that is not a
    result, a ``collective`` owner at micro level, and cycles.

    The parts with ids (``parties``, ``interventions``, ``results``,
    ``factors``) are read-only mappings from id to record, in model order;
    the others are tuples. Each part is given as a list of records (or a
    mapping from id to record). A model never changes: :meth:`evolve` (or
    ``attrs.evolve``) makes a changed copy and validates it again.

    >>> m = Model(
    ...     parties=[Party("resident", "Mrs Jansen", "citizen")],
    ...     results=[Result("moves", "Moves around", "micro", owner="resident")],
    ...     contributions=[Contribution("resident", "moves")],
    ... )
    >>> sorted(m.results)
    ['moves']
    """

    name: str = attrs.field(default="Model", converter=_name)
    language: Language = attrs.field(default=Language.EN, converter=_language)
    perspective: str | None = attrs.field(default=None, converter=_optional_id)
    description: str | None = attrs.field(default=None, converter=_optional_text)
    audience: Audience = attrs.field(default=Audience.INTERNAL, converter=_audience)
    """``public`` for a model meant for publication: the check then looks for personal names."""
    parties: Mapping[str, Party] = attrs.field(
        default=(), converter=_table, eq=_in_order, metadata={"part": Party})
    interventions: Mapping[str, Intervention] = attrs.field(
        default=(), converter=_table, eq=_in_order,
        metadata={"part": Intervention})
    results: Mapping[str, Result] = attrs.field(
        default=(), converter=_table, eq=_in_order, metadata={"part": Result})
    factors: Mapping[str, Factor] = attrs.field(
        default=(), converter=_table, eq=_in_order, metadata={"part": Factor})
    contributions: tuple[Contribution, ...] = attrs.field(
        default=(), converter=_row, metadata={"part": Contribution})
    claims: tuple[StatedClaim, ...] = attrs.field(
        default=(), converter=_row, metadata={"part": StatedClaim})
    measurements: tuple[Measurement, ...] = attrs.field(
        default=(), converter=_row, metadata={"part": Measurement})
    adjustments: tuple[Adjustment, ...] = attrs.field(
        default=(), converter=_row, metadata={"part": Adjustment})
    _memo: dict[str, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    """Data derived from the model and kept with it (the analysis index); not part of its value."""

    def __attrs_post_init__(self) -> None:
        problems = [Problem(f.name, value.message) for f in attrs.fields(Model)
                    if isinstance(value := getattr(self, f.name), _Refused)]
        shapes = [p for section, kind in SECTIONS.items()
                  for p in _part_problems(section, kind, getattr(self, section))]
        problems.extend(shapes)
        if not shapes:
            lists = {s: list(p.values()) if isinstance(p, Mapping) else list(p)
                     for s in SECTIONS if (p := getattr(self, s)) is not None}
            perspective = self.perspective if isinstance(self.perspective, str | None) else None
            problems.extend(validate(perspective, lists))
        if problems:
            raise ModelError(problems)

    def __repr__(self) -> str:
        return (
            f"<Model {shown(self.name)}: {len(self.parties)} parties, "
            f"{len(self.interventions)} interventions, {len(self.results)} results, "
            f"{len(self.factors)} factors, {len(self.contributions)} contributions>"
        )

    def __reduce__(self) -> tuple[Callable[..., Model], tuple[dict[str, Any]]]:
        """Pickle (and deep-copy) a model as its parts; it is validated again when read."""
        parts = {f.name: getattr(self, f.name) for f in attrs.fields(Model) if f.init}
        return _unpickle, ({k: tuple(p.values()) if isinstance(p, Mapping) else p
                            for k, p in parts.items()},)

    def evolve(self, **changes: Any) -> Model:
        """A copy with some parts replaced (validated again), as ``attrs.evolve`` makes.

        >>> m = Model(name="A")
        >>> m.evolve(name="B").name
        'B'

        Raises:
            UsageError: a change names no part of a model.
        """
        parts = [f.name for f in attrs.fields(Model) if f.init]
        unknown = sorted(set(changes) - set(parts))
        if unknown:
            raise UsageError(f"Model has no part named {shown(unknown[0])}; "
                             f"the parts are {', '.join(parts)}")
        return attrs.evolve(self, **changes)

    def node(self, node_id: str) -> Party | Intervention | Result | Factor:
        """The object with this id, whatever its kind.

        Raises:
            UnknownIdError: no such id in the model (a ``KeyError`` too).
        """
        for section in TABLES:
            table: Mapping[str, Any] = getattr(self, section)
            if node_id in table:
                return cast("Party | Intervention | Result | Factor", table[node_id])
        raise unknown_id("node", node_id, (k for s in TABLES for k in getattr(self, s)))

    def label(self, node_id: str) -> str:
        """How a person would name a node: a result's statement, anything else's name.

        >>> Model(parties=[Party("p", "Mrs Jansen", "citizen")]).label("p")
        'Mrs Jansen'
        """
        if node_id == COLLECTIVE:
            return node_id
        obj = self.node(node_id)
        return obj.statement if isinstance(obj, Result) else obj.name

    def party_of_kind(self, kind: PartyKind | str) -> Party | None:
        """The first party of a kind, in model order (``None`` if there is none)."""
        return next((p for p in self.parties.values() if p.kind == kind), None)

    def to_networkx(self) -> nx.DiGraph:
        """The model as a ``networkx.DiGraph``.

        Nodes are ids, with attributes ``kind`` (``party``, ``intervention``,
        ``result``, ``factor``) and ``obj`` (the record). Edges carry
        ``relation``: ``contributes`` (with ``contribution``, the record),
        ``carries_out`` (party → its intervention), ``co_produces`` (partner →
        intervention), ``commissions`` (commissioner → intervention) or
        ``member_of`` (member → cooperation).

        >>> g = Model(parties=[Party("p", "P", "citizen")]).to_networkx()
        >>> g.nodes["p"]["kind"]
        'party'
        """
        import networkx as nx

        g = nx.DiGraph()
        for section in TABLES:
            kind = SECTIONS[section].__name__.lower()
            for key, obj in getattr(self, section).items():
                g.add_node(key, kind=kind, obj=obj)
        for p in self.parties.values():
            for m in p.members:
                g.add_edge(m, p.id, relation="member_of")
        for i in self.interventions.values():
            g.add_edge(i.by, i.id, relation="carries_out")
            for w in i.partners:
                g.add_edge(w, i.id, relation="co_produces")
            if i.commissioned_by is not None:
                g.add_edge(i.commissioned_by, i.id, relation="commissions")
        for c in self.contributions:
            g.add_edge(c.source, c.target, relation="contributes", contribution=c)
        return g


def _unpickle(parts: dict[str, Any]) -> Model:
    return Model(**parts)


_T = TypeVar("_T")


def derived(model: Model, key: str, build: Callable[[Model], _T]) -> _T:
    """Data derived from a model (the analysis index), built once and kept with the model.

    It lives as long as the model and is no part of its value: equality,
    hashing, ``repr``, pickling and copies leave it out, and a copy or an
    evolved model builds its own. (A ``weakref.WeakKeyDictionary`` cannot
    hold it: it compares models by value, hashing every record on each
    look-up, and the index refers to its model, so no entry would ever go.)
    Two threads asking at once may both build; both get the one kept first.

    >>> m = Model(name="A")
    >>> derived(m, "size", lambda m: len(m.parties)) is derived(m, "size", len)
    True
    """
    kept = model._memo
    if key in kept:
        return cast(_T, kept[key])
    return cast(_T, kept.setdefault(key, build(model)))


SECTIONS: dict[str, type] = {
    f.name: f.metadata["part"] for f in attrs.fields(Model) if "part" in f.metadata}
"""Model parts (and model file sections) and the record type of their items, in file order."""

TABLES = tuple(s for s in SECTIONS if "id" in attrs.fields_dict(SECTIONS[s]))
"""The parts whose records have ids, kept as mappings from id to record."""


def validate(
    perspective: str | None,
    lists: Mapping[str, Sequence[Any]],
    *,
    tolerate: Set[str] = frozenset(),
) -> list[Problem]:
    """Check a model as a whole; return every problem, each with its path.

    Items that are ``None`` (already reported as broken) are skipped, and
    references to the ids in ``tolerate`` (ids of broken items) are not
    reported again. Only the first few hundred unknown ids get a fuzzy
    "did you mean" (see :func:`resultaat._errors.bounded_hints`).
    """
    with bounded_hints():
        return _validate(perspective, lists, tolerate)


def _validate(
    perspective: str | None, lists: Mapping[str, Sequence[Any]], tolerate: Set[str],
) -> list[Problem]:
    check = _Check({k: [(i, x) for i, x in enumerate(items) if x is not None]
                    for k, items in lists.items()}, tolerate)
    check.ids()
    if perspective is not None:
        check.ref(perspective, "perspective", ("parties",), "party")
    for step in (_check_parties, _check_interventions, _check_results, _check_contributions,
                 _check_claims, _check_measurements, _check_pileup, _check_adjustments):
        step(check)
    return check.problems


class _Check:
    """One model being validated: its items by part, the ids found, the problems so far."""

    def __init__(self, lists: Mapping[str, list[tuple[int, Any]]], tolerate: Set[str]) -> None:
        self.lists = lists
        self.tolerate = tolerate
        self.problems: list[Problem] = []
        self.add = self.problems.append
        self.kind_of: dict[str, str] = {}
        self._suggest: dict[tuple[str, ...], Suggester] = {}

    def ids(self) -> None:
        """Every id once across the parts with ids, and none named ``collective``."""
        where_is: dict[str, str] = {}
        for section in TABLES:
            for i, item in self.lists[section]:
                here = f"{section}[{i}].id"
                if item.id in where_is:
                    self.add(Problem(here, message(_lang(), "error.duplicate_id",
                                                   id=shown(item.id), at=where_is[item.id])))
                    continue
                if item.id == COLLECTIVE:
                    self.add(Problem(here, message(_lang(), "error.reserved_id",
                                                   id=repr(COLLECTIVE))))
                where_is[item.id] = here
                self.kind_of[item.id] = section

    def ref(self, value: str, where: str, allowed: tuple[str, ...], what: str,
            owner: bool = False) -> None:
        """A reference to an id of one of the ``allowed`` parts (an owner may be a Dutch word)."""
        found = self.kind_of.get(value)
        if found in allowed or (found is None and value in self.tolerate):
            return
        if found is not None:
            self.add(Problem(where, message(_lang(), "error.wrong_kind", got=shown(value),
                                            found=message(_lang(), _SINGULAR[found]),
                                            what=message(_lang(), _WHAT[what]))))
            return
        if allowed not in self._suggest:
            self._suggest[allowed] = Suggester(
                [*(k for k, s in self.kind_of.items() if s in allowed), *sorted(self.tolerate)])
        right = english_for("owner", value) if owner else None
        hint = (message(_lang(), "error.dutch_word", got=shown(value), right=shown(right))
                if right else self._suggest[allowed](value))
        self.add(Problem(where, message(
            _lang(), "error.unknown_ref", what=message(_lang(), _WHAT[what]),
            got=shown(value), hint=hint,
            sections=f" {message(_lang(), 'word.or')} ".join(allowed))))


def _check_parties(check: _Check) -> None:
    for i, p in check.lists["parties"]:
        if p.members and p.kind is not PartyKind.COOPERATION:
            check.add(Problem(f"parties[{i}].members", message(
                _lang(), "error.members_not_cooperation", id=shown(p.id), kind=p.kind)))
        for j, m in enumerate(p.members):
            check.ref(m, f"parties[{i}].members[{j}]", ("parties",), "party")
            if m == p.id:
                check.add(Problem(f"parties[{i}].members[{j}]",
                                  message(_lang(), "error.own_member")))
    check.problems.extend(_member_cycles(check.lists["parties"]))


def _check_interventions(check: _Check) -> None:
    for i, it in check.lists["interventions"]:
        check.ref(it.by, f"interventions[{i}].by", ("parties",), "party")
        for j, w in enumerate(it.partners):
            check.ref(w, f"interventions[{i}].with[{j}]", ("parties",), "party")
        if it.beneficiary is not None:
            check.ref(it.beneficiary, f"interventions[{i}].for", ("parties",), "party")
        if it.commissioned_by is not None:
            check.ref(it.commissioned_by, f"interventions[{i}].commissioned_by", ("parties",),
                      "party")
            if it.commissioned_by in (it.by, *it.partners):
                check.add(Problem(f"interventions[{i}].commissioned_by", message(
                    _lang(), "error.commissions_itself", party=shown(it.commissioned_by))))


def _check_results(check: _Check) -> None:
    for i, r in check.lists["results"]:
        if r.owner == COLLECTIVE:
            if r.level is Level.MICRO:
                check.add(Problem(f"results[{i}].owner", message(
                    _lang(), "error.micro_collective", collective=repr(COLLECTIVE))))
        else:
            check.ref(r.owner, f"results[{i}].owner", ("parties",), "party", owner=True)
        for j, rival in enumerate(r.rivals):
            if rival.about is not None:
                check.ref(rival.about, f"results[{i}].rivals[{j}].about", ("parties", "factors"),
                          "party or factor")
        names = [ind.name for ind in r.indicators]
        for j, name in enumerate(names):
            if name in names[:j]:
                check.add(Problem(f"results[{i}].indicators[{j}].name", message(
                    _lang(), "error.duplicate_indicator", name=shown(name), result=shown(r.id))))


def _check_contributions(check: _Check) -> None:
    seen_edges: dict[tuple[str, str], int] = {}
    for i, c in check.lists["contributions"]:
        check.ref(c.source, f"contributions[{i}].from",
                  ("interventions", "parties", "factors", "results"), "contributor")
        check.ref(c.target, f"contributions[{i}].to", ("results",), "result")
        if c.source == c.target:
            check.add(Problem(f"contributions[{i}]", message(
                _lang(), "error.self_contribution", source=shown(c.source))))
        key = (c.source, c.target)
        if key in seen_edges:
            check.add(Problem(f"contributions[{i}]", message(
                _lang(), "error.duplicate_contribution", source=shown(c.source),
                target=shown(c.target), at=f"contributions[{seen_edges[key]}]")))
        else:
            seen_edges[key] = i
    check.problems.extend(_contribution_cycles(check.lists["contributions"]))


def _check_claims(check: _Check) -> None:
    for i, s in check.lists["claims"]:
        check.ref(s.party, f"claims[{i}].party", ("parties",), "party")
        check.ref(s.result, f"claims[{i}].result", ("results",), "result")
        for j, a in enumerate(s.acknowledges):
            check.ref(a, f"claims[{i}].acknowledges[{j}]", ("parties", "factors"),
                      "party or factor")


def _check_measurements(check: _Check) -> None:
    results = {r.id: r for _, r in check.lists["results"]}
    for i, m in check.lists["measurements"]:
        r = results.get(m.result)
        if r is None:
            check.ref(m.result, f"measurements[{i}].result", ("results",), "result")
        elif r.indicator(m.indicator) is None:
            names = [ind.name for ind in r.indicators]
            check.add(Problem(f"measurements[{i}].indicator", message(
                _lang(), "error.no_such_indicator", result=shown(r.id), got=shown(m.indicator),
                hint=did_you_mean(m.indicator, names),
                names=", ".join(names) or message(_lang(), "error.none"))))
        if m.intervention is not None:
            check.ref(m.intervention, f"measurements[{i}].intervention",
                      ("interventions",), "intervention")


def _check_pileup(check: _Check) -> None:
    """The keys of the pile-up scan and the ledger: coordinators, commitments, beneficiaries."""
    results = {r.id: r for _, r in check.lists["results"]}
    for i, p in check.lists["parties"]:
        if p.coordinator is not None:
            check.ref(p.coordinator, f"parties[{i}].coordinator", ("parties",), "party")
        if p.commitments and p.kind is not PartyKind.COOPERATION:
            check.add(Problem(f"parties[{i}].commitments", message(
                _lang(), "error.commitments_not_cooperation", id=shown(p.id), kind=p.kind)))
        for j, c in enumerate(p.commitments):
            _check_commitment(check, p, c, f"parties[{i}].commitments[{j}]", results)
    for i, r in check.lists["results"]:
        _check_beneficiaries(check, r, f"results[{i}].beneficiaries")


def _check_commitment(check: _Check, coop: Party, c: Commitment, where: str,
                      results: Mapping[str, Result]) -> None:
    if c.member not in coop.members:
        check.add(Problem(f"{where}.member", message(
            _lang(), "error.commitment_not_member", got=shown(c.member), coop=shown(coop.id),
            members=", ".join(coop.members) or message(_lang(), "error.none"))))
    if c.result is not None:
        check.ref(c.result, f"{where}.result", ("results",), "result")
    if c.indicator is None:
        return
    r = results.get(c.result) if c.result is not None else None
    if c.result is None:
        check.add(Problem(f"{where}.indicator", message(_lang(), "error.indicator_needs_result")))
    elif r is not None and r.indicator(c.indicator) is None:
        names = [ind.name for ind in r.indicators]
        check.add(Problem(f"{where}.indicator", message(
            _lang(), "error.no_such_indicator", result=shown(r.id), got=shown(c.indicator),
            hint=did_you_mean(c.indicator, names),
            names=", ".join(names) or message(_lang(), "error.none"))))


def _check_beneficiaries(check: _Check, r: Result, where: str) -> None:
    seen: set[str] = set()
    for j, b in enumerate(r.beneficiaries):
        check.ref(b.party, f"{where}[{j}].party", ("parties",), "party")
        if b.party == r.owner:
            check.add(Problem(f"{where}[{j}].party", message(
                _lang(), "error.beneficiary_owns", party=shown(b.party))))
        elif b.party in seen:
            check.add(Problem(f"{where}[{j}].party", message(
                _lang(), "error.beneficiary_twice", party=shown(b.party))))
        seen.add(b.party)
    values = [b.value for b in r.beneficiaries if b.value is not None]
    stated = sum(values)
    if values and r.value is not None and stated > r.value:
        check.add(Problem(where, message(_lang(), "error.beneficiaries_exceed",
                                         stated=_num(stated), value=_num(r.value))))


def _check_adjustments(check: _Check) -> None:
    results = {r.id: r for _, r in check.lists["results"]}
    interventions = {it.id: it for _, it in check.lists["interventions"]}
    for i, a in check.lists["adjustments"]:
        here = f"adjustments[{i}]"
        r = results.get(a.signal.result)
        if r is None:
            check.ref(a.signal.result, f"{here}.signal.result", ("results",), "result")
        elif r.indicator(a.signal.indicator) is None:
            names = [ind.name for ind in r.indicators]
            check.add(Problem(f"{here}.signal.indicator", message(
                _lang(), "error.no_such_indicator", result=shown(r.id),
                got=shown(a.signal.indicator), hint=did_you_mean(a.signal.indicator, names),
                names=", ".join(names) or message(_lang(), "error.none"))))
        check.ref(a.decided_by, f"{here}.decided_by", ("parties",), "party")
        if a.when < a.signal.period.start:
            check.add(Problem(f"{here}.date", message(
                _lang(), "error.adjustment_before_signal", date=a.when.isoformat(),
                period=a.signal.period.label)))
        ind = r.indicator(a.signal.indicator) if r is not None else None
        for j, c in enumerate(a.changes):
            if c.kind is Change.TARGET and ind is not None and c.value not in (
                    ind.target, *(rev.value for rev in ind.revisions)):
                check.add(Problem(f"{here}.changes[{j}].value", message(
                    _lang(), "error.change_no_revision", indicator=shown(ind.name),
                    value=_num(c.value))))
            if c.intervention is None:
                continue
            check.ref(c.intervention, f"{here}.changes[{j}].intervention", ("interventions",),
                      "intervention")
            it = interventions.get(c.intervention)
            names = [cond.name for cond in it.conditions] if it is not None else []
            if it is not None and c.condition is not None and c.condition not in names:
                check.add(Problem(f"{here}.changes[{j}].condition", message(
                    _lang(), "error.no_such_condition", got=shown(c.condition),
                    intervention=shown(it.id), hint=did_you_mean(c.condition, names),
                    names="; ".join(names) or message(_lang(), "error.none"))))


_SINGULAR = {"parties": N_("error.a_party"), "interventions": N_("error.an_intervention"),
             "results": N_("error.a_result"), "factors": N_("error.a_factor")}
_WHAT = {"party": N_("error.what_party"), "result": N_("error.what_result"),
         "intervention": N_("error.what_intervention"),
         "contributor": N_("error.what_contributor"),
         "party or factor": N_("error.what_party_or_factor")}


def _member_cycles(parties: Sequence[tuple[int, Party]]) -> list[Problem]:
    members = {p.id: p.members for _, p in parties}
    index = {p.id: i for i, p in parties}
    problems = []
    for cycle in _find_cycles(members):
        chain = _chain(cycle)
        problems.append(Problem(f"parties[{index[cycle[0]]}].members",
                                message(_lang(), "error.member_cycle", chain=chain)))
    return problems


def _contribution_cycles(contributions: Sequence[tuple[int, Contribution]]) -> list[Problem]:
    succ: dict[str, list[str]] = {}
    first: dict[tuple[str, str], int] = {}
    for i, c in contributions:
        succ.setdefault(c.source, []).append(c.target)
        first.setdefault((c.source, c.target), i)
    problems = []
    for cycle in _find_cycles(succ):
        chain = _chain(cycle)
        at = first[(cycle[0], cycle[1 % len(cycle)])]
        problems.append(Problem(
            f"contributions[{at}]",
            message(_lang(), "error.contribution_cycle", chain=chain),
        ))
    return problems


def _chain(cycle: Sequence[str], most: int = 8) -> str:
    """``a → b → c → a``; a long circle shows its start and how many steps it has."""
    names = [x if len(x) <= 60 else shown(x) for x in cycle[:most]]
    if len(cycle) > most:
        names[-1] = "… " + plural(_lang(), "error.cycle_steps", len(cycle),
                                  count=_num(len(cycle)))
    return " → ".join([*names, names[0]])


_WHITE, _GREY, _BLACK = 0, 1, 2


def _find_cycles(succ: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """One cycle per strongly connected component that has one (iterative DFS)."""
    colour: dict[str, int] = {}
    cycles: list[list[str]] = []
    in_cycle: set[str] = set()
    for root in succ:
        if colour.get(root, _WHITE) != _WHITE:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = [root]
        colour[root] = _GREY
        while stack:
            node, i = stack[-1]
            nxt = succ.get(node, ())
            if i < len(nxt):
                stack[-1] = (node, i + 1)
                child = nxt[i]
                c = colour.get(child, _WHITE)
                if c == _WHITE:
                    colour[child] = _GREY
                    stack.append((child, 0))
                    path.append(child)
                elif c == _GREY:
                    cycle = path[path.index(child):]
                    if not in_cycle.intersection(cycle):
                        cycles.append(cycle)
                        in_cycle.update(cycle)
            else:
                colour[node] = _BLACK
                stack.pop()
                path.pop()
    return cycles
