"""The model as a graph, analysed once and kept with the model.

Every analysis asks this index instead of walking paths itself. What it
keeps grows with the model, not with parties × nodes:

* the edges both ways, a topological order and a few lookups by party;
* per result (only once asked, and for the results upstream of it) the set
  of parties and of factors upstream, shared between results where one
  set contains the other (a chain keeps one set, not one per link);
* nothing per party: when a party's claims are asked for, one walk finds
  what it reaches (:meth:`Index.routes_of`); which of its entry points
  reach each node is marked in one pass when a route is first counted or
  read, and an entry point's breadth-first search runs, and a route is
  spelled out, only when a route is read (:class:`Routes`).

A contribution with ``effect: negative`` works against its result: it is
no route of contribution, so the index leaves it out (no reach, no route,
no share of the credit; see :mod:`resultaat.analysis._attribution`). The
model keeps it, for the diagram and the pile-up scan.

See docs/scale.md for the figures.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

from resultaat.model._lookup import unknown_id
from resultaat.model._model import (
    Contribution,
    Effect,
    Model,
    Party,
    PartyKind,
    Result,
    derived,
)

T = TypeVar("T")
_EMPTY: frozenset[str] = frozenset()
Roots = tuple[frozenset[str], frozenset[str]]
"""The parties and the factors upstream of a node."""
Sighting = tuple[bool, tuple[str, ...], tuple[str, ...]]
"""Whether a party reaches a node; the other parties upstream of it; the factors upstream."""


class Index:
    """Reachability facts about one model (see module doc)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.party_ids = list(model.parties)
        self.factor_ids = list(model.factors)
        self.preds: dict[str, list[Contribution]] = {r: [] for r in model.results}
        self.succ: dict[str, list[str]] = {}
        self._sources: dict[str, list[str]] = {r: [] for r in model.results}
        for c in model.contributions:
            if c.effect is Effect.NEGATIVE:
                continue
            self.preds[c.target].append(c)
            self.succ.setdefault(c.source, []).append(c.target)
            self._sources[c.target].append(c.source)
        self.cooperations_of: dict[str, list[str]] = {p: [] for p in model.parties}
        for p in model.parties.values():
            for m in p.members:
                self.cooperations_of[m].append(p.id)
        self.order = self._topological()
        self.rank = {r: i for i, r in enumerate(self.order)}
        self.position = {r: i for i, r in enumerate(model.results)}
        self.player_order = {p: i for i, p in enumerate(self.party_ids + self.factor_ids)}
        self.interventions_of: dict[str, list[str]] = {p: [] for p in model.parties}
        for it in model.interventions.values():
            self.interventions_of[it.by].append(it.id)
            for w in dict.fromkeys(it.players[1:]):
                if w != it.by:
                    self.interventions_of[w].append(it.id)
        self._closures: dict[str, frozenset[str]] = {}
        self._roots: dict[str, Roots] = {}
        self._distinct: dict[Roots, Roots] = {}
        self._ordered: dict[frozenset[str], tuple[str, ...]] = {}
        self._left_out: dict[tuple[str, bool], frozenset[str]] = {}
        self.memo: dict[Any, Any] = {}
        """Analysis results kept with the index (shares, who owns what); never steering results."""

    def _topological(self) -> list[str]:
        indegree = dict.fromkeys(self.model.results, 0)
        for r, ins in self.preds.items():
            indegree[r] = sum(c.source in indegree for c in ins)
        queue = deque(r for r, d in indegree.items() if d == 0)
        order = []
        while queue:
            r = queue.popleft()
            order.append(r)
            for s in self.succ.get(r, ()):
                indegree[s] -= 1
                if indegree[s] == 0:
                    queue.append(s)
        return order

    def closure(self, pid: str) -> frozenset[str]:
        """A party and every member inside it (cooperations nest)."""
        if not self.model.parties[pid].members:
            return frozenset((pid,))
        found = self._closures.get(pid)
        if found is None:
            seen: set[str] = set()
            stack = [pid]
            while stack:
                p = stack.pop()
                if p not in seen:
                    seen.add(p)
                    stack.extend(self.model.parties[p].members)
            found = self._closures[pid] = frozenset(seen)
        return found

    def cooperations_around(self, pid: str) -> set[str]:
        """Every cooperation a party is a member of, directly or through another."""
        out: set[str] = set()
        stack = list(self.cooperations_of[pid])
        while stack:
            c = stack.pop()
            if c not in out:
                out.add(c)
                stack.extend(self.cooperations_of[c])
        return out

    def upstream_pass(self, cache: dict[str, T], node: str, compute: Callable[[str], T]) -> T:
        """``cache[node]`` for a result, computing what is missing in topological order.

        ``compute(result)`` is called once for each result upstream of
        ``node`` (and ``node`` itself) that is not in ``cache`` yet, inputs
        before the results they feed, so it may read ``cache`` for every
        result among its inputs. One pass over the upstream at most, and
        none over what an earlier call already filled.
        """
        if node in cache:
            return cache[node]
        todo = [node]
        seen = {node}
        stack = [node]
        while stack:
            for c in self.preds[stack.pop()]:
                s = c.source
                if s in self.preds and s not in seen and s not in cache:
                    seen.add(s)
                    todo.append(s)
                    stack.append(s)
        rank = self.rank
        for n in sorted(todo, key=rank.__getitem__):
            cache[n] = compute(n)
        return cache[node]

    def _roots_of(self, node: str) -> Roots:
        found = self._roots.get(node)
        if found is not None:
            return found
        if node in self.preds:
            return self.upstream_pass(self._roots, node, self._combine)
        model = self.model
        if node in model.parties:
            return self.closure(node), _EMPTY
        if node in model.factors:
            return _EMPTY, frozenset((node,))
        it = model.interventions[node]
        parties = _union([self.closure(p) for p in it.players])
        found = self._roots[node] = (parties, _EMPTY)
        return found

    def _combine(self, rid: str) -> Roots:
        found = [self._roots[c.source] if c.source in self.preds else self._roots_of(c.source)
                 for c in self.preds[rid]]
        roots = _union([p for p, _ in found]), _union([f for _, f in found])
        return self._distinct.setdefault(roots, roots)  # equal roots: one object, compared by id

    def reaches(self, party: str, node: str) -> bool:
        """Whether a party (itself, an intervention or a cooperation of it) leads to ``node``."""
        return party in self._roots_of(node)[0]

    def parties_upstream(self, node: str, *, besides: str | None = None,
                         with_cooperations: bool = True) -> list[str]:
        """The parties with a path into ``node``, in model order.

        With ``besides``: leaving out that party and its members, and also
        the cooperations it belongs to unless ``with_cooperations``.
        """
        ordered = self._in_order(self._roots_of(node)[0])
        if besides is None:
            return list(ordered)
        key = (besides, with_cooperations)
        left_out = self._left_out.get(key)
        if left_out is None:
            left_out = self.closure(besides)
            if not with_cooperations:
                left_out = left_out | self.cooperations_around(besides)
            self._left_out[key] = left_out
        return [p for p in ordered if p not in left_out]

    def _in_order(self, found: frozenset[str]) -> tuple[str, ...]:
        """The ids of a set in model order, sorted once per distinct set."""
        ordered = self._ordered.get(found)
        if ordered is None:
            ordered = self._ordered[found] = tuple(sorted(found, key=self.player_order.__getitem__))
        return ordered

    def seen_from(self, party: str, node: str) -> Sighting:
        """Whether ``party`` reaches ``node``; the other parties upstream; the factors.

        The other parties leave out ``party``, its members and the
        cooperations it belongs to; both lists are in model order.
        """
        return self.seen_by(party)(node)

    def seen_by(self, party: str) -> Callable[[str], Sighting]:
        """:meth:`seen_from` for many nodes of one party.

        Worked out once for each distinct set of parties and factors
        upstream (results deep in a model share theirs).
        """
        left_out = self._left_out.get((party, False))
        if left_out is None:
            left_out = self.closure(party) | self.cooperations_around(party)
            self._left_out[(party, False)] = left_out
        kept: dict[Roots, Sighting] = {}
        roots, roots_of, in_order = self._roots, self._roots_of, self._in_order

        def see(node: str) -> Sighting:
            found = roots.get(node) or roots_of(node)
            sighting = kept.get(found)
            if sighting is None:
                parties, factors = found
                sighting = kept[found] = (party in parties, _without(in_order(parties), left_out),
                                          in_order(factors))
            return sighting

        return see

    def factors_upstream(self, node: str) -> list[str]:
        """The external factors with a path into ``node``, in model order."""
        return list(self._in_order(self._roots_of(node)[1]))

    def entries(self, party: str) -> list[tuple[str, ...]]:
        """Where a party's routes start: itself, its interventions, its cooperations.

        Its interventions are those it carries out, co-produces or commissions.

        Each entry is the chain of ids from the party to the starting node,
        e.g. ``("gemeente", "regio", "jeugdhulp")`` for an intervention of a
        cooperation the party belongs to.
        """
        out: list[tuple[str, ...]] = []
        seen: set[str] = set()
        stack: list[tuple[str, ...]] = [(party,)]
        while stack:
            chain = stack.pop(0)
            p = chain[-1]
            if p in seen:
                continue
            seen.add(p)
            out.append(chain)
            out.extend((*chain, i) for i in self.interventions_of[p])
            stack.extend((*chain, c) for c in self.cooperations_of[p])
        return out

    def _search(self, start: str, target: str | None = None) -> dict[str, str]:
        """Breadth-first from ``start``: each node reached → the node it was reached from."""
        parent: dict[str, str] = {}
        queue = deque([start])
        succ = self.succ
        while queue:
            n = queue.popleft()
            for s in succ.get(n, ()):
                if s not in parent:
                    parent[s] = n
                    if s == target:
                        return parent
                    queue.append(s)
        return parent

    def _downstream(self, starts: Iterable[str]) -> set[str]:
        reached: set[str] = set()
        stack = list(starts)
        while stack:
            for s in self.succ.get(stack.pop(), ()):
                if s not in reached:
                    reached.add(s)
                    stack.append(s)
        return reached

    def reached_from(self, party: str) -> set[str]:
        """Every result a party leads to (through itself, its interventions, its cooperations)."""
        return self._downstream(chain[-1] for chain in self.entries(party))

    def routes_of(self, party: str) -> PartyRoutes:
        """Every node a party reaches, with one shortest route from each entry point.

        One walk downstream finds what the party reaches. Which entry points
        reach each node is marked in one pass in topological order when the
        first route's length or entries are read; the breadth-first search
        of an entry point runs only when one of its routes is read.
        """
        chains = self.entries(party)
        starts: dict[str, int] = {}
        for i, chain in enumerate(chains):
            starts[chain[-1]] = starts.get(chain[-1], 0) | 1 << i
        reached = _ordered(self._downstream(starts), self.order, self.rank)
        return PartyRoutes(self, chains, reached, starts)

    def entry_masks(self, starts: dict[str, int], order: list[str]) -> dict[str, int]:
        """Node → the bits of the entry points that reach it, for ``order`` (topological)."""
        known = dict(starts)  # an entry point is never a result: one table for both
        get, sources = known.get, self._sources
        masks: dict[str, int] = {}
        for n in order:
            mask = 0
            for source in sources[n]:
                mask |= get(source, 0)
            known[n] = masks[n] = mask
        return masks

    def routes_to(self, party: str, node: str) -> Routes:
        """The routes of :meth:`routes_of` to one node, searching no further than it."""
        if not self.reaches(party, node):
            return Routes(node, None, 0)
        chains = self.entries(party)
        parents: list[dict[str, str] | None] = [self._search(c[-1], node) for c in chains]
        mask = sum(1 << i for i, p in enumerate(parents) if p is not None and node in p)
        return PartyRoutes(self, chains, [node], {}, {node: mask}, parents).to(node)

    def takes_part(self, party: str) -> bool:
        """Whether a party feeds a result itself, carries out or co-produces an intervention,
        belongs to a cooperation or has members."""
        return bool(party in self.succ or self.interventions_of[party]
                    or self.cooperations_of[party] or self.model.parties[party].members)

    def in_model_order(self, results: Iterable[str]) -> list[str]:
        """Result ids in the order the model lists them, each once."""
        return _ordered(set(results), self.position, self.position)

    def inputs(self, node: str) -> Sequence[Contribution]:
        """The contributions into ``node`` (none for anything but a result)."""
        return self.preds.get(node, ())

    def outputs(self, node: str) -> Sequence[str]:
        """The results ``node`` contributes to directly, once per contribution."""
        return self.succ.get(node, ())

    def upstream(self, result: str) -> list[str]:
        """Every node with a path into ``result`` (and the result), in topological order."""
        seen = {result}
        stack = [result]
        while stack:
            n = stack.pop()
            for c in self.preds.get(n, ()):
                if c.source not in seen:
                    seen.add(c.source)
                    stack.append(c.source)
        rank = self.rank
        return sorted(seen, key=lambda n: (rank.get(n, -1), n))

    def results_downstream(self, node: str) -> Iterator[str]:
        seen: set[str] = set()
        stack = [node]
        while stack:
            n = stack.pop()
            for s in self.succ.get(n, ()):
                if s not in seen:
                    seen.add(s)
                    yield s
                    stack.append(s)


