"""A cooperation monitored: what each member put in, expected, and what came of it.

Municipalities cooperate a lot and rarely track whether a cooperation
delivers what each member expected. A cooperation's ``commitments`` say,
per member, what it puts in (a text and a yearly ``amount``) and what it
expects (a text, and where it can be measured, an indicator of a result).
What came of it is the latest measured progress of that indicator against
its target, and the member's share of the credit for that result (through
the cooperation and its own work) where the model gives a basis for it.
"""

from __future__ import annotations

import attrs

from resultaat._errors import UsageError
from resultaat.analysis._index import party_id
from resultaat.analysis._perspective import perspective
from resultaat.analysis._steering import Progress, latest, progress
from resultaat.model._model import Measurement, Model, Party, PartyKind
from resultaat.text._catalogue import DEFAULT, message


@attrs.frozen
class Stake:
    """One member's part in a cooperation.

    Attributes:
        member: the member's party id.
        puts_in: what it puts in, as the model says (``None``: not said).
        amount: what that is worth a year, where it is money.
        expects: what it expects, as the model says.
        result, indicator: the indicator that shows whether it came.
        came: the latest progress of that indicator (``None``: not measured).
        share: the member's share of the credit for ``result``, where the
            model gives a basis for shares.
        share_range: its least and most over the weights given as ranges.
    """

    member: str
    puts_in: str | None
    amount: float | None
    expects: str | None
    result: str | None = None
    indicator: str | None = None
    came: Progress | None = None
    share: float | None = None
    share_range: tuple[float, float] | None = None
    hidden: bool = False
    """Whether what came of it was measured over too few cases to publish (not shown)."""

    @property
    def stated(self) -> bool:
        """Whether the model says anything of what the member puts in or expects."""
        return any(x is not None for x in (self.puts_in, self.amount, self.expects,
                                           self.result))


@attrs.frozen
class Cooperation:
    """A cooperation and its members' stakes, one per member in member order.

    A member with no commitment in the model has a stake with nothing
    stated (:attr:`Stake.stated` is false): the monitor asks for it.
    """

    party: str
    stakes: tuple[Stake, ...]


def cooperation(model: Model, party: str | Party, *,
                measurements: list[Measurement] | None = None) -> Cooperation:
    """What each member of a cooperation put in, expected, and what came of it.

    >>> import resultaat
    >>> coop = cooperation(resultaat.example("youth-region"), "region")
    >>> for s in coop.stakes:
    ...     print(s.member, s.amount, s.came.signal.value if s.came else None)
    nijkerk 9000000 worse
    barneveld 9000000 worse
    ede 24000000 None

    Raises:
        UsageError: the party is not a cooperation.
    """
    pid = party_id(model, party)
    coop = model.parties[pid]
    if coop.kind is not PartyKind.COOPERATION:
        raise UsageError(message(DEFAULT, "error.not_cooperation", party=pid, kind=coop.kind))
    found = latest(progress(model, measurements))
    stakes = []
    for member in coop.members:
        said = [c for c in coop.commitments if c.member == member]
        if not said:
            stakes.append(Stake(member, None, None, None))
        for c in said:
            came = (found.get((c.result, c.indicator))
                    if c.result is not None and c.indicator is not None else None)
            seen = perspective(model, member)[c.result] if c.result is not None else None
            share = seen.share if seen is not None else None
            span = (seen.attribution.range_of(member, model)
                    if seen is not None and seen.attribution and share is not None else None)
            stakes.append(Stake(member, c.puts_in, c.amount, c.expects, c.result, c.indicator,
                                came, share, span))
    return Cooperation(pid, tuple(stakes))


def cooperations(model: Model) -> list[str]:
    """The cooperations of a model, in model order."""
    return [p.id for p in model.parties.values() if p.kind is PartyKind.COOPERATION]
