"""How strong a party's contribution story for a result is: the rule, in one place.

The rule follows the four conditions under which Mayne's contribution
analysis infers that an intervention contributed (docs/concepts.md,
"Contribution analysis", cites the sources): a reasoned theory of change
(here: every link of the route has its assumptions written down), the
activities implemented as set out (no process condition of an intervention
on the route is not met), the chain verified by evidence (the grade of the
weakest link of the route), and the other influences assessed (the status
of the result's rival explanations). Each condition that does not hold caps
the strength; the strength is the lowest cap.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from resultaat.analysis._index import Index, index, party_id, result_id
from resultaat.model._model import (
    Contribution,
    Model,
    Party,
    Result,
    Rival,
    RivalStatus,
    Status,
    Strength,
)


class StoryStrength(enum.StrEnum):
    """How credible a contribution story is, strongest first."""

    CREDIBLE = "credible"
    PLAUSIBLE = "plausible"
    WEAK = "weak"
    UNSUPPORTED = "unsupported"

    @property
    def score(self) -> int:
        """3 for credible down to 0 for unsupported."""
        return _STORY_RANK[self]


_STORY_RANK = {StoryStrength.CREDIBLE: 3, StoryStrength.PLAUSIBLE: 2, StoryStrength.WEAK: 1,
               StoryStrength.UNSUPPORTED: 0}

GRADE = {Strength.STRONG: 3, Strength.MODERATE: 2, Strength.WEAK: 1, Strength.UNTESTED: 0}
"""Evidence grades in order; a route is as strong as its weakest link."""

_FROM_GRADE = {3: StoryStrength.CREDIBLE, 2: StoryStrength.PLAUSIBLE, 1: StoryStrength.WEAK,
               0: StoryStrength.UNSUPPORTED}


class Gap(enum.StrEnum):
    """A condition of a credible contribution claim that does not hold."""

    NO_ROUTE = "no_route"
    """Nothing the party does leads to the result."""
    EVIDENCE = "evidence"
    """The weakest link of the route is not strongly evidenced (condition 3)."""
    ASSUMPTIONS = "assumptions"
    """A link of the route has no assumption written down (condition 1)."""
    IMPLEMENTATION = "implementation"
    """A process condition of an intervention on the route is not met (condition 2)."""
    RIVALS_OPEN = "rivals_open"
    """A rival explanation is plausible: it is examined and not ruled out (condition 4)."""
    RIVALS_UNEXAMINED = "rivals_unexamined"
    """No rival explanation is listed, or one is listed but not examined (condition 4)."""


@attrs.frozen
class Assessment:
    """The strength of one contribution story and what decides it.

    Attributes:
        party: the party id.
        result: the result id.
        strength: see :class:`StoryStrength`.
        route: the best-supported route, from the party's entry point to the
            result (node ids); empty when there is none.
        links: the contributions along ``route``, in order.
        weakest: the links of ``route`` with the lowest evidence grade.
        rivals_open: the result's rival explanations not ruled out.
        gaps: each condition that holds the story down, with the strength
            it caps the story at; lowest cap first.
    """

    party: str
    result: str
    strength: StoryStrength
    route: tuple[str, ...]
    links: tuple[Contribution, ...]
    weakest: tuple[Contribution, ...]
    rivals_open: tuple[Rival, ...]
    gaps: tuple[tuple[Gap, StoryStrength], ...]


def assess(model: Model, party: str | Party, result: str | Result) -> Assessment:
    """The strength of ``party``'s contribution story for ``result`` (see the module doc).

    >>> import resultaat
    >>> a = assess(resultaat.example("debt-help"), "municipality", "stable")
    >>> a.strength
    <StoryStrength.PLAUSIBLE: 'plausible'>
    """
    idx = index(model)
    return assess_in(idx, party_id(model, party), result_id(model, result))


def assess_in(idx: Index, pid: str, rid: str) -> Assessment:
    """:func:`assess` for known ids, kept with the index."""
    key = ("story", pid, rid)
    found: Assessment | None = idx.memo.get(key)
    if found is None:
        found = idx.memo[key] = _assess(idx, pid, rid)
    return found


def _assess(idx: Index, pid: str, rid: str) -> Assessment:
    model = idx.model
    route, links = best_route(idx, pid, rid)
    rivals = model.results[rid].rivals
    rivals_open = tuple(r for r in rivals if r.status is not RivalStatus.RULED_OUT)
    if not route:
        gaps = ((Gap.NO_ROUTE, StoryStrength.UNSUPPORTED),)
        return Assessment(pid, rid, StoryStrength.UNSUPPORTED, (), (), (), rivals_open, gaps)
    low = min(GRADE[c.strength] for c in links)
    weakest = tuple(c for c in links if GRADE[c.strength] == low)
    found = _gaps(model, route, links, low, rivals)
    strength = found[0][1] if found else StoryStrength.CREDIBLE
    return Assessment(pid, rid, strength, route, links, weakest, rivals_open, found)


def _gaps(model: Model, route: Sequence[str], links: Sequence[Contribution], low: int,
          rivals: Sequence[Rival]) -> tuple[tuple[Gap, StoryStrength], ...]:
    """Each condition that does not hold, with its cap, lowest cap first (then in rule order)."""
    out: list[tuple[Gap, StoryStrength]] = []
    if low < GRADE[Strength.STRONG]:
        out.append((Gap.EVIDENCE, _FROM_GRADE[low]))
    if any(not c.assumptions for c in links):
        out.append((Gap.ASSUMPTIONS, StoryStrength.PLAUSIBLE))
    interventions = [model.interventions[n] for n in route if n in model.interventions]
    if any(cond.status is Status.NOT_MET for it in interventions for cond in it.conditions):
        out.append((Gap.IMPLEMENTATION, StoryStrength.PLAUSIBLE))
    if not rivals or any(r.status is RivalStatus.UNKNOWN for r in rivals):
        out.append((Gap.RIVALS_UNEXAMINED, StoryStrength.WEAK))
    elif any(r.status is RivalStatus.PLAUSIBLE for r in rivals):
        out.append((Gap.RIVALS_OPEN, StoryStrength.PLAUSIBLE))
    return tuple(sorted(out, key=lambda g: g[1].score))


def best_route(idx: Index, pid: str, rid: str) -> tuple[tuple[str, ...], tuple[Contribution, ...]]:
    """The route from the party to ``rid`` whose weakest link is strongest.

    A route starts at one of the party's entry points (itself, an
    intervention it carries out or co-produces, a cooperation it belongs to
    or that cooperation's intervention) and follows contributions. Among
    routes with equally strong weakest links the one with fewer links wins,
    then the one found first in model order. One pass over the result's
    upstream in topological order (a widest-path search): linear in its size.
    """
    starts = {chain[-1]: chain for chain in idx.entries(pid)}
    upstream = idx.upstream(rid)
    best: dict[str, tuple[int, int]] = {}
    came: dict[str, Contribution] = {}
    for n in upstream:
        if n in starts:
            best[n] = (len(GRADE), 0)
        for c in idx.inputs(n):
            if c.source not in best:
                continue
            grade, length = best[c.source]
            cand = (min(grade, GRADE[c.strength]), length - 1)
            if n not in best or cand > best[n]:
                best[n] = cand
                came[n] = c
    if rid not in best or rid not in came:
        return (), ()
    links: list[Contribution] = []
    node = rid
    while node in came and node not in starts:
        c = came[node]
        links.append(c)
        node = c.source
    links.reverse()
    return (*starts[node], *(c.target for c in links)), tuple(links)
