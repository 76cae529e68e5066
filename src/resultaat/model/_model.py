"""The domain: parties, interventions, results, factors, contributions, claims.

Every record is a frozen attrs class. Each field carries, in its metadata,
the key it has in a model file and the coercer that checks it, so the
Python constructors and the file loader share one definition.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

import attrs

from resultaat._errors import ModelError, Problem, Suggester, bounded_hints, did_you_mean, shown
from resultaat.model import _values as v
from resultaat.model._periods import Period, period

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


class ClaimAs(enum.StrEnum):
    OWNS = "owns"
    CONTRIBUTES = "contributes"


class Language(enum.StrEnum):
    NL = "nl"
    EN = "en"


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
) -> Any:
    return attrs.field(
        default=default,
        converter=_converter(key, coerce),
        metadata={"key": key, "coerce": coerce, "nested": nested},
    )


def _records(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    def inner(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise v.FieldError(f"must be a list of {kind.__name__} records")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise v.FieldError(f"item {i} must be a {kind.__name__}, got {type(item).__name__}")
        return tuple(value)

    return inner


@attrs.frozen
class Party:
    """Anyone who contributes to or owns a result.

    >>> Party("resident", "Mrs Jansen", "citizen").kind
    <PartyKind.CITIZEN: 'citizen'>
    """

    id: str = _f("id", v.identifier)
    name: str = _f("name", v.text)
    kind: PartyKind = _f("kind", v.choice(PartyKind))
    members: tuple[str, ...] = _f("members", v.identifiers, default=())


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
                f"only a method condition has a recognition, this one is a {self.kind}",
            )])


@attrs.frozen
class Intervention:
    """Something a party does, for someone, under process conditions.

    ``partners`` are the co-producing parties (``with`` in a model file) and
    ``beneficiary`` the party it serves (``for``).
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


@attrs.frozen
class TargetRevision:
    """A target that holds from a period on, and why it changed."""

    value: float = _f("value", v.number)
    since: Period = _f("from", period)
    why: str | None = _f("why", v.optional(v.text), default=None)


@attrs.frozen
class Indicator:
    """How a result is measured.

    ``revisions`` (``targets`` in a model file) keep the history of targets:
    progress is judged against the target in force at the time.
    """

    name: str = _f("name", v.identifier)
    unit: str | None = _f("unit", v.optional(v.text), default=None)
    baseline: float | None = _f("baseline", v.optional(v.number), default=None)
    target: float | None = _f("target", v.optional(v.number), default=None)
    direction: Direction = _f("direction", v.choice(Direction), default=Direction.HIGHER)
    revisions: tuple[TargetRevision, ...] = _f(
        "targets", _records(TargetRevision), default=(), nested=TargetRevision
    )

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


@attrs.frozen
class Result:
    """A statement of change at a level, with an owner.

    ``owner`` is a party id, or ``"collective"`` for a meso or macro result
    that no single party owns. ``intended=False`` marks a side effect.
    ``value``, ``deadweight``, ``displacement``, ``drop_off`` and
    ``duration`` are the optional numbers of a social return on investment
    analysis.
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
    """An arrow ``source`` → ``target`` (``from``/``to`` in a model file)."""

    source: str = _f("from", v.identifier)
    target: str = _f("to", v.identifier)
    role: Role = _f("role", v.choice(Role), default=Role.SUPPORTING)
    weight: float | None = _f("weight", v.optional(v.positive), default=None)
    evidence: str | None = _f("evidence", v.optional(v.text), default=None)


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

    ``case`` is an anonymous resident or household id, ``area`` a
    neighbourhood, ``intervention`` the intervention the case received.
    """

    result: str = _f("result", v.identifier)
    indicator: str = _f("indicator", v.identifier)
    period: Period = _f("period", period)
    value: float = _f("value", v.number)
    case: str | None = _f("case", v.optional(v.identifier), default=None)
    area: str | None = _f("area", v.optional(v.identifier), default=None)
    intervention: str | None = _f("intervention", v.optional(v.identifier), default=None)


