"""Dividing the credit for a result among its root contributors (Shapley values).

The players are the *root contributors* upstream of a result: the parties
(through themselves or their interventions) and the external factors. The
value of a coalition ``S`` is how far the result is reached when only the
players in ``S`` act, computed over the graph in topological order:

* a party or factor in ``S`` has value 1, outside ``S`` value 0;
* an intervention has the mean value of its accountable party (``by``),
  its co-producers (``with``) and its commissioner (``commissioned_by``);
* a result has value 0 if any *necessary* input has value 0; otherwise the
  weighted mean of all its inputs, each weighted by its contribution's
  ``weight`` (1 where not given).

The share of a player is its Shapley value: its marginal value averaged over
every order in which the players could join. Shares sum to 1 (the value of
all players together is 1, of none 0), a player with no path gets 0,
players in symmetric positions get equal shares, and a necessary input gets
at least as much as a supporting one of the same weight.

With no necessary input upstream the value is linear, and the exact shares
are the weights, propagated once over the model in topological order
(:func:`_vector`). Otherwise the shares are exact for up to 15 players
(every coalition), and beyond that exact from the game's Harsanyi dividends
when those stay within :data:`POLY_BUDGET` (:class:`_Dividends`); only past
that are they estimated from random orders (a fixed seed, so results
repeat), each estimate within ±``error_bound`` of the exact share with 95%
confidence (Hoeffding's inequality; marginal values lie in [0, 1]).

A cooperation is a player of its own; a member's share in what the
cooperation achieved is the cooperation's share divided equally among its
members.

A contribution with ``effect: negative`` works against its result, and is
no input of the result's value: its source gets no share of the credit
through it and takes none from the others. (Credit for working against a
result would reward harm; a negative share would lift the others' shares
above what they did.) The index leaves such arrows out of every route
(:class:`resultaat.analysis._index.Index`), so no claim runs along one
either; the pile-up scan reads them as conflicts.
"""

from __future__ import annotations

import math
import zlib
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from resultaat.analysis._index import Index, index, result_id
from resultaat.analysis._plain import name_of, plain
from resultaat.model._model import Model, Result, Role
from resultaat.text._languages import verify_language

if TYPE_CHECKING:
    import random

EXACT_LIMIT = 15
DEFAULT_SAMPLES = 2000
CONFIDENCE = 0.95


