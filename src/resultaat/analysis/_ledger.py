"""Who pays and who gains: the ledger per party, and the "wrong pocket".

The rules, each made here once:

* **What a party invests**: the yearly ``cost`` of an intervention counts
  once, for the party that pays it: its commissioner
  (``commissioned_by``) where there is one, else the party that carries it
  out (``by``); co-producers (``with``) pay nothing here. The time of
  volunteers or a network counts where the model gives it as the cost of
  an intervention they carry out. What a cooperation pays, its members pay,
  where its ``commitments`` state an ``amount`` for every member: split in
  proportion to those amounts (one level deep); else the cooperation pays.
* **What a party gains**, from a result with a ``value`` (or with
  beneficiaries that state one): each beneficiary gains the ``value`` it
  states; the result's owner, when it is a party, gains the rest of the
  result's value (the owner is what :mod:`resultaat.analysis._perspective`
  says; a beneficiary never owns). The rest of a collective result is
  nobody's pocket: it is counted as the society's. A beneficiary without a
  value gains something the model does not price: it is listed, not counted.
* **Deductions**: each part gets the result's SROI deductions (deadweight,
  displacement, drop-off over the duration; see
  :func:`resultaat.claimable_value`), and the part of the result that
  external factors explain (their share of the credit, see
  :func:`resultaat.attribution`) is taken off: what the outside world did
  is no party's gain from what was invested.
* **Sensitivity**: where weights upstream are ranges, the factors' share
  has a range, and so have the gains and the balance (per result, summed:
  an outer bound).
* **The wrong pocket**: an organisation that invests at least
  :data:`WRONG_POCKET` times what it gains ``pays``, while another
  organisation that gains at least that many times what it invests
  ``collects``; the signal is given only when both are there. Residents and
  their network never get it: their gain is the point of the help.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator, Mapping

import attrs

from resultaat.analysis._attribution import Attribution, attribution_of
from resultaat.analysis._claims import claimable_value
from resultaat.analysis._index import index
from resultaat.analysis._perspective import PERSONS, owned_by
from resultaat.model._model import COLLECTIVE, Model, Result

WRONG_POCKET = 2.0
"""How many times what it gains a party must invest (or gain, of what it invests) for the signal."""


class Pocket(enum.StrEnum):
    """A party's side of the wrong pocket."""

    PAYS = "pays"
    """It invests much more than it gains, while another gains much more than it invests."""
    COLLECTS = "collects"
    """It gains much more than it invests, while another invests much more than it gains."""


Span = tuple[float, float]


@attrs.frozen
class LedgerEntry:
    """One party in the ledger.

    Attributes:
        party: the party id.
        invests: the summed yearly cost of the interventions it pays for.
        gains: the value it gains, after the deductions (see the module doc).
        balance: ``gains − invests``.
        wrong_pocket: see :class:`Pocket`; ``None`` when it is in neither.
        pays_for: the interventions it pays for (with a cost), in model order.
        gains_from: (result, value) for each result it gains a value from.
        unpriced: the results it owns or benefits from without a value.
        gains_range, balance_range: the least and the most they can be over
            the weights given as ranges.
    """

    party: str
    invests: float
    gains: float
    balance: float
    wrong_pocket: Pocket | None
    pays_for: tuple[str, ...] = ()
    gains_from: tuple[tuple[str, float], ...] = ()
    unpriced: tuple[str, ...] = ()
    gains_range: Span = (0.0, 0.0)
    balance_range: Span = (0.0, 0.0)


@attrs.frozen
class Ledger:
    """Who pays and who gains, per party (see the module doc for the rules).

    Attributes:
        entries: one per party that invests, gains or benefits, in model order.
        society: the value of collective results that no party pockets.
        society_range: its range over the weights given as ranges.
        uncosted: the interventions without a cost (not in ``invests``).
        ranged: whether any gain depends on a weight given as a range.
    """

    entries: tuple[LedgerEntry, ...]
    society: float = 0.0
    society_range: Span = (0.0, 0.0)
    uncosted: tuple[str, ...] = ()
    ranged: bool = False

    def __iter__(self) -> Iterator[LedgerEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, party: str) -> LedgerEntry | None:
        """The entry of one party (``None`` when it neither invests nor gains)."""
        return next((e for e in self.entries if e.party == party), None)

    @property
    def wrong_pocket(self) -> bool:
        """Whether some party pays while another collects."""
        return any(e.wrong_pocket is not None for e in self.entries)


def payer(model: Model, iid: str) -> str:
    """The party that pays for an intervention: its commissioner, else who carries it out."""
    it = model.interventions[iid]
    return it.commissioned_by if it.commissioned_by is not None else it.by