SECTIONS: dict[str, type] = {
    "parties": Party,
    "interventions": Intervention,
    "results": Result,
    "factors": Factor,
    "contributions": Contribution,
    "claims": StatedClaim,
    "measurements": Measurement,
}
"""Model file sections and the record type of their items, in file order."""


class Model:
    """A whole model: parties, interventions, results, factors and the arrows between them.

    Building a ``Model`` validates it as a whole and raises
    :class:`ModelError` listing every problem: duplicate ids, references to
    ids that do not exist, contributions into something that is not a
    result, a ``collective`` owner at micro level, and cycles.

    >>> m = Model(
    ...     parties=[Party("resident", "Mrs Jansen", "citizen")],
    ...     results=[Result("moves", "Moves around", "micro", owner="resident")],
    ...     contributions=[Contribution("resident", "moves")],
    ... )
    >>> sorted(m.results)
    ['moves']
    """

    __slots__ = (
        "_memo",
        "claims",
        "contributions",
        "description",
        "factors",
        "interventions",
        "language",
        "measurements",
        "name",
        "parties",
        "perspective",
        "results",
    )

    name: str
    description: str | None
    language: Language
    perspective: str | None
    parties: Mapping[str, Party]
    interventions: Mapping[str, Intervention]
    results: Mapping[str, Result]
    factors: Mapping[str, Factor]
    contributions: tuple[Contribution, ...]
    claims: tuple[StatedClaim, ...]
    measurements: tuple[Measurement, ...]
    _memo: dict[str, Any]

    def __init__(
        self,
        *,
        name: str = "Model",
        language: str | Language = Language.EN,
        perspective: str | None = None,
        description: str | None = None,
        parties: Iterable[Party] = (),
        interventions: Iterable[Intervention] = (),
        results: Iterable[Result] = (),
        factors: Iterable[Factor] = (),
        contributions: Iterable[Contribution] = (),
        claims: Iterable[StatedClaim] = (),
        measurements: Iterable[Measurement] = (),
    ) -> None:
        problems: list[Problem] = []
        header: dict[str, Any] = {}
        for key, raw, coerce in (
            ("name", name, v.text),
            ("language", language, v.choice(Language)),
            ("perspective", perspective, v.optional(v.identifier)),
            ("description", description, v.optional(v.text)),
        ):
            try:
                header[key] = coerce(raw)
            except v.FieldError as e:
                problems.append(Problem(key, str(e)))
        lists: dict[str, list[Any]] = {
            "parties": list(parties),
            "interventions": list(interventions),
            "results": list(results),
            "factors": list(factors),
            "contributions": list(contributions),
            "claims": list(claims),
            "measurements": list(measurements),
        }
        for section, items in lists.items():
            kind = SECTIONS[section]
            for i, item in enumerate(items):
                if not isinstance(item, kind):
                    problems.append(Problem(
                        f"{section}[{i}]",
                        f"must be a {kind.__name__}, got {type(item).__name__}",
                    ))
        if not problems:
            problems = validate(header.get("perspective"), lists)
        if problems:
            raise ModelError(problems)
        set_ = object.__setattr__
        set_(self, "name", header["name"])
        set_(self, "language", header["language"])
        set_(self, "perspective", header["perspective"])
        set_(self, "description", header["description"])
        for section in ("parties", "interventions", "results", "factors"):
            set_(self, section, _FrozenDict({x.id: x for x in lists[section]}))
        set_(self, "contributions", tuple(lists["contributions"]))
        set_(self, "claims", tuple(lists["claims"]))
        set_(self, "measurements", tuple(lists["measurements"]))
        set_(self, "_memo", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Model is immutable; use Model.evolve() for a changed copy")

    def _key(self) -> tuple[Any, ...]:
        return (
            self.name, self.language, self.perspective, self.description,
            tuple(self.parties.values()), tuple(self.interventions.values()),
            tuple(self.results.values()), tuple(self.factors.values()),
            self.contributions, self.claims, self.measurements,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"<Model {shown(self.name)}: {len(self.parties)} parties, "
            f"{len(self.interventions)} interventions, {len(self.results)} results, "
            f"{len(self.factors)} factors, {len(self.contributions)} contributions>"
        )

    def evolve(self, **changes: Any) -> Model:
        """A copy with some parts replaced (validated again).

        >>> m = Model(name="A")
        >>> m.evolve(name="B").name
        'B'
        """
        current: dict[str, Any] = {
            "name": self.name, "language": self.language, "perspective": self.perspective,
            "description": self.description,
            "parties": self.parties.values(), "interventions": self.interventions.values(),
            "results": self.results.values(), "factors": self.factors.values(),
            "contributions": self.contributions, "claims": self.claims,
            "measurements": self.measurements,
        }
        unknown = set(changes) - set(current)
        if unknown:
            raise TypeError(f"Model has no part named {sorted(unknown)[0]!r}")
        current.update(changes)
        return Model(**current)

    def node(self, node_id: str) -> Party | Intervention | Result | Factor:
        """The object with this id, whatever its kind.

        Raises:
            KeyError: no such id in the model.
        """
        for table in (self.results, self.parties, self.interventions, self.factors):
            if node_id in table:
                return table[node_id]
        raise KeyError(node_id)

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
        intervention) or ``member_of`` (member → cooperation).

        >>> g = Model(parties=[Party("p", "P", "citizen")]).to_networkx()
        >>> g.nodes["p"]["kind"]
        'party'
        """
        import networkx as nx

        g = nx.DiGraph()
        for kind, table in (
            ("party", self.parties), ("factor", self.factors),
            ("intervention", self.interventions), ("result", self.results),
        ):
            for key, obj in table.items():
                g.add_node(key, kind=kind, obj=obj)
        for p in self.parties.values():
            for m in p.members:
                g.add_edge(m, p.id, relation="member_of")
        for i in self.interventions.values():
            g.add_edge(i.by, i.id, relation="carries_out")
            for w in i.partners:
                g.add_edge(w, i.id, relation="co_produces")
        for c in self.contributions:
            g.add_edge(c.source, c.target, relation="contributes", contribution=c)
        return g


class _FrozenDict(dict[str, Any]):
    """A dict that refuses changes (cheaper than MappingProxyType for big models)."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("the parts of a Model are read-only; use Model.evolve()")

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]


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