def _ordered(found: set[str], order: Iterable[str], rank: dict[str, int]) -> list[str]:
    """``found`` in ``order`` (whose positions ``rank`` gives): filtered from the whole order
    where they are many, else sorted."""
    if len(found) * 8 > len(rank):
        return [n for n in order if n in found]
    return sorted(found, key=rank.__getitem__)


def _without(ordered: tuple[str, ...], left_out: frozenset[str]) -> tuple[str, ...]:
    """``ordered`` without the ids in ``left_out``, sharing the tuple when none is in it."""
    drop = left_out.intersection(ordered) if len(left_out) < len(ordered) else None
    if drop is not None and len(drop) <= 1:
        if not drop:
            return ordered
        i = ordered.index(next(iter(drop)))
        return ordered[:i] + ordered[i + 1:]
    return tuple([p for p in ordered if p not in left_out])


def _union(sets: list[frozenset[str]]) -> frozenset[str]:
    """The union of sets in one pass, or the largest itself where it holds the rest (shared)."""
    if not sets:
        return _EMPTY
    largest = max(sets, key=len)
    if all(s is largest or s <= largest for s in sets):
        return largest
    return largest.union(*sets)


class PartyRoutes:
    """Which of a party's entry points reach which node (see :meth:`Index.routes_of`)."""

    __slots__ = ("_chains", "_idx", "_masks", "_order", "_parents", "_starts")

    def __init__(self, idx: Index, chains: list[tuple[str, ...]], order: list[str],
                 starts: dict[str, int], masks: dict[str, int] | None = None,
                 parents: list[dict[str, str] | None] | None = None) -> None:
        self._idx = idx
        self._chains = chains
        self._order = order
        self._starts = starts
        self._masks = masks
        self._parents: list[dict[str, str] | None] = parents or [None] * len(chains)

    def reached(self) -> set[str]:
        """Every node reached from at least one entry point."""
        return set(self._order)

    def reached_in_order(self) -> list[str]:
        """The nodes of :meth:`reached`, each after the nodes that feed it."""
        return list(self._order)

    def to(self, node: str) -> Routes:
        """The routes to one node, one per entry point that reaches it, in entry order."""
        return Routes(node, self, None)

    def mask(self, node: str) -> int:
        """The bits of the entry points that reach ``node`` (marked for every node at once)."""
        masks = self._masks
        if masks is None:  # two threads may both mark them: the same answer
            masks = self._masks = self._idx.entry_masks(self._starts, self._order)
        return masks.get(node, 0)

    def chains(self, bits: list[int]) -> list[tuple[str, ...]]:
        """The entry chains of these entry points (see :func:`_bits`), in entry order."""
        return [self._chains[i] for i in bits]

    def route(self, i: int, node: str) -> tuple[str, ...]:
        """The route from entry point ``i`` to ``node`` (searching from it once)."""
        parent = self._parents[i]
        if parent is None:  # two threads may both search: the same answer
            parent = self._parents[i] = self._idx._search(self._chains[i][-1])
        chain = self._chains[i]
        path = [node]
        while path[-1] != chain[-1]:
            path.append(parent[path[-1]])
        return (*chain[:-1], *reversed(path))


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class Routes(Sequence[tuple[str, ...]]):
    """Routes from a party to one node, each a tuple of ids, spelled out when read.

    Compares equal to the tuple of its routes, and shows as one.
    """

    __slots__ = ("_mask", "_node", "_of")

    def __init__(self, node: str, of: PartyRoutes | None, mask: int | None) -> None:
        self._node = node
        self._of = of
        self._mask = mask

    def _bits(self) -> list[int]:
        mask = self._mask
        if mask is None:  # marked when first read (see PartyRoutes.mask)
            mask = self._mask = self._of.mask(self._node) if self._of is not None else 0
        return _bits(mask)

    def __len__(self) -> int:
        return len(self._bits())

    @overload
    def __getitem__(self, i: int) -> tuple[str, ...]: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[tuple[str, ...], ...]: ...

    def __getitem__(self, i: int | slice) -> tuple[str, ...] | tuple[tuple[str, ...], ...]:
        if self._of is None:
            return () if isinstance(i, slice) else ().__getitem__(i)
        if isinstance(i, slice):
            return tuple(self._of.route(k, self._node) for k in self._bits()[i])
        return self._of.route(self._bits()[i], self._node)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        if self._of is not None:
            for k in self._bits():
                yield self._of.route(k, self._node)

    def entries(self) -> list[tuple[str, ...]]:
        """The entry chain each route starts with, without spelling the routes out."""
        return self._of.chains(self._bits()) if self._of is not None else []

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type, tuple[tuple[tuple[str, ...], ...]]]:
        return tuple, (tuple(self),)  # pickled and copied as the plain tuple


def index(model: Model) -> Index:
    """The analysis index of a model, built once and kept with it."""
    return derived(model, "index", Index)


def party_id(model: Model, party: str | Party) -> str:
    pid = party.id if isinstance(party, Party) else party
    if pid not in model.parties:
        raise unknown_id("party", pid, model.parties)
    return pid


def result_id(model: Model, result: str | Result) -> str:
    rid = result.id if isinstance(result, Result) else result
    if rid not in model.results:
        raise unknown_id("result", rid, model.results)
    return rid


def default_perspective(model: Model) -> str | None:
    """The party a model is seen from: the one it names, else its first municipality."""
    if model.perspective is not None:
        return model.perspective
    p = model.party_of_kind(PartyKind.MUNICIPALITY)
    if p is None:
        p = next(iter(model.parties.values()), None)
    return p.id if p else None