def ledger(model: Model) -> Ledger:
    """Who invests and who gains, per party, and whether the gains land in the wrong pocket.

    >>> import resultaat
    >>> book = ledger(resultaat.example("debt-help"))
    >>> for e in book:
    ...     print(f"{e.party:12} {e.invests:>8,.0f} {e.gains:>8,.0f} {e.wrong_pocket}")
    family              0    2,880 None
    municipality   14,950        0 pays
    school            800        0 pays
    employer            0    2,520 collects
    housing             0    3,600 collects
    insurer             0    1,080 collects
    """
    invests, uncosted = _invests(model)
    gains: dict[str, list[tuple[str, float, Span]]] = {}
    unpriced: dict[str, list[str]] = {}
    owner = {rid: p for p, rids in owned_by(index(model)).items() for rid in rids}
    for rid, r in model.results.items():
        for pid, part in _parts(r, owner[rid]).items():
            if part is None:
                unpriced.setdefault(pid, []).append(rid)
            else:
                gains.setdefault(pid, []).append((rid, *_net(model, r, part)))
    society = gains.pop(COLLECTIVE, [])
    unpriced.pop(COLLECTIVE, None)
    entries = [_entry(model, pid, invests.get(pid, []), gains.get(pid, []),
                      unpriced.get(pid, [])) for pid in model.parties
               if pid in invests or pid in gains or pid in unpriced]
    low, high = _spans(society)
    return Ledger(tuple(_pockets(model, entries)), math.fsum(v for _, v, _ in society),
                  (low, high), tuple(uncosted),
                  any(s[0] != s[1] for g in (*gains.values(), society) for _, _, s in g))


def _invests(model: Model) -> tuple[dict[str, list[tuple[str, float]]], list[str]]:
    """Party → (intervention, the part of its cost it pays); the interventions without a cost."""
    invests: dict[str, list[tuple[str, float]]] = {}
    uncosted = []
    for iid, it in model.interventions.items():
        if it.cost is None:
            uncosted.append(iid)
            continue
        for pid, share in _split(model, payer(model, iid)):
            invests.setdefault(pid, []).append((iid, it.cost * share))
    return invests, uncosted


def _split(model: Model, pid: str) -> list[tuple[str, float]]:
    """Who pays what part of a payer's costs: its members, by the amounts they commit, or itself."""
    party = model.parties[pid]
    amounts = {c.member: c.amount for c in party.commitments}
    if not party.members or any(amounts.get(m) is None for m in party.members):
        return [(pid, 1.0)]
    total = math.fsum(amounts[m] or 0.0 for m in party.members)
    if total <= 0:
        return [(pid, 1.0)]
    return [(m, (amounts[m] or 0.0) / total) for m in party.members]


def _parts(r: Result, owner: str) -> dict[str, float | None]:
    """Who gains what of a result's value a year, before deductions (``None``: not priced)."""
    out: dict[str, float | None] = {b.party: b.value for b in r.beneficiaries}
    stated = math.fsum(b.value for b in r.beneficiaries if b.value is not None)
    if r.value is not None and (r.value != stated or owner != COLLECTIVE):
        out[owner] = r.value - stated
    return out


def _net(model: Model, r: Result, part: float) -> tuple[float, Span]:
    """A part of a result's value after the deductions, and its range over the weight ranges."""
    point, low, high = _outside(model, attribution_of(index(model), r.id))
    base = attrs.evolve(r, value=part)
    value = claimable_value(base, 1 - point) or 0.0
    ends = sorted((claimable_value(base, 1 - high) or 0.0, claimable_value(base, 1 - low) or 0.0))
    return value, (ends[0], ends[1])


def _outside(model: Model, att: Attribution) -> tuple[float, float, float]:
    """The factors' share of a result: at the point, and its least and most."""
    point = _factors(model, att.shares)
    found = [point, *(_factors(model, c) for c in att.corners)]
    return point, min(found), max(found)


def _factors(model: Model, shares: Mapping[str, float]) -> float:
    return math.fsum(s for p, s in shares.items() if p in model.factors)


def _spans(items: list[tuple[str, float, Span]]) -> Span:
    return math.fsum(s[0] for _, _, s in items), math.fsum(s[1] for _, _, s in items)


def _entry(model: Model, pid: str, paid: list[tuple[str, float]],
           gained: list[tuple[str, float, Span]], unpriced: list[str]) -> LedgerEntry:
    cost = math.fsum(c for _, c in paid)
    value = math.fsum(v for _, v, _ in gained)
    low, high = _spans(gained)
    return LedgerEntry(pid, cost, value, value - cost, None,
                       tuple(dict.fromkeys(i for i, _ in paid)),
                 tuple((rid, v) for rid, v, _ in gained), tuple(unpriced), (low, high),
                 (low - cost, high - cost))


def _pockets(model: Model, entries: list[LedgerEntry]) -> list[LedgerEntry]:
    """The entries with the wrong-pocket signal, where someone pays and someone else collects."""
    def organisation(e: LedgerEntry) -> bool:
        return model.parties[e.party].kind not in PERSONS

    pays = {e.party for e in entries if organisation(e) and e.invests > 0
            and e.invests >= WRONG_POCKET * e.gains}
    collects = {e.party for e in entries if organisation(e) and e.gains > 0
                and e.gains >= WRONG_POCKET * e.invests}
    if not pays or not collects:
        return entries
    return [attrs.evolve(e, wrong_pocket=Pocket.PAYS if e.party in pays else
                         Pocket.COLLECTS if e.party in collects else None) for e in entries]
