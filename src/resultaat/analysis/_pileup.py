"""The pile-up scan: what all the help does to one household, asked as questions.

Every new problem gets a new policy, and the policies pile up on the same
households ("beleidsreflex"). The scan takes stock of what lands on one
household (see :func:`resultaat.household`) and asks what a team would
discuss before adding more, or to cut:

* **conflicts**: an intervention that works against a result (a
  contribution with ``effect: negative``, from the intervention or from a
  result it leads to) that another intervention for the household serves,
  or that is the household's own;
* **coordination**: :data:`SEVERAL` or more organisations help the
  household and its party names no ``coordinator``;
* **candidates to stop**: interventions for the household that feed none
  of its own intended results (through positive contributions);
* **measurement burden**: the indicators measured about the household (of
  its own results, or measured per case), each with the ``purpose`` a
  resident could be told, or the question why it is measured.

The scan states no verdict: each finding is a question, in the model's
language.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from resultaat._errors import SettingError
from resultaat.analysis._index import index, party_id
from resultaat.analysis._perspective import PERSONS, perspective
from resultaat.analysis._views import Household, household, households
from resultaat.model._model import Effect, Model, Party, derived
from resultaat.text._catalogue import capitalised, join, message, plural
from resultaat.text._languages import error_language, verify_language

SEVERAL = 3
"""From this many organisations helping one household on, the scan asks who coordinates."""


class Ask(enum.StrEnum):
    """What a question of the scan is about."""

    CONFLICT = "conflict"
    COORDINATION = "coordination"
    STOP = "stop"
    PURPOSE = "purpose"


@attrs.frozen
class Conflict:
    """One intervention working against a result that other help serves.

    Attributes:
        against: the intervention that works against the result.
        result: the result worked against.
        serves: the household's other interventions that feed the result
            (empty when the result is the household's own and nothing else
            serves it).
    """

    against: str
    result: str
    serves: tuple[str, ...]


@attrs.frozen
class MeasuredAbout:
    """One indicator measured about the household, and why (``None``: nobody said)."""

    result: str
    indicator: str
    purpose: str | None


@attrs.frozen
class Question:
    """One finding of the scan, worded as a question for the team."""

    ask: Ask
    subject: str
    text: str


@attrs.frozen
class Pileup:
    """What lands on one household, and the questions it raises.

    Attributes:
        party: the household's party.
        household: the household view (interventions, policies, cost).
        organisations: the organisations carrying out its help (``by`` and
            ``with``; not residents or their network), in model order.
        coordinator: the party named to coordinate, if any.
        conflicts: see :class:`Conflict`.
        unrelated: the interventions that feed none of its own results.
        measured: the indicators measured about it.
        questions: every finding as a question, in the order above.
    """

    party: str
    household: Household
    organisations: tuple[str, ...]
    coordinator: str | None
    conflicts: tuple[Conflict, ...]
    unrelated: tuple[str, ...]
    measured: tuple[MeasuredAbout, ...]
    questions: tuple[Question, ...]


def pileup(model: Model, party: str | Party, *, lang: str | None = None) -> Pileup:
    """Scan what lands on one household: conflicts, coordination, what to stop, why measured.

    >>> import resultaat
    >>> scan = pileup(resultaat.example("debt-help"), "family")
    >>> [q.ask.value for q in scan.questions]
    ['conflict', 'coordination', 'stop', 'purpose']

    Raises:
        UnknownIdError: no such party.
        SettingError: nothing lands on the party: no intervention is ``for``
            it and nothing is measured about it (an organisation, say), so
            a scan that found nothing would be misread as a clean one.
    """
    lang = verify_language(model.language if lang is None else lang)
    pid = party_id(model, party)
    h = household(model, pid)
    mine = [i.id for i in h.interventions]
    own = [rid for rid in perspective(model, pid).owned() if model.results[rid].intended]
    idx = index(model)
    feeds = {iid: set(idx.results_downstream(iid)) for iid in mine}
    organisations = tuple(p for p in h.providers if p != pid
                          and model.parties[p].kind not in PERSONS)
    conflicts = tuple(_conflicts(model, mine, feeds, own))
    unrelated = tuple(i for i in mine if not feeds[i].intersection(own))
    measured = tuple(_measured(model, pid, mine))
    if not mine and not measured:
        raise _nothing_lands(model, pid)
    scan = Pileup(pid, h, organisations, model.parties[pid].coordinator, conflicts, unrelated,
                  measured, ())
    return attrs.evolve(scan, questions=tuple(_questions(model, scan, lang)))


def _nothing_lands(model: Model, pid: str) -> SettingError:
    """The error for a scan of a party on which nothing lands: no household of this model."""
    names = households(model)
    return SettingError(message(error_language(), "error.pileup_nothing", party=repr(pid),
                                households=", ".join(names) if names else
                                message(error_language(), "error.none")))


def _against(model: Model) -> dict[str, list[str]]:
    """Source → the results it works against (``effect: negative``), kept with the model."""
    found: dict[str, list[str]] = {}
    for c in model.contributions:
        if c.effect is Effect.NEGATIVE:
            found.setdefault(c.source, []).append(c.target)
    return found


def _conflicts(model: Model, mine: list[str], feeds: dict[str, set[str]],
               own: list[str]) -> Iterable[Conflict]:
    against = derived(model, "pileup.against", _against)
    found: dict[tuple[str, str], None] = {}
    for iid in mine:
        if not against:
            break
        for source in (iid, *feeds[iid]):
            for rid in against.get(source, ()):
                found.setdefault((iid, rid))
    for iid, rid in found:
        serves = tuple(j for j in mine if j != iid and rid in feeds[j])
        if serves or rid in own:
            yield Conflict(iid, rid, serves)


def _per_case(model: Model) -> dict[str, set[tuple[str, str]]]:
    """Intervention → the (result, indicator) measured per case of it, kept with the model."""
    found: dict[str, set[tuple[str, str]]] = {}
    for m in model.measurements:
        if m.case is not None and m.intervention is not None:
            found.setdefault(m.intervention, set()).add((m.result, m.indicator))
    return found


def _measured(model: Model, pid: str, mine: list[str]) -> Iterable[MeasuredAbout]:
    """The indicators of the household's own results, and those measured for its cases."""
    per_case = derived(model, "pileup.per_case", _per_case)
    about = {(rid, ind.name) for rid in perspective(model, pid).owned()
             for ind in model.results[rid].indicators}
    for iid in mine:
        about.update(per_case.get(iid, ()))
    for rid in index(model).in_model_order({rid for rid, _ in about}):
        for ind in model.results[rid].indicators:
            if (rid, ind.name) in about:
                yield MeasuredAbout(rid, ind.name, ind.purpose)


