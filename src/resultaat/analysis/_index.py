"""The model as a graph, analysed once and kept with the model.

Who reaches which result is computed in one pass over the results in
topological order, with the parties and factors upstream of every node held
as bit sets (Python ints). Every analysis asks this index instead of walking
paths, so the cost grows with the size of the model, not with the number of
paths through it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from resultaat._errors import did_you_mean
from resultaat.model._model import Contribution, Model, Party, PartyKind, Result
from resultaat.text._catalogue import DEFAULT, message


class Index:
    """Reachability facts about one model (see module doc)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.party_ids = list(model.parties)
        self.factor_ids = list(model.factors)
        self.pbit = {p: 1 << i for i, p in enumerate(self.party_ids)}
        self.fbit = {f: 1 << i for i, f in enumerate(self.factor_ids)}
        self.preds: dict[str, list[Contribution]] = {r: [] for r in model.results}
        self.succ: dict[str, list[str]] = {}
        for c in model.contributions:
            self.preds[c.target].append(c)
            self.succ.setdefault(c.source, []).append(c.target)
        self.cooperations_of: dict[str, list[str]] = {p: [] for p in model.parties}
        for p in model.parties.values():
            for m in p.members:
                self.cooperations_of[m].append(p.id)
        self.closure = {p: self._member_closure(p) for p in model.parties}
        self.order = self._topological()
        self.rank = {r: i for i, r in enumerate(self.order)}
        self.position = {r: i for i, r in enumerate(model.results)}
        self.owned_by: dict[str, list[str]] = {}
        for r in model.results.values():
            self.owned_by.setdefault(r.owner, []).append(r.id)
        self.player_order = {p: i for i, p in enumerate(self.party_ids + self.factor_ids)}
        self.up_parties: dict[str, int] = {}
        self.up_factors: dict[str, int] = {}
        for pid in model.parties:
            self.up_parties[pid] = self.closure[pid]
            self.up_factors[pid] = 0
        for fid in model.factors:
            self.up_parties[fid] = 0
            self.up_factors[fid] = self.fbit[fid]
        for it in model.interventions.values():
            bits = self.closure[it.by]
            for w in it.partners:
                bits |= self.closure[w]
            self.up_parties[it.id] = bits
            self.up_factors[it.id] = 0
        for rid in self.order:
            pb = fb = 0
            for c in self.preds[rid]:
                pb |= self.up_parties[c.source]
                fb |= self.up_factors[c.source]
            self.up_parties[rid] = pb
            self.up_factors[rid] = fb
        self.interventions_of: dict[str, list[str]] = {p: [] for p in model.parties}
        for it in model.interventions.values():
            self.interventions_of[it.by].append(it.id)
            for w in it.partners:
                if it.id not in self.interventions_of[w]:
                    self.interventions_of[w].append(it.id)
        self.memo: dict[Any, Any] = {}

    def _member_closure(self, pid: str) -> int:
        """The bits of a party and of every member inside it (cooperations nest)."""
        bits, stack, seen = 0, [pid], set()
        while stack:
            p = stack.pop()
            if p in seen:
                continue
            seen.add(p)
            bits |= self.pbit[p]
            stack.extend(self.model.parties[p].members)
        return bits

    def _topological(self) -> list[str]:
        indegree = dict.fromkeys(self.model.results, 0)
        for c in self.model.contributions:
            if c.source in indegree:
                indegree[c.target] += 1
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

    def parties_in(self, bits: int) -> list[str]:
        """The party ids in a bit set, in model order."""
        return [self.party_ids[i] for i in _bits(bits)]

    def factors_in(self, bits: int) -> list[str]:
        """The factor ids in a bit set, in model order."""
        return [self.factor_ids[i] for i in _bits(bits)]

    def reaches(self, party: str, node: str) -> bool:
        return bool(self.up_parties.get(node, 0) & self.pbit[party])

    def entries(self, party: str) -> list[tuple[str, ...]]:
        """Where a party's routes start: itself, its interventions, its cooperations.

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

    def routes(self, party: str) -> dict[str, list[tuple[str, ...]]]:
        """For every result the party reaches: one shortest route from each entry point."""
        key = ("routes", party)
        if key in self.memo:
            return self.memo[key]  # type: ignore[no-any-return]
        found: dict[str, list[tuple[str, ...]]] = {}
        for chain in self.entries(party):
            start = chain[-1]
            parent: dict[str, str] = {}
            queue = deque([start])
            while queue:
                n = queue.popleft()
                for s in self.succ.get(n, ()):
                    if s not in parent:
                        parent[s] = n
                        queue.append(s)
            for r in parent:
                path = [r]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                found.setdefault(r, []).append((*chain[:-1], *reversed(path)))
        self.memo[key] = found
        return found

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


def _bits(bits: int) -> list[int]:
    out = []
    while bits:
        low = bits & -bits
        out.append(low.bit_length() - 1)
        bits ^= low
    return out


def index(model: Model) -> Index:
    """The analysis index of a model, built once and kept with it."""
    memo = model._memo
    idx: Index | None = memo.get("index")
    if idx is None:
        idx = memo["index"] = Index(model)
    return idx


def party_id(model: Model, party: str | Party) -> str:
    pid = party.id if isinstance(party, Party) else party
    if pid not in model.parties:
        raise KeyError(message(DEFAULT, "error.no_such_party", id=repr(pid),
                               hint=did_you_mean(pid, model.parties)))
    return pid


def result_id(model: Model, result: str | Result) -> str:
    rid = result.id if isinstance(result, Result) else result
    if rid not in model.results:
        raise KeyError(message(DEFAULT, "error.no_such_result", id=repr(rid),
                               hint=did_you_mean(rid, model.results)))
    return rid


def default_perspective(model: Model) -> str | None:
    """The party a model is seen from: the one it names, else its first municipality."""
    if model.perspective is not None:
        return model.perspective
    p = model.party_of_kind(PartyKind.MUNICIPALITY)
    if p is None:
        p = next(iter(model.parties.values()), None)
    return p.id if p else None