def _validate(  # noqa: C901, PLR0912, PLR0915 (being reworked by the Model change)
    perspective: str | None, lists: Mapping[str, Sequence[Any]], tolerate: Set[str],
) -> list[Problem]:
    lists = {k: [(i, x) for i, x in enumerate(items) if x is not None]
             for k, items in lists.items()}
    problems: list[Problem] = []
    add = problems.append
    where_is: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for section in ("parties", "interventions", "results", "factors"):
        for i, item in lists[section]:
            here = f"{section}[{i}].id"
            if item.id in where_is:
                add(Problem(here, f"duplicate id {shown(item.id)}, already used at "
                            f"{where_is[item.id]}; ids must be unique in the whole model"))
                continue
            if item.id == COLLECTIVE:
                add(Problem(here, f"{COLLECTIVE!r} is reserved for collective ownership; "
                            "choose another id"))
            where_is[item.id] = here
            kind_of[item.id] = section

    suggest: dict[tuple[str, ...], Suggester] = {}

    def ref(value: str, where: str, allowed: tuple[str, ...], what: str) -> None:
        found = kind_of.get(value)
        if found in allowed or (found is None and value in tolerate):
            return
        if found is None:
            if allowed not in suggest:
                suggest[allowed] = Suggester(
                    [*(k for k, s in kind_of.items() if s in allowed), *sorted(tolerate)])
            add(Problem(where, f"unknown {what} {shown(value)}{suggest[allowed](value)}; "
                        f"add it to {' or '.join(allowed)} or fix the id"))
        else:
            add(Problem(where, f"{shown(value)} is {_singular(found)}, not a {what}"))

    if perspective is not None:
        ref(perspective, "perspective", ("parties",), "party")
    for i, p in lists["parties"]:
        if p.members and p.kind is not PartyKind.COOPERATION:
            add(Problem(f"parties[{i}].members",
                        f"only a cooperation has members; {shown(p.id)} is a {p.kind}; "
                        "set kind: cooperation or remove members"))
        for j, m in enumerate(p.members):
            ref(m, f"parties[{i}].members[{j}]", ("parties",), "party")
            if m == p.id:
                add(Problem(f"parties[{i}].members[{j}]", "a cooperation cannot be its own member"))
    problems.extend(_member_cycles(lists["parties"]))
    for i, it in lists["interventions"]:
        ref(it.by, f"interventions[{i}].by", ("parties",), "party")
        for j, w in enumerate(it.partners):
            ref(w, f"interventions[{i}].with[{j}]", ("parties",), "party")
        if it.beneficiary is not None:
            ref(it.beneficiary, f"interventions[{i}].for", ("parties",), "party")
    for i, r in lists["results"]:
        if r.owner == COLLECTIVE:
            if r.level is Level.MICRO:
                add(Problem(f"results[{i}].owner",
                            f"a micro result belongs to a resident, not to {COLLECTIVE!r}; "
                            "name the party whose result it is"))
        else:
            ref(r.owner, f"results[{i}].owner", ("parties",), "party")
        names = [ind.name for ind in r.indicators]
        for j, name in enumerate(names):
            if name in names[:j]:
                add(Problem(f"results[{i}].indicators[{j}].name",
                            f"duplicate indicator {shown(name)} on result {shown(r.id)}"))
    seen_edges: dict[tuple[str, str], int] = {}
    for i, c in lists["contributions"]:
        ref(c.source, f"contributions[{i}].from",
            ("interventions", "parties", "factors", "results"), "contributor")
        ref(c.target, f"contributions[{i}].to", ("results",), "result")
        if c.source == c.target:
            add(Problem(f"contributions[{i}]", f"{shown(c.source)} contributes to itself"))
        key = (c.source, c.target)
        if key in seen_edges:
            add(Problem(f"contributions[{i}]",
                        f"{shown(c.source)} → {shown(c.target)} is already given at "
                        f"contributions[{seen_edges[key]}]; merge them into one"))
        else:
            seen_edges[key] = i
    problems.extend(_contribution_cycles(lists["contributions"]))
    for i, s in lists["claims"]:
        ref(s.party, f"claims[{i}].party", ("parties",), "party")
        ref(s.result, f"claims[{i}].result", ("results",), "result")
        for j, a in enumerate(s.acknowledges):
            ref(a, f"claims[{i}].acknowledges[{j}]", ("parties", "factors"), "party or factor")
    results = {r.id: r for _, r in lists["results"]}
    for i, m in lists["measurements"]:
        r = results.get(m.result)
        if r is None:
            ref(m.result, f"measurements[{i}].result", ("results",), "result")
        elif r.indicator(m.indicator) is None:
            names = [ind.name for ind in r.indicators]
            add(Problem(f"measurements[{i}].indicator",
                        f"result {shown(r.id)} has no indicator {shown(m.indicator)}"
                        f"{did_you_mean(m.indicator, names)}; it has: "
                        f"{', '.join(names) or 'none'}"))
        if m.intervention is not None:
            ref(m.intervention, f"measurements[{i}].intervention",
                ("interventions",), "intervention")
    return problems


def _singular(section: str) -> str:
    return {"parties": "a party", "interventions": "an intervention",
            "results": "a result", "factors": "a factor"}[section]


def _member_cycles(parties: Sequence[tuple[int, Party]]) -> list[Problem]:
    members = {p.id: p.members for _, p in parties}
    index = {p.id: i for i, p in parties}
    problems = []
    for cycle in _find_cycles(members):
        chain = _chain(cycle)
        problems.append(Problem(f"parties[{index[cycle[0]]}].members",
                                f"cooperations contain each other in a circle: {chain}"))
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
            f"the contributions go round in a circle: {chain}; a result cannot "
            "contribute to itself, remove one of these arrows",
        ))
    return problems


def _chain(cycle: Sequence[str], most: int = 8) -> str:
    """``a → b → c → a``; a long circle shows its start and how many steps it has."""
    names = [x if len(x) <= 60 else shown(x) for x in cycle[:most]]
    if len(cycle) > most:
        names[-1] = f"… ({len(cycle):,} steps in all)"
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