@attrs.frozen
class Attribution:
    """The shares of credit for one result.

    Attributes:
        result: the result id.
        shares: root contributor id → share (parties and factors), summing to 1.
        exact: whether the shares are exact (else sampled).
        samples: number of random orders used when sampled.
        error_bound: half-width of the 95% interval when sampled, else 0.
        basis: whether any contribution upstream declares a role or weight;
            without one, the shares are a plain equal split and say little.
        ranges: root contributor id → (low, high), the least and the most
            its share can be when each weight given as a range takes any
            value in it (see :func:`share_ranges`); ``(share, share)`` where
            every weight upstream is a single number.
        ranges_exact: whether ``ranges`` are the exact extremes (else an
            inner estimate: the true range may be wider).
    """

    result: str
    shares: Mapping[str, float]
    exact: bool
    samples: int | None
    error_bound: float
    basis: bool
    ranges: Mapping[str, tuple[float, float]] = attrs.field(factory=dict)
    ranges_exact: bool = True
    corners: tuple[Mapping[str, float], ...] = attrs.field(default=(), eq=False, repr=False)
    """The shares at each corner of the weight box that was evaluated."""

    def share_of(self, party: str, model: Model) -> float:
        """A party's share, including its part of any cooperation it is a member of."""
        return share_in(self.shares, party, index(model))

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The shares as plain values: one entry per root contributor, named.

        >>> from resultaat import Model, Party, Result, Contribution
        >>> m = Model(parties=[Party("a", "A", "citizen"), Party("b", "B", "network")],
        ...           results=[Result("r", "R", "micro", owner="a")],
        ...           contributions=[Contribution("a", "r", role="necessary"),
        ...                          Contribution("b", "r")])
        >>> attribution(m, "r").as_dict(m)["shares"][0]
        {'contributor': 'a', 'name': 'A', 'share': 0.75, 'low': 0.75, 'high': 0.75}
        """
        lang = verify_language(model.language.value if lang is None else lang)
        shares = [{"contributor": k, "name": name_of(model, k, lang), "share": plain(v),
                   "low": plain(self.ranges.get(k, (v, v))[0]),
                   "high": plain(self.ranges.get(k, (v, v))[1])} for k, v in self.shares.items()]
        return {"result": self.result, "result_statement": name_of(model, self.result, lang),
                "exact": self.exact, "samples": self.samples,
                "error_bound": plain(self.error_bound), "basis": self.basis,
                "ranges_exact": self.ranges_exact, "shares": shares}

    def range_of(self, party: str, model: Model) -> tuple[float, float]:
        """The least and the most :meth:`share_of` can be over the weight ranges."""
        point = self.share_of(party, model)
        if not self.corners:  # no weight is a range: the range is the point
            return point, point
        idx = index(model)
        found = [point, *(share_in(c, party, idx) for c in self.corners)]
        return min(found), max(found)


def share_in(shares: Mapping[str, float], party: str, idx: Index) -> float:
    """:meth:`Attribution.share_of` in ``shares``, for a model whose index is at hand."""
    total = shares.get(party, 0.0)
    for coop in idx.cooperations_of[party]:
        if coop in shares:
            total += share_in(shares, coop, idx) / len(idx.model.parties[coop].members)
    return total


def attribution(model: Model, result: str | Result, *, samples: int = DEFAULT_SAMPLES,
                seed: int | None = None) -> Attribution:
    """Divide the credit for ``result`` among its root contributors.

    >>> from resultaat import Model, Party, Result, Contribution
    >>> m = Model(parties=[Party("a", "A", "citizen"), Party("b", "B", "network")],
    ...           results=[Result("r", "R", "micro", owner="a")],
    ...           contributions=[Contribution("a", "r", role="necessary"),
    ...                          Contribution("b", "r")])
    >>> dict(attribution(m, "r").shares)
    {'a': 0.75, 'b': 0.25}
    """
    return attribution_of(index(model), result_id(model, result), samples, seed)


def attribution_of(idx: Index, rid: str, samples: int = DEFAULT_SAMPLES,
                   seed: int | None = None) -> Attribution:
    """:func:`attribution` for a known result id, kept with the index."""
    kept = attributions_kept(idx, samples, seed)
    found = kept.get(rid)
    if found is None:
        found = kept[rid] = share_ranges(idx, _attribute(idx, rid, samples, seed), samples, seed)
    return found


def attributions_kept(idx: Index, samples: int = DEFAULT_SAMPLES,
                      seed: int | None = None) -> dict[str, Attribution]:
    """Result id → the attributions :func:`attribution_of` worked out so far with these settings."""
    kept: dict[str, Attribution] = idx.memo.setdefault(("attribution", samples, seed), {})
    return kept


RANGE_LIMIT = 8
"""The most weight ranges upstream of one result whose every corner is evaluated (2⁸ = 256)."""


def share_ranges(idx: Index, point: Attribution, samples: int = DEFAULT_SAMPLES,
                 seed: int | None = None) -> Attribution:
    """``point`` with the range of each share over the weights given as ranges.

    Every share is, in each single weight, a ratio ``(a·w + b) / (w + c)``
    with ``a``, ``b``, ``c`` fixed by the other weights (a weight appears
    only in the total of the one result it points into, and every coalition
    divides by that same total), so it rises or falls monotonically in that
    weight. A function monotone in each coordinate takes its least and its
    greatest value over a box at corners of the box: the ranges are the
    extremes over the corners. With at most :data:`RANGE_LIMIT` ranged
    weights upstream every corner is evaluated (exact); beyond, the corners
    with all weights low, all high, and each one weight at one end with the
    others in the middle (``ranges_exact`` is then ``False``). Each corner
    costs one attribution of the result.
    """
    everywhere: list[int] | None = idx.memo.get("ranged")
    if everywhere is None:
        everywhere = idx.memo["ranged"] = [
            i for i, c in enumerate(idx.model.contributions)
            if (b := c.bounds) is not None and b[0] < b[1]]
    ranged: list[int] = []
    if everywhere:  # only a model with weight ranges pays for the walk upstream
        inside = set(idx.upstream(point.result))
        ranged = [i for i in everywhere if idx.model.contributions[i].target in inside]
    if not ranged:
        return attrs.evolve(point, ranges={p: (s, s) for p, s in point.shares.items()})
    exact = len(ranged) <= RANGE_LIMIT
    corners = [_corner(idx, point.result, ranged, ends, samples, seed)
               for ends in _ends(len(ranged), exact=exact)]
    ranges = {p: (min(s, *(c.get(p, 0.0) for c in corners)),
                  max(s, *(c.get(p, 0.0) for c in corners))) for p, s in point.shares.items()}
    return attrs.evolve(point, ranges=ranges, ranges_exact=exact, corners=tuple(corners))


def _ends(k: int, *, exact: bool) -> list[tuple[float, ...]]:
    """Where each ranged weight sits in a corner: 0 at its low end, 1 at its high end."""
    if exact:
        return [tuple(float(bit >> i & 1) for i in range(k)) for bit in range(1 << k)]
    out = [(0.0,) * k, (1.0,) * k]
    for i in range(k):
        for end in (0.0, 1.0):
            out.append(tuple(end if j == i else 0.5 for j in range(k)))
    return out


def _corner(idx: Index, rid: str, ranged: list[int], ends: tuple[float, ...], samples: int,
            seed: int | None) -> Mapping[str, float]:
    contributions = list(idx.model.contributions)
    for i, at in zip(ranged, ends, strict=True):
        low, high = contributions[i].bounds or (1.0, 1.0)
        contributions[i] = attrs.evolve(contributions[i], weight=low + at * (high - low))
    moved = idx.model.evolve(contributions=contributions)
    return _attribute(index(moved), rid, samples, seed).shares


class _Game:
    """The upstream graph of one non-linear result, compiled to arrays for evaluation.

    Built only where the game has a necessary input upstream and no
    cheaper exact method applies (see the module doc).
    """

    def __init__(self, idx: Index, rid: str) -> None:
        model = idx.model
        nodes = idx.upstream(rid)
        players = [n for n in nodes if n in model.parties or n in model.factors]
        for it_id in (n for n in nodes if n in model.interventions):
            it = model.interventions[it_id]
            for p in it.players:
                if p not in players:
                    players.append(p)
        players.sort(key=idx.player_order.__getitem__)
        self.players = players
        inner = [n for n in nodes if n not in model.parties and n not in model.factors]
        self.slot = {p: i for i, p in enumerate(players)}
        for n in inner:
            self.slot[n] = len(self.slot)
        self.size = len(self.slot)
        self.inputs: list[tuple[int, list[tuple[int, float, bool]], float]] = []
        for n in inner:
            if n in model.interventions:
                it = model.interventions[n]
                ins = [(self.slot[p], 1.0, False) for p in it.players]
            else:
                ins = [(self.slot[c.source], float(c.point_weight or 1.0), c.role is Role.NECESSARY)
                       for c in idx.preds[n]]
            total = sum(w for _, w, _ in ins)
            self.inputs.append((self.slot[n], ins, total))
        self.target = self.slot[rid]

    def downstream(self) -> list[list[tuple[int, list[tuple[int, float, bool]], float]]]:
        """For each player, the evaluation steps its value can change, in order."""
        feeds: dict[int, set[int]] = {}
        for step in self.inputs:
            for src, _, _ in step[1]:
                feeds.setdefault(src, set()).add(step[0])
        reach: dict[int, set[int]] = {}
        for step in reversed(self.inputs):
            slot = step[0]
            acc = {slot}
            for nxt in feeds.get(slot, ()):
                acc |= reach[nxt]
            reach[slot] = acc
        down = []
        for i in range(len(self.players)):
            touched: set[int] = set()
            for nxt in feeds.get(i, ()):
                touched |= reach[nxt]
            down.append([st for st in self.inputs if st[0] in touched])
        return down

    @staticmethod
    def _evaluate(val: list[float], steps: list[tuple[int, list[tuple[int, float, bool]],
                                                       float]]) -> None:
        for slot, ins, total in steps:
            acc = 0.0
            for src, w, necessary in ins:
                x = val[src]
                if necessary and x == 0.0:
                    acc = 0.0
                    break
                acc += w * x
            val[slot] = acc / total if total else 0.0

    def exact_shares(self) -> list[float]:
        n = len(self.players)
        # Visit every coalition in Gray-code order: each differs from the one
        # before by one player, so only what that player feeds is evaluated again.
        down = self.downstream()
        val = [0.0] * self.size
        self._evaluate(val, self.inputs)
        values = [0.0] * (1 << n)
        values[0] = val[self.target]
        for k in range(1, 1 << n):
            player = (k & -k).bit_length() - 1
            coalition = k ^ (k >> 1)
            val[player] = 1.0 if coalition >> player & 1 else 0.0
            self._evaluate(val, down[player])
            values[coalition] = val[self.target]
        fact = [math.factorial(k) for k in range(n + 1)]
        weights = [fact[k] * fact[n - k - 1] / fact[n] for k in range(n)]
        shares = [0.0] * n
        for s in range(1 << n):
            size = s.bit_count()
            if size == n:
                continue
            w = weights[size]
            vs = values[s]
            for i in range(n):
                if not s >> i & 1:
                    shares[i] += w * (values[s | 1 << i] - vs)
        return shares

    def sampled_shares(self, samples: int, rng: random.Random) -> list[float]:
        """Marginal values averaged over random orders, updated incrementally.

        Each player who joins changes only the running sums of the nodes it
        feeds, and only a node whose value changes passes the change on:
        a player costs the edges its change travels, not its whole
        downstream.
        """
        n = len(self.players)
        feeds: list[list[tuple[int, float, bool]]] = [[] for _ in range(self.size)]
        totals_of = [0.0] * self.size
        necessary_of = [0] * self.size
        for slot, ins, total in self.inputs:
            totals_of[slot] = total
            for src, w, necessary in ins:
                feeds[src].append((slot, w, necessary))
                necessary_of[slot] += necessary
        target = self.target
        totals = [0.0] * n
        order = list(range(n))
        for _ in range(samples):
            rng.shuffle(order)
            val = [0.0] * self.size
            sums = [0.0] * self.size
            nonzero = [0] * self.size
            missing = list(necessary_of)
            before = 0.0
            for i in order:
                val[i] = 1.0
                changes = deque([(i, 0.0, 1.0)])
                while changes:
                    src, old, new = changes.popleft()
                    for slot, w, necessary in feeds[src]:
                        sums[slot] += w * (new - old)
                        turned = (old == 0.0) - (new == 0.0)
                        nonzero[slot] += turned
                        if necessary:
                            missing[slot] -= turned
                        x = (0.0 if missing[slot] or not nonzero[slot]
                             else sums[slot] / totals_of[slot])
                        if x != val[slot]:
                            changes.append((slot, val[slot], x))
                            val[slot] = x
                after = val[target]
                totals[i] += after - before
                before = after
        return [x / samples for x in totals]


def _attribute(idx: Index, rid: str, samples: int, seed: int | None) -> Attribution:
    vector = _vector(idx, rid)
    basis = _flags(idx, rid)[1]
    if vector is not None:
        players = sorted(vector, key=idx.player_order.__getitem__)
        return Attribution(rid, {p: round(vector[p], 12) for p in players}, True, None, 0.0,
                           basis)
    game = _Game(idx, rid)
    n = len(game.players)
    exact, used, bound = True, None, 0.0
    if n <= EXACT_LIMIT:
        shares = game.exact_shares()
    else:
        found = _dividend_shares(idx, rid)
        if found is not None:
            shares = [found.get(p, 0.0) for p in game.players]
        else:
            import random  # only for sampling: the command line starts without it

            rng = random.Random(seed if seed is not None else zlib.crc32(rid.encode()))
            shares = game.sampled_shares(samples, rng)
            exact, used = False, samples
            bound = math.sqrt(math.log(2 / (1 - CONFIDENCE)) / (2 * samples))
            total = sum(shares)
            if total > 0:
                shares = [s / total for s in shares]
    return Attribution(
        rid, dict(zip(game.players, (round(s, 12) for s in shares), strict=True)),
        exact, used, bound, basis,
    )


Flags = tuple[bool, bool]
"""(linear, basis) of a result: no necessary input upstream; some role or weight upstream."""


def _flags(idx: Index, rid: str) -> Flags:
    cache: dict[str, Flags] = idx.memo.setdefault("flags", {})

    def compute(n: str) -> Flags:
        linear, basis = True, False
        for c in idx.preds[n]:
            necessary = c.role is Role.NECESSARY
            linear = linear and not necessary
            basis = basis or necessary or c.weight is not None
            if c.source in idx.preds:
                up_linear, up_basis = cache[c.source]
                linear, basis = linear and up_linear, basis or up_basis
        return linear, basis

    return idx.upstream_pass(cache, rid, compute)


Vector = dict[str, float]


def _leaf_vector(idx: Index, node: str) -> Vector:
    """A party or factor is its own player; an intervention is the mean of its parties."""
    it = idx.model.interventions.get(node)
    if it is None:
        return {node: 1.0}
    players = it.players
    out: Vector = {}
    for p in players:
        out[p] = out.get(p, 0.0) + 1.0 / len(players)
    return out


def _vector(idx: Index, rid: str) -> Vector | None:
    """The exact shares of a linear result, or ``None`` when the game is not linear.

    Where no necessary input is upstream, the value of a result is a
    weighted sum of its players, and a player's Shapley value is its
    weight. The weights of every result follow from those of its inputs in
    one pass in topological order, each kept as a sparse vector of the
    players that actually reach it (shared, not copied, along single links).
    """
    if not _flags(idx, rid)[0]:
        return None
    cache: dict[str, Vector] = idx.memo.setdefault("vectors", {})

    def compute(n: str) -> Vector:
        ins = idx.preds[n]
        vectors = [cache[c.source] if c.source in idx.preds else _leaf_vector(idx, c.source)
                   for c in ins]
        if len(ins) == 1:
            return vectors[0]
        weights = [float(c.point_weight or 1.0) for c in ins]
        total = sum(weights)
        out: Vector = {}
        for w, vec in zip(weights, vectors, strict=True):
            f = w / total
            for p, x in vec.items():
                out[p] = out.get(p, 0.0) + f * x
        return out

    return idx.upstream_pass(cache, rid, compute)


Poly = dict[frozenset[str], float]
"""A multilinear polynomial in the players: set of players → coefficient."""

POLY_BUDGET = 20_000
"""Term operations the exact method may spend on one result beyond four per input term."""


class _OverBudgetError(Exception):
    pass


class _Dividends:
    """Exact shares of a non-linear game from its Harsanyi dividends.

    Any game is a sum of unanimity games, one per coalition ``T`` with a
    coefficient (its dividend); the Shapley value gives each member of
    ``T`` an equal part of that coefficient. The coefficients are those of
    the value as a multilinear polynomial in the players (0 or 1), built
    in topological order: a weighted mean is a sum, "every necessary input
    is on" a product, "some input is on" ``1 − Π(1 − on)``. Exact when the
    polynomials stay small (one necessary input among many parties gives
    one term per party). A result whose polynomial would cost more than
    :data:`POLY_BUDGET` term operations beyond four per term of its inputs
    (and every result it feeds through a necessary input) is left to
    sampling; the budget is counted per result, so each result's answer
    depends only on the model.
    """

    def __init__(self, idx: Index) -> None:
        self.idx = idx
        self.cache: dict[str, _Polys | None] = {}

    def shares(self, rid: str) -> dict[str, float] | None:
        def compute(n: str) -> _Polys | None:
            try:
                return _Terms(self.idx).result(n, self.cache)
            except _OverBudgetError:
                return None

        found = self.idx.upstream_pass(self.cache, rid, compute)
        if found is None:
            return None
        out: dict[str, float] = {}
        for coalition, c in found[0].items():
            for p in coalition:
                out[p] = out.get(p, 0.0) + c / len(coalition)
        return out


class _Terms:
    """The polynomial arithmetic of one result, counting its term operations."""

    def __init__(self, idx: Index) -> None:
        self.idx = idx
        self.spent = 0
        self.limit = POLY_BUDGET

    def _spend(self, n: int) -> None:
        self.spent += n
        if self.spent > self.limit:
            raise _OverBudgetError

    def _mul(self, a: Poly, b: Poly) -> Poly:
        self._spend(len(a) * len(b))
        out: Poly = {}
        for ka, ca in a.items():
            for kb, cb in b.items():
                k = ka | kb
                out[k] = out.get(k, 0.0) + ca * cb
        return out

    def _any(self, polys: list[Poly | None]) -> Poly | None:
        """1 − Π(1 − p), "at least one is on"; ``None`` when unknown or too large."""
        rest: Poly = {frozenset(): 1.0}
        spent = self.spent
        try:
            for p in polys:
                if p is None:
                    return None
                rest = self._mul(rest, _add({frozenset(): 1.0}, p, -1.0))
        except _OverBudgetError:
            self.spent = spent
            return None
        return _add({}, _add({frozenset(): 1.0}, rest, -1.0), 1.0)

    def _leaf(self, node: str) -> tuple[Poly, Poly | None]:
        it = self.idx.model.interventions.get(node)
        if it is None:
            one = {frozenset((node,)): 1.0}
            return one, one
        players = it.players
        val: Poly = {}
        for p in players:
            _add_into(val, {frozenset((p,)): 1.0}, 1.0 / len(players))
        return val, self._any([{frozenset((p,)): 1.0} for p in dict.fromkeys(players)])

    def result(self, n: str, cache: dict[str, _Polys | None]) -> _Polys | None:
        """The (value, on) polynomials of result ``n`` from those of its inputs in ``cache``.

        ``on`` is ``None`` where "some input is on" would be too large; only a
        result that has this one as a necessary input then fails in turn.
        """
        idx = self.idx
        ins = idx.preds[n]
        got = []
        for c in ins:
            found = cache[c.source] if c.source in idx.preds else self._leaf(c.source)
            if found is None:
                return None
            got.append(found)
        self.limit = POLY_BUDGET + 4 * sum(len(v) + len(on or ()) for v, on in got)
        weights = [float(c.point_weight or 1.0) for c in ins]
        total = sum(weights)
        val: Poly = {}
        for w, (v, _) in zip(weights, got, strict=True):
            self._spend(len(v))
            _add_into(val, v, w / total)
        necessary = [on for c, (_, on) in zip(ins, got, strict=True) if c.role is Role.NECESSARY]
        if not necessary:
            return val, self._any([on for _, on in got])
        gate: Poly = {frozenset(): 1.0}
        for on in necessary:
            if on is None:
                return None
            gate = self._mul(gate, on)
        return self._mul(gate, val), gate


_Polys = tuple[Poly, Poly | None]
"""A result's value and "is on" as polynomials (``on`` may be unknown: ``None``)."""


def _add_into(a: Poly, b: Poly, f: float) -> None:
    """``a += f·b`` in place, dropping terms that cancel."""
    for k, c in b.items():
        x = a.get(k, 0.0) + f * c
        if x == 0.0:
            a.pop(k, None)
        else:
            a[k] = x


def _add(a: Poly, b: Poly, f: float) -> Poly:
    """``a + f·b`` as a new polynomial, dropping terms that cancel."""
    out = dict(a)
    _add_into(out, b, f)
    return out


def _dividend_shares(idx: Index, rid: str) -> dict[str, float] | None:
    """Exact shares by dividends, or ``None`` past the budget (see :class:`_Dividends`)."""
    worker: _Dividends = idx.memo.setdefault("dividends", _Dividends(idx))
    return worker.shares(rid)
