"""A builder that reads naturally in a policy script or notebook."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from resultaat._errors import ModelError, Problem, did_you_mean, shown
from resultaat.model._model import (
    _WHAT,
    COLLECTIVE,
    SECTIONS,
    Adjustment,
    Changed,
    Commitment,
    Condition,
    Contribution,
    Factor,
    Indicator,
    Intervention,
    Measurement,
    Model,
    Party,
    Result,
    SignalSeen,
    Spent,
    StatedClaim,
)
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language as _lang


class ModelBuilder:
    """Build a model step by step; each step is checked at once.

    A step that refers to an id that does not exist yet, or repeats an id,
    raises :class:`ModelError` at that line.

    >>> b = ModelBuilder("Wheelchair", language="en")
    >>> b.party("resident", "Mrs Jansen", "citizen")
    >>> b.party("municipality", "Municipality of Nijkerk", "municipality")
    >>> b.intervention("wheelchair", "Provide a wheelchair", by="municipality",
    ...                for_="resident", policy="Wmo")
    >>> b.result("mobility", "Mobility facilitated", "micro", owner="municipality")
    >>> b.contribute("wheelchair", "mobility", role="necessary")
    >>> b.contribute("wheelchair", "nowhere")
    Traceback (most recent call last):
    ...
    resultaat._errors.ModelError: the model has 1 problem:
      - contribute(to='nowhere'): unknown result 'nowhere'; add it with .result() first
    >>> b.build()
    <Model 'Wheelchair': 2 parties, 1 interventions, 1 results, 0 factors, 1 contributions>
    """

    def __init__(
        self, name: str = "Model", *, language: str = "en", perspective: str | None = None,
        description: str | None = None, audience: str = "internal",
    ) -> None:
        self._header: dict[str, Any] = {"name": name, "language": language,
                                        "perspective": perspective, "description": description,
                                        "audience": audience}
        self._parts: dict[str, list[Any]] = {section: [] for section in SECTIONS}
        self._ids: dict[str, str] = {}

    def party(self, id: str, name: str, kind: str, *,
              members: Iterable[str] = (), publishable: bool = False,
              coordinator: str | None = None, commitments: Iterable[Commitment] = ()) -> None:
        """Add a party; a ``cooperation`` lists its ``members`` (already added).

        ``publishable`` lets a public report show a citizen or network party's name;
        ``coordinator`` names who coordinates a household's help (checked when built);
        ``commitments`` say what a cooperation's members put in and expect.
        """
        members = tuple(members)
        for m in members:
            self._need(m, ("party",), f"party(members={shown(m)})")
        self._add("party", "parties", _make(Party, "party", id=id, name=name, kind=kind,
                                            members=members, publishable=publishable,
                                            coordinator=coordinator,
                                            commitments=tuple(commitments)))

    def intervention(
        self, id: str, name: str, *, by: str, with_: Iterable[str] = (),
        for_: str | None = None, policy: str | None = None, cost: float | None = None,
        conditions: Iterable[Condition] = (), commissioned_by: str | None = None,
        reach: float | None = None, spent: Iterable[Spent] = (),
    ) -> None:
        """Add an intervention carried out ``by`` a party, ``with_`` partners, ``for_`` someone,
        perhaps ``commissioned_by`` another, serving ``reach`` households or people a year;
        ``spent`` is what it really cost, per period."""
        partners = tuple(with_)
        self._need(by, ("party",), f"intervention(by={shown(by)})")
        for w in partners:
            self._need(w, ("party",), f"intervention(with_={shown(w)})")
        for key, value in (("for_", for_), ("commissioned_by", commissioned_by)):
            if value is not None:
                self._need(value, ("party",), f"intervention({key}={shown(value)})")
        self._add("intervention", "interventions", _make(
            Intervention, "intervention", id=id, name=name, by=by, partners=partners,
            beneficiary=for_, policy=policy, cost=cost, conditions=tuple(conditions),
            commissioned_by=commissioned_by, reach=reach, spent=tuple(spent)))

    def result(self, id: str, statement: str, level: str, *, owner: str,
               intended: bool = True, effect: str = "positive",
               indicators: Iterable[Indicator] = (), **sroi: Any) -> None:
        """Add a result at a level, with its owner (a party id or ``"collective"``)."""
        if owner != COLLECTIVE:
            self._need(owner, ("party",), f"result(owner={shown(owner)})")
        elif level == "micro":
            raise ModelError([Problem("result(owner='collective')", message(
                _lang(), "error.micro_collective", collective=repr(COLLECTIVE)))])
        self._add("result", "results", _make(
            Result, "result", id=id, statement=statement, level=level, owner=owner,
            intended=intended, effect=effect, indicators=tuple(indicators), **sroi))

    def side_effect(self, id: str, statement: str, level: str, *, owner: str,
                    effect: str = "negative", **kwargs: Any) -> None:
        """Add an unintended result (``intended=False``), negative unless said otherwise."""
        self.result(id, statement, level, owner=owner, intended=False, effect=effect, **kwargs)

    def factor(self, id: str, name: str, description: str | None = None) -> None:
        """Add an external factor that no party in the model controls."""
        self._add("factor", "factors", _make(Factor, "factor", id=id, name=name,
                                             description=description))

    def contribute(self, source: str, target: str, *, role: str = "supporting",
                   weight: float | tuple[float, float] | list[float] | None = None,
                   evidence: str | None = None, strength: str = "untested",
                   assumptions: Iterable[str] = (), effect: str = "positive") -> None:
        """Add an arrow from an intervention, party, factor or result to a result.

        ``weight`` is a number or a range ``(low, high)``; ``strength`` grades the
        ``evidence``; ``assumptions`` say what must hold for the arrow to work;
        ``effect="negative"`` marks a source that works against the result.
        """
        self._need(source, ("intervention", "party", "factor", "result"),
                   f"contribute(from={shown(source)})", what="contributor")
        self._need(target, ("result",), f"contribute(to={shown(target)})")
        self._parts["contributions"].append(_make(
            Contribution, "contribute", source=source, target=target, role=role,
            weight=weight, evidence=evidence, strength=strength, assumptions=tuple(assumptions),
            effect=effect))

    def claim(self, party: str, result: str, as_: str = "owns", *,
              source: str | None = None, acknowledges: Iterable[str] = ()) -> None:
        """Record what a party says it achieved (``as_`` is ``owns`` or ``contributes``).

        ``source`` names the document; ``acknowledges`` the other parties and
        factors it credits.
        """
        self._need(party, ("party",), f"claim(party={shown(party)})")
        self._need(result, ("result",), f"claim(result={shown(result)})")
        acknowledges = tuple(acknowledges)
        for a in acknowledges:
            self._need(a, ("party", "factor"), f"claim(acknowledges={shown(a)})",
                       what="party or factor")
        self._parts["claims"].append(_make(StatedClaim, "claim", party=party, result=result,
                                           claimed_as=as_, source=source,
                                           acknowledges=acknowledges))

    def measure(self, result: str, indicator: str, period: str, value: float,
                **where: Any) -> None:
        """Record a realised value (``case``, ``area``, ``intervention`` optional)."""
        self._need(result, ("result",), f"measure(result={shown(result)})")
        self._parts["measurements"].append(_make(
            Measurement, "measure", result=result, indicator=indicator, period=period,
            value=value, **where))

    def adjust(self, date: str, result: str, indicator: str, period: str, decision: str, *,
               decided_by: str, changes: Iterable[Changed] = ()) -> None:
        """Log an adjustment: what ``decided_by`` decided on ``date`` about a signal."""
        self._need(result, ("result",), f"adjust(result={shown(result)})")
        self._need(decided_by, ("party",), f"adjust(decided_by={shown(decided_by)})")
        signal = _make(SignalSeen, "adjust", result=result, indicator=indicator, period=period)
        self._parts["adjustments"].append(_make(
            Adjustment, "adjust", when=date, signal=signal, decision=decision,
            decided_by=decided_by, changes=tuple(changes)))

    def build(self) -> Model:
        """The finished, fully validated model."""
        return Model(**self._header, **self._parts)  # type: ignore[arg-type]

    def _add(self, what: str, section: str, record: Any) -> None:
        if record.id in self._ids:
            raise ModelError([Problem(f"{what}({shown(record.id)})", message(
                _lang(), "error.builder_duplicate_id", id=shown(record.id),
                found=message(_lang(), _A[self._ids[record.id]])))])
        self._ids[record.id] = what
        self._parts[section].append(record)

    def _need(self, ref: str, kinds: tuple[str, ...], where: str,
              what: str | None = None) -> None:
        found = self._ids.get(ref)
        if found in kinds:
            return
        what = what or kinds[0]
        if found is None:
            names = [k for k, s in self._ids.items() if s in kinds]
            hint = did_you_mean(ref, names)
            raise ModelError([Problem(where, message(
                _lang(), "error.builder_unknown_ref", what=message(_lang(), _WHAT[what]),
                got=shown(ref), hint=hint, method=kinds[0]))])
        raise ModelError([Problem(where, message(_lang(), "error.wrong_kind", got=shown(ref),
                                                 found=message(_lang(), _A[found]),
                                                 what=message(_lang(), _WHAT[what])))])


_A = {"party": N_("error.a_party"), "intervention": N_("error.an_intervention"),
      "result": N_("error.a_result"), "factor": N_("error.a_factor")}


def _make(record_type: type, where: str, **kwargs: Any) -> Any:
    try:
        return record_type(**kwargs)
    except ModelError as e:
        raise ModelError([Problem(f"{where}({p.where})", p.message) for p in e.problems]) from None
