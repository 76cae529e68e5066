"""What every node of a model is to one party: the one place that decides it.

A result is the party's own, someone else's that it contributes to, a
collective one it contributes to, or out of its reach; an intervention or a
party is its own, a partner's, one it commissions or another's; a factor is
a factor. Apart from what it owns, a party controls some results (see
:class:`Control`): those decide its ceiling of accountability. Claims,
the ceiling, the budget and household views, the diagram and the report
read this; none of them decides it again (a test keeps it so: only this
module reads a result's owner).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from resultaat._errors import did_you_mean
from resultaat.analysis._attribution import (
    Attribution,
    attribution_of,
    attributions_kept,
    share_in,
)
from resultaat.analysis._index import Index, Routes, index, party_id
from resultaat.analysis._plain import name_of, names_of, plain
from resultaat.analysis._steering import Progress, Signal, latest, progress
from resultaat.model._model import COLLECTIVE, Measurement, Model, Party, PartyKind, Role
from resultaat.text._languages import verify_language


class Standing(enum.StrEnum):
    """What a node is to the party a model is seen from."""

    OWN = "own"
    """Its own result (it owns it), its own intervention (it carries it out), or itself."""
    THEIRS = "theirs"
    """A result of someone else that the party contributes to."""
    COLLECTIVE = "collective"
    """A collective result that the party contributes to."""
    OUT_OF_REACH = "out_of_reach"
    """A result the party neither owns nor reaches."""
    PARTNER = "partner"
    """An intervention it co-produces; a cooperation it belongs to, or a member of it."""
    COMMISSIONED = "commissioned"
    """An intervention it commissions and funds, carried out by another party."""
    OTHER = "other"
    """An intervention or a party of someone else."""
    FACTOR = "factor"
    """An external factor."""


class Control(enum.StrEnum):
    """How far a party controls a result (or an indicator of it).

    A party controls the direct results of what it carries out or
    co-produces where that input decides the result (it is a necessary
    input, or every input is the party's), and a result whose deciding
    inputs (its necessary inputs, or all of them when none is necessary)
    are all controlled by it. What it only commissions it controls by
    contract; where its own work also decides a result, it controls the
    result itself, even if a contracted input decides it too. Side effects
    are never controlled: a party answers for its part in them.
    """

    CONTROLLABLE = "controllable"
    """In the party's own hands."""
    CONTRACTED = "contracted"
    """In the hands of a provider the party commissions: controllable by contract."""
    NOT_NECESSARILY_CONTROLLABLE = "not_necessarily_controllable"
    """Others or external factors decide it too."""


BELOW_CEILING = frozenset({Control.CONTROLLABLE, Control.CONTRACTED})
"""The controls of the results a party answers for (below its ceiling of accountability)."""


PERSONS = frozenset({PartyKind.CITIZEN, PartyKind.NETWORK})
"""The kinds of party whose own life a result can be: a result there is presumed theirs, and
a ceiling of accountability (an organisation's) does not apply to them."""


class Verdict(enum.StrEnum):
    """What a party may claim of a result."""

    OWNS = "owns"
    """The party owns the result: it may claim it, and acknowledges the others."""
    CONTRIBUTES = "contributes"
    """The result is someone else's or collective: the party may claim its contribution only."""
    NONE = "none"
    """Nothing the party does leads to the result."""


_VERDICTS = {Standing.OWN: Verdict.OWNS, Standing.THEIRS: Verdict.CONTRIBUTES,
             Standing.COLLECTIVE: Verdict.CONTRIBUTES}


def verdict(standing: Standing) -> Verdict:
    """What a party may claim of a result that has this standing."""
    return _VERDICTS.get(standing, Verdict.NONE)


@attrs.frozen
class Seen:
    """One node seen from one party.

    Attributes:
        node: the node id.
        standing: what the node is to the party (see :class:`Standing`).
        reached: whether the party (itself, an intervention it takes part
            in, or a cooperation it belongs to) leads to the node.
        routes: for a result, one shortest route from each of the party's
            entry points that reaches it (empty when not reached, and for
            any other node).
        others: the other parties upstream of the node: not the party, its
            members or the cooperations it belongs to; in model order.
        factors: the external factors upstream of the node, in model order.
        belongs_to: for a result, the party it belongs to (``None`` when
            it is collective, and for any other node); for naming it only:
            what it is to the party is ``standing``.
        attribution: the shares of credit of a reached result, else ``None``.
        share: the party's share of the credit, where a contribution
            upstream declares a role or weight, else ``None``.
        progress: the latest progress of each of a result's indicators in
            the measurements the perspective was given, in model order.
        control: for a result, how far the party controls it (see
            :class:`Control`); ``None`` for any other node.
    """

    node: str
    standing: Standing
    reached: bool
    routes: Routes
    others: tuple[str, ...]
    factors: tuple[str, ...]
    belongs_to: str | None
    attribution: Attribution | None = attrs.field(default=None, repr=False)
    share: float | None = None
    progress: tuple[Progress, ...] = ()
    control: Control | None = None

    @property
    def verdict(self) -> Verdict:
        """What the party may claim of this result."""
        return verdict(self.standing)

    @property
    def below_ceiling(self) -> bool:
        """Whether the party answers for this result: it controls it (see :class:`Control`)."""
        return self.control in BELOW_CEILING

    @property
    def signal(self) -> Signal | None:
        """The worst signal of the latest measured period of the result's indicators.

        Worse comes before better, better before on track; ``None`` when
        nothing was measured against a target.
        """
        found = {p.signal for p in self.progress}
        for s in (Signal.WORSE, Signal.BETTER, Signal.ON_TRACK):
            if s in found:
                return s
        return None

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The node as the party sees it, as plain values, with names beside the ids.

        >>> import resultaat
        >>> m = resultaat.example("wheelchair")
        >>> row = resultaat.perspective(m, "municipality")["participates"].as_dict(m)
        >>> row["standing"], row["belongs_to"], row["belongs_to_name"], row["share"]
        ('theirs', 'resident', 'Mrs Jansen', 0.418518518519)
        """
        lang = verify_language(model.language.value if lang is None else lang)
        att = self.attribution
        return {
            "node": self.node, "name": name_of(model, self.node, lang),
            "standing": plain(self.standing), "verdict": plain(self.verdict),
            "reached": self.reached, "routes": plain(self.routes), "others": list(self.others),
            "other_names": names_of(model, self.others, lang), "factors": list(self.factors),
            "factor_names": names_of(model, self.factors, lang), "belongs_to": self.belongs_to,
            "belongs_to_name": name_of(model, self.belongs_to, lang), "share": plain(self.share),
            "control": plain(self.control), "signal": plain(self.signal),
            "progress": [p.as_dict(model, lang=lang) for p in self.progress],
            "attribution": None if att is None else att.as_dict(model, lang=lang),
        }


Facts = tuple[str, Standing, bool, Routes, tuple[str, ...], tuple[str, ...], str | None,
              Attribution | None, float | None]
"""The first fields of a result's :class:`Seen`, in its order: node, standing, reached, routes,
others, factors, belongs_to, attribution, share (see :meth:`Perspective.claim_facts`)."""


def facts_of(seen: Seen) -> Facts:
    """The :data:`Facts` of a record."""
    return (seen.node, seen.standing, seen.reached, seen.routes, seen.others, seen.factors,
            seen.belongs_to, seen.attribution, seen.share)


class Perspective(Mapping[str, Seen]):
    """A model seen from one party: node id → :class:`Seen`, in model order.

    Parties first, then factors, interventions and results. Each entry is
    worked out when it is read (a model may be large and a caller may need
    a few nodes); reading it twice gives equal records.
    """

    __slots__ = ("_idx", "_measured", "_party", "_record", "_rows")

    def __init__(self, idx: Index, party: str, rows: tuple[Measurement, ...]) -> None:
        self._idx = idx
        self._party = party
        self._rows = rows
        self._measured: dict[str, tuple[Progress, ...]] | None = None
        self._record: Callable[[str, Routes | None], Seen] | None = None

    @property
    def party(self) -> str:
        """The party the model is seen from."""
        return self._party

    @property
    def model(self) -> Model:
        """The model seen."""
        return self._idx.model

    def __len__(self) -> int:
        m = self.model
        return len(m.parties) + len(m.factors) + len(m.interventions) + len(m.results)

    def __iter__(self) -> Iterator[str]:
        m = self.model
        yield from m.parties
        yield from m.factors
        yield from m.interventions
        yield from m.results

    def __contains__(self, node: object) -> bool:
        m = self.model
        return isinstance(node, str) and (node in m.results or node in m.interventions
                                          or node in m.parties or node in m.factors)

    def __getitem__(self, node: str) -> Seen:
        if node in self.model.results:
            return self._records()(node, None)
        if node not in self:
            raise KeyError(f"no node {node!r} in the model{did_you_mean(str(node), self)}")
        reached, others, factors = self._idx.seen_from(self._party, node)
        return Seen(node, self.standing(node), reached, Routes(node, None, 0), others, factors,
                    None)

    def standing(self, node: str) -> Standing:
        """What one node is to the party, without the rest of its :class:`Seen` record."""
        m, pid = self.model, self._party
        if node in m.results:
            return _result_standing(m.results[node].owner, pid, self._idx.reaches(pid, node))
        if node in m.factors:
            return Standing.FACTOR
        if node in m.interventions:
            it = m.interventions[node]
            if it.by == pid:
                return Standing.OWN
            if pid in it.partners:
                return Standing.PARTNER
            return Standing.COMMISSIONED if it.commissioned_by == pid else Standing.OTHER
        if node == pid:
            return Standing.OWN
        if node not in m.parties:
            raise KeyError(f"no node {node!r} in the model{did_you_mean(str(node), self)}")
        idx = self._idx
        if node in idx.closure(pid) or node in idx.cooperations_around(pid):
            return Standing.PARTNER
        return Standing.OTHER

    def _records(self) -> Callable[[str, Routes | None], Seen]:
        """The record of a result (with its routes, if known), for as many results as asked.

        What the records have in common is worked out once, and kept
        (attributions, controls) for the next.
        """
        idx, pid = self._idx, self._party
        facts = self._facts()
        held = _controls(idx, pid)
        measured = self._measured
        if measured is None:  # two threads may both work it out: the same answer
            measured = self._measured = _measured(self.model, self._rows)

        def record(rid: str, routes: Routes | None) -> Seen:
            control = held[rid] if rid in held else control_of(idx, pid, rid)
            return Seen(*facts(rid, routes), measured.get(rid, ()),
                        Control.NOT_NECESSARILY_CONTROLLABLE if control is None else control)

        return record

    def _facts(self) -> Callable[[str, Routes | None], Facts]:
        """The :data:`Facts` of a result (with its routes, if known), for as many as asked."""
        idx, pid = self._idx, self._party
        results = idx.model.results
        see = idx.seen_by(pid)
        atts = attributions_kept(idx)
        alone = not idx.cooperations_around(pid)  # its share is its own entry in the shares

        def facts(rid: str, routes: Routes | None) -> Facts:
            reached, others, factors = see(rid)
            owner = results[rid].owner
            if routes is None:
                routes = idx.routes_to(pid, rid)
            att = share = None
            if reached:
                att = atts.get(rid) or attribution_of(idx, rid)
                if att.basis:
                    share = att.shares.get(pid, 0.0) if alone else share_in(att.shares, pid, idx)
            return (rid, _result_standing(owner, pid, reached), reached, routes, others, factors,
                    None if owner == COLLECTIVE else owner, att, share)

        return facts

    def record(self, rid: str, routes: Routes | None = None) -> Seen:
        """The record of one result, as :meth:`claimable` or indexing give it.

        ``routes``: its routes, where :meth:`claim_facts` gave them.
        """
        record = self._record
        if record is None:  # kept for the next: each claim's reasons ask for one record
            record = self._record = self._records()
        return record(rid, routes)

    def control(self, rid: str) -> Control:
        """How far the party controls a result (see :class:`Control`)."""
        found = control_of(self._idx, self._party, rid)
        return Control.NOT_NECESSARILY_CONTROLLABLE if found is None else found

    def indicator_control(self, rid: str) -> Control:
        """How far a result's indicators show what the party did (see :class:`Control`).

        As far as the result is controlled, where nothing outside the party
        feeds it, or only the parties it commissions; otherwise not
        necessarily: others or factors move the indicators too.
        """
        held = self.control(rid)
        outside = set(self.outside(rid))
        if held not in BELOW_CEILING or not outside <= self._contracted():
            return Control.NOT_NECESSARILY_CONTROLLABLE
        return held

    def _contracted(self) -> set[str]:
        """The parties that carry out what the party commissions."""
        return {p for it in self.model.interventions.values() if it.commissioned_by == self._party
                for p in (it.by, *it.partners)}

    def claimable(self) -> list[Seen]:
        """Every result the party owns or reaches, in model order.

        One pass over what the party reaches finds them and their routes
        (see :meth:`Index.routes_of`).
        """
        idx, pid = self._idx, self._party
        routes = idx.routes_of(pid)
        _control_pass(idx, pid, routes.reached_in_order())
        record = self._records()
        return [record(rid, routes.to(rid)) for rid in self._involved(routes.reached())]

    def claim_facts(self) -> Iterator[Facts]:
        """:meth:`claimable` as :data:`Facts`: what a claim is judged on, for many claims at once.

        A record's control and progress, and the record itself, are left
        for :meth:`record` (a claim's reasons ask for them when first read;
        most claims listed are never read): the same records, worked out
        later.
        """
        routes = self._idx.routes_of(self._party)
        facts = self._facts()
        for rid in self._involved(routes.reached()):
            yield facts(rid, routes.to(rid))

    def involved(self) -> list[str]:
        """The ids of :meth:`claimable`, without working out their records."""
        return self._involved(self._idx.reached_from(self._party))

    def _involved(self, reached: set[str]) -> list[str]:
        results = self.model.results
        return self._idx.in_model_order([*(n for n in reached if n in results), *self.owned()])

    def reaches(self, node: str) -> bool:
        """Whether the party leads to ``node`` (see :attr:`Seen.reached`)."""
        return self._idx.reaches(self._party, node)

    def owner_of(self, rid: str) -> str | None:
        """The party a result belongs to, ``None`` when it is collective: for naming it."""
        owner = self.model.results[rid].owner
        return None if owner == COLLECTIVE else owner

    def persons_own(self, rid: str) -> bool:
        """Whether a result belongs to residents or their network: their own result.

        What a team or a provider owns is theirs, not the residents', even
        where it is measured per resident.
        """
        owner = self.owner_of(rid)
        return owner is not None and self.model.parties[owner].kind in PERSONS

    def owned(self) -> list[str]:
        """The results the party owns, in model order."""
        return list(owned_by(self._idx).get(self._party, ()))

    def outside(self, node: str) -> list[str]:
        """What feeds ``node`` from outside the party: parties and factors upstream, in model order.

        Every party upstream but the party and its members (a cooperation
        it belongs to is outside it: others take part there too), then the
        factors.
        """
        idx = self._idx
        return [*idx.parties_upstream(node, besides=self._party), *idx.factors_upstream(node)]


def _result_standing(owner: str, party: str, reached: bool) -> Standing:
    """What a result is to a party: the one place that compares its owner with the party."""
    if owner == party:
        return Standing.OWN
    if not reached:
        return Standing.OUT_OF_REACH
    return Standing.COLLECTIVE if owner == COLLECTIVE else Standing.THEIRS


def _lever(model: Model, pid: str, node: str) -> Control | None:
    """What a direct input is to the party: its own hand, a contract, or neither."""
    if node == pid:
        return Control.CONTROLLABLE
    it = model.interventions.get(node)
    if it is None:
        return None
    if it.by == pid or pid in it.partners:
        return Control.CONTROLLABLE
    return Control.CONTRACTED if it.commissioned_by == pid else None


def control_of(idx: Index, pid: str, rid: str) -> Control | None:
    """How the party controls a result, ``None`` when it does not (see :class:`Control`).

    Worked out on demand and kept per party: only the results the party
    reaches are looked at, and only along their deciding inputs.
    """
    memo = _controls(idx, pid)
    if rid in memo:
        return memo[rid]
    stack = [rid]
    while stack:
        node = stack[-1]
        if node in memo:
            stack.pop()
            continue
        got, pending = _deciding(idx, pid, node, memo)
        if pending and None not in got:
            stack.extend(pending)
            continue
        memo[node] = _held(got)
        stack.pop()
    return memo[rid]


def _controls(idx: Index, pid: str) -> dict[str, Control | None]:
    """Result id → how the party controls it, for the results worked out so far."""
    memo: dict[str, Control | None] = idx.memo.setdefault(("controls", pid), {})
    return memo


def _held(got: list[Control | None]) -> Control | None:
    """How a party holds a result, from how it holds each of the result's deciding inputs.

    It holds it only if it holds every deciding input; then its own work
    wins: one input in its own hands makes the result so, even where a
    contracted input decides it too.
    """
    if None in got or not got:
        return None
    return Control.CONTROLLABLE if Control.CONTROLLABLE in got else Control.CONTRACTED


def _control_pass(idx: Index, pid: str, reached: list[str]) -> None:
    """:func:`control_of` for every result the party reaches, in one pass.

    ``reached`` lists every result the party reaches in topological order
    (see :meth:`PartyRoutes.reached_in_order`): the deciding inputs of a
    result that are among them come before it, and it reaches no other.
    """
    memo = _controls(idx, pid)
    deciding = _deciding_inputs(idx)
    model, get = idx.model, memo.get
    for rid in reached:
        if rid in memo:
            continue
        sources = deciding[rid]
        if sources is None:
            memo[rid] = None
            continue
        results, others = sources
        got = [get(s) for s in results]
        if others:
            got += [_lever(model, pid, s) for s in others]
        memo[rid] = _held(got)


def _deciding(idx: Index, pid: str, rid: str,
              memo: dict[str, Control | None]) -> tuple[list[Control | None], list[str]]:
    """What the party holds of a result's deciding inputs, and the inputs not worked out yet."""
    sources = _deciding_inputs(idx)[rid]
    if sources is None or not idx.reaches(pid, rid):
        return [None], []
    results, others = sources
    got = [_lever(idx.model, pid, s) for s in others]
    got += [memo[s] for s in results if s in memo]
    return got, [s for s in results if s not in memo]


Deciding = tuple[tuple[str, ...], tuple[str, ...]]
"""The sources of a result's deciding inputs: the results among them, and the other inputs."""


def _deciding_inputs(idx: Index) -> dict[str, Deciding | None]:
    """Result id → the sources of its deciding inputs; ``None`` for a side effect (built once)."""
    found: dict[str, Deciding | None] | None = idx.memo.get("deciding")
    if found is None:
        found = {}
        results = idx.model.results
        for rid, r in results.items():
            ins = idx.inputs(rid)
            sources = [c.source for c in [c for c in ins if c.role is Role.NECESSARY] or ins]
            found[rid] = ((tuple(s for s in sources if s in results),
                           tuple(s for s in sources if s not in results))
                          if r.intended else None)
        idx.memo["deciding"] = found
    return found


def owned_by(idx: Index) -> dict[str, list[str]]:
    """Party id → the results it owns, in model order (built once per model)."""
    found: dict[str, list[str]] | None = idx.memo.get("owned_by")
    if found is None:
        found = {}
        for r in idx.model.results.values():
            found.setdefault(r.owner, []).append(r.id)
        idx.memo["owned_by"] = found
    return found


def owners(model: Model) -> set[str]:
    """Every party that owns at least one result."""
    return set(owned_by(index(model))) - {COLLECTIVE}


def perspective(model: Model, party: str | Party, *,
                measurements: Iterable[Measurement] | None = None) -> Perspective:
    """What every node of a model is to one party.

    Args:
        model: the model.
        party: whose point of view (an id or a :class:`Party`).
        measurements: realised values that give each result its latest
            progress and signal (default: the model's own).

    Returns:
        node id → :class:`Seen`, parties, factors, interventions and results
        in model order.

    Raises:
        KeyError: ``party`` is not a party of the model.

    >>> import resultaat
    >>> p = perspective(resultaat.example("wheelchair"), "municipality")
    >>> p["mobility"].standing, p["participates"].standing, p["participates"].verdict
    (<Standing.OWN: 'own'>, <Standing.THEIRS: 'theirs'>, <Verdict.CONTRIBUTES: 'contributes'>)
    >>> p["resident"].standing, p["wheelchair"].standing
    (<Standing.OTHER: 'other'>, <Standing.OWN: 'own'>)
    """
    pid = party_id(model, party)
    rows = tuple(model.measurements if measurements is None else measurements)
    return Perspective(index(model), pid, rows)


def _measured(model: Model, rows: tuple[Measurement, ...]) -> dict[str, tuple[Progress, ...]]:
    """Result id → the latest progress of each of its indicators."""
    if not rows:
        return {}
    found: dict[str, list[Progress]] = {}
    for p in latest(progress(model, rows)).values():
        found.setdefault(p.result, []).append(p)
    return {k: tuple(v) for k, v in found.items()}