def _questions(model: Model, scan: Pileup, lang: str) -> Iterable[Question]:
    name = model.label(scan.party)
    its = model.interventions
    for c in scan.conflicts:
        result = model.results[c.result].statement
        if c.serves:
            yield Question(Ask.CONFLICT, f"{c.against}→{c.result}", message(
                lang, "pileup.conflict", against=its[c.against].name, result=result,
                serves=join(lang, [f"“{its[j].name}”" for j in c.serves]), party=name))
        else:
            yield Question(Ask.CONFLICT, f"{c.against}→{c.result}", message(
                lang, "pileup.conflict_own", against=its[c.against].name, result=result,
                party=name))
    if len(scan.organisations) >= SEVERAL and scan.coordinator is None:
        yield Question(Ask.COORDINATION, scan.party, capitalised(plural(
            lang, "pileup.coordination", len(scan.organisations), party=name,
            names=join(lang, [model.label(p) for p in scan.organisations]))))
    for iid in scan.unrelated:
        it = its[iid]
        yield Question(Ask.STOP, iid, message(lang, "pileup.stop", name=it.name, party=name)
                       if it.policy is None else message(
                           lang, "pileup.stop_policy", name=it.name, policy=it.policy,
                           party=name))
    for m in scan.measured:
        if m.purpose is None:
            yield Question(Ask.PURPOSE, f"{m.result}.{m.indicator}", message(
                lang, "pileup.purpose", indicator=m.indicator, party=name))
