"""Dividing the credit for a result among its root contributors (Shapley values).

The players are the *root contributors* upstream of a result: the parties
(through themselves or their interventions) and the external factors. The
value of a coalition ``S`` is how far the result is reached when only the
players in ``S`` act, computed over the graph in topological order:

* a party or factor in ``S`` has value 1, outside ``S`` value 0;
* an intervention has the mean value of its accountable party (``by``) and
  its co-producers (``with``);
* a result has value 0 if any *necessary* input has value 0; otherwise the
  weighted mean of all its inputs, each weighted by its contribution's
  ``weight`` (1 where not given).

The share of a player is its Shapley value: its marginal value averaged over
every order in which the players could join. Shares sum to 1 (the value of
all players together is 1, of none 0), a player with no path gets 0,
players in symmetric positions get equal shares, and a necessary input gets
at least as much as a supporting one of the same weight.

Exact for up to 15 players. With more players and no necessary input
upstream the value is linear, and the exact shares are read off the weights
directly. Otherwise shares are estimated from random orders (a fixed seed,
so results repeat) and each estimate is within ±``error_bound`` of the
exact share with 95% confidence (Hoeffding's inequality; marginal values lie
in [0, 1]).

A cooperation is a player of its own; a member's share in what the
cooperation achieved is the cooperation's share divided equally among its
members.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Mapping

import attrs

from resultaat.analysis._index import Index, index, result_id
from resultaat.model._model import Model, Result, Role

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
    """

    result: str
    shares: Mapping[str, float]
    exact: bool
    samples: int | None
    error_bound: float
    basis: bool

    def share_of(self, party: str, model: Model) -> float:
        """A party's share, including its part of any cooperation it is a member of."""
        total = self.shares.get(party, 0.0)
        for coop in index(model).cooperations_of[party]:
            if coop in self.shares:
                total += self.share_of(coop, model) / len(model.parties[coop].members)
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
    rid = result_id(model, result)
    idx = index(model)
    key = ("attribution", rid, samples, seed)
    if key not in idx.memo:
        idx.memo[key] = _attribute(idx, rid, samples, seed)
    return idx.memo[key]  # type: ignore[no-any-return]


class _Game:
    """The upstream graph of one result, compiled to arrays for fast evaluation."""

    def __init__(self, idx: Index, rid: str) -> None:
        model = idx.model
        nodes = idx.upstream(rid)
        players = [n for n in nodes if n in model.parties or n in model.factors]
        for it_id in (n for n in nodes if n in model.interventions):
            it = model.interventions[it_id]
            for p in (it.by, *it.partners):
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
        self.basis = False
        self.linear = True
        for n in inner:
            if n in model.interventions:
                it = model.interventions[n]
                ins = [(self.slot[p], 1.0, False) for p in (it.by, *it.partners)]
            else:
                ins = []
                for c in idx.preds[n]:
                    necessary = c.role is Role.NECESSARY
                    ins.append((self.slot[c.source], float(c.weight or 1.0), necessary))
                    if necessary or c.weight is not None:
                        self.basis = True
                    if necessary:
                        self.linear = False
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

    def linear_shares(self) -> list[float]:
        """Exact shares of a linear game: the weight of each player in the result."""
        coef = [0.0] * self.size
        coef[self.target] = 1.0
        for slot, ins, total in reversed(self.inputs):
            c = coef[slot]
            if c and total:
                for src, w, _ in ins:
                    coef[src] += c * w / total
        return coef[: len(self.players)]

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
        n = len(self.players)
        down = self.downstream()
        totals = [0.0] * n
        order = list(range(n))
        for _ in range(samples):
            rng.shuffle(order)
            val = [0.0] * self.size
            before = 0.0
            for i in order:
                val[i] = 1.0
                self._evaluate(val, down[i])
                after = val[self.target]
                totals[i] += after - before
                before = after
        return [x / samples for x in totals]


def _attribute(idx: Index, rid: str, samples: int, seed: int | None) -> Attribution:
    game = _Game(idx, rid)
    n = len(game.players)
    if n == 0:
        return Attribution(rid, {}, True, None, 0.0, game.basis)
    if game.linear:
        shares, exact, used, bound = game.linear_shares(), True, None, 0.0
    elif n <= EXACT_LIMIT:
        shares, exact, used, bound = game.exact_shares(), True, None, 0.0
    else:
        rng = random.Random(seed if seed is not None else zlib.crc32(rid.encode()))
        shares = game.sampled_shares(samples, rng)
        exact, used = False, samples
        bound = math.sqrt(math.log(2 / (1 - CONFIDENCE)) / (2 * samples))
        total = sum(shares)
        if total > 0:
            shares = [s / total for s in shares]
    return Attribution(
        rid, dict(zip(game.players, (round(s, 12) for s in shares), strict=True)),
        exact, used, bound, game.basis,
    )
