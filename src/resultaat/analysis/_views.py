"""Two views Dutch municipal users work in: the budget's three questions and the household."""

from __future__ import annotations

import math
from typing import Any

import attrs

from resultaat._errors import UnknownIdError
from resultaat.analysis._index import default_perspective, party_id
from resultaat.analysis._perspective import Standing, Verdict, perspective, verdict
from resultaat.analysis._plain import name_of, names_of, plain
from resultaat.model._model import Intervention, Model, Party, Result
from resultaat.text._catalogue import DEFAULT, message
from resultaat.text._languages import verify_language


@attrs.frozen
class Budget:
    """The programme budget's three questions, for one party.

    Attributes:
        party: the party id (usually the municipality).
        achieve: what do we want to achieve: (result, verdict) for every
            intended result the party owns or contributes to; results it
            cannot claim carry ``Verdict.CONTRIBUTES``.
        do: what will we do for it: the interventions it carries out,
            takes part in or commissions.
        cost: what may it cost: the summed yearly cost of those
            interventions that state one.
        uncosted: the interventions without a cost.
    """

    party: str
    achieve: tuple[tuple[Result, Verdict], ...]
    do: tuple[Intervention, ...]
    cost: float
    uncosted: tuple[str, ...]
    side_effects: tuple[tuple[Result, Verdict], ...] = ()
    """The unintended results it leads to or owns: not goals; it answers for its part in them."""

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The three questions as plain values, with names beside the ids.

        >>> import resultaat
        >>> m = resultaat.example("debt-help")
        >>> row = budget(m).as_dict(m)
        >>> row["cost"], row["achieve"][0]["verdict"]
        (14950.0, 'contributes')
        """
        lang = verify_language(model.language.value if lang is None else lang)

        def results(items: tuple[tuple[Result, Verdict], ...]) -> list[dict[str, Any]]:
            return [{"result": r.id, "result_statement": r.statement, "verdict": plain(v)}
                    for r, v in items]

        return {"party": self.party, "party_name": name_of(model, self.party, lang),
                "achieve": results(self.achieve),
                "do": [{"intervention": i.id, "intervention_name": i.name} for i in self.do],
                "cost": self.cost, "uncosted": list(self.uncosted),
                "uncosted_names": names_of(model, self.uncosted, lang),
                "side_effects": results(self.side_effects)}


def budget(model: Model, party: str | Party | None = None) -> Budget:
    """Answer the budget's three questions for a party (default: the first municipality).

    >>> import resultaat
    >>> b = budget(resultaat.example("debt-help"))
    >>> b.cost, [r.id for r, v in b.achieve if v is Verdict.OWNS]
    (14950.0, ['help_checked'])
    """
    view = perspective(model, _default(model, party))
    pid = view.party
    involved = [(model.results[rid], verdict(view.standing(rid))) for rid in view.involved()]
    mine = tuple(it for i, it in model.interventions.items()
                 if view.standing(i) in _TAKES_PART)
    costed = [i.cost for i in mine if i.cost is not None]
    return Budget(pid, tuple(x for x in involved if x[0].intended), mine, math.fsum(costed),
                  tuple(i.id for i in mine if i.cost is None),
                  tuple(x for x in involved if not x[0].intended))


_TAKES_PART = (Standing.OWN, Standing.PARTNER, Standing.COMMISSIONED)


@attrs.frozen
class Household:
    """Everything that lands on one resident or family.

    Attributes:
        party: the party served.
        interventions: every intervention ``for`` the party, in model order.
        by_policy: policy → its interventions' ids (``None`` for no policy).
        providers: the parties carrying them out.
        cost: what the household carries a year: each intervention's cost
            divided by its ``reach`` (the households or people it serves).
        programme: the interventions with a cost but no reach: programme
            costs, shown apart and not added to ``cost``.
        programme_cost: their summed yearly cost.
    """

    party: str
    interventions: tuple[Intervention, ...]
    by_policy: dict[str | None, tuple[str, ...]]
    providers: tuple[str, ...]
    cost: float
    programme: tuple[str, ...] = ()
    programme_cost: float = 0.0

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """What lands on the household as plain values, with names beside the ids.

        ``by_policy`` becomes a list of ``{"policy", "interventions"}``
        (a policy may be ``None``, which JSON cannot hold as a key).
        """
        lang = verify_language(model.language.value if lang is None else lang)
        return {"party": self.party, "party_name": name_of(model, self.party, lang),
                "interventions": [{"intervention": i.id, "intervention_name": i.name,
                                   "policy": i.policy, "cost": i.cost}
                                  for i in self.interventions],
                "by_policy": [{"policy": k, "interventions": list(v)}
                              for k, v in self.by_policy.items()],
                "providers": list(self.providers),
                "provider_names": names_of(model, self.providers, lang), "cost": self.cost,
                "programme": list(self.programme),
                "programme_names": names_of(model, self.programme, lang),
                "programme_cost": self.programme_cost}


def share_of_cost(it: Intervention) -> float | None:
    """What one household or person carries of an intervention's yearly cost (cost / reach).

    ``None`` where the cost or the reach is not given (a programme cost).
    """
    if it.cost is None or it.reach is None:
        return None
    return it.cost / it.reach


def household(model: Model, party: str | Party) -> Household:
    """What lands on one household: the "policy reflex" made visible.

    >>> import resultaat
    >>> h = household(resultaat.example("debt-help"), "family")
    >>> len(h.interventions), len(h.by_policy), h.cost
    (7, 6, 15750.0)
    """
    pid = party_id(model, party)
    mine = tuple(i for i in model.interventions.values() if i.beneficiary == pid)
    by_policy: dict[str | None, list[str]] = {}
    for i in mine:
        by_policy.setdefault(i.policy, []).append(i.id)
    providers: list[str] = []
    for i in mine:
        for p in (i.by, *i.partners):
            if p not in providers:
                providers.append(p)
    shares = [share_of_cost(i) for i in mine]
    programme = [i for i in mine if i.cost is not None and i.reach is None]
    return Household(pid, mine, {k: tuple(v) for k, v in by_policy.items()}, tuple(providers),
                     math.fsum(x for x in shares if x is not None),
                     tuple(i.id for i in programme),
                     math.fsum(i.cost for i in programme if i.cost is not None))


def households(model: Model) -> list[str]:
    """The parties that at least one intervention is ``for``, in model order."""
    served = {i.beneficiary for i in model.interventions.values()}
    return [p for p in model.parties if p in served]


def _default(model: Model, party: str | Party | None) -> str:
    if party is not None:
        return party_id(model, party)
    pid = default_perspective(model)
    if pid is None:
        raise UnknownIdError(message(DEFAULT, "error.no_parties"))
    return pid
