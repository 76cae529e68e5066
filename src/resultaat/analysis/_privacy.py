"""Privacy: what a public reader may see of the people in a model and its case data.

Every privacy decision is made here, once, and read by the report, the
diagram and the check:

* :func:`public_name`: the name a reader sees for a party (a resident or
  their network appears by role in a public report);
* :func:`publishable`: the model as a public report and diagram show it;
* :data:`MIN_GROUP`, :func:`small_rollups` and :func:`small_progress`: groups of cases too small to
  show, in every table derived from case data;
* what looks like personal data in free text (:func:`holds_bsn`,
  :func:`holds_contact`, :func:`looks_like_person`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from resultaat._errors import SettingError
from resultaat.analysis._index import party_id
from resultaat.analysis._steering import MIN_GROUP, verify_min_group
from resultaat.model._model import (
    Adjustment,
    Audience,
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
    PartyKind,
    Result,
    StatedClaim,
    TargetRevision,
)
from resultaat.model._values import is_bsn
from resultaat.text._catalogue import DEFAULT, N_, message
from resultaat.text._languages import verify_language

if TYPE_CHECKING:
    from resultaat.analysis._steering import Progress

"""The smallest group of cases a table derived from case data shows (the roll-up's rule too)."""

AUDIENCES = tuple(a.value for a in Audience)

PERSONAL_KINDS = (PartyKind.CITIZEN, PartyKind.NETWORK)
"""Parties that are people: a public report names them by role unless marked publishable."""

TEXT_FIELDS: Mapping[type, tuple[str, ...]] = {
    Party: ("name",),
    Intervention: ("name", "policy"),
    Condition: ("name", "evidence"),
    TargetRevision: ("why",),
    Result: ("statement",),
    Factor: ("name", "description"),
    Contribution: ("evidence",),
    StatedClaim: ("source",),
    Indicator: ("purpose",),
    Commitment: ("puts_in", "expects"),
    Adjustment: ("decision",),
    Changed: ("condition",),
}
"""The free-text fields of each record: where a writer may put personal data by mistake.

(A change's ``condition`` names a condition, and is rewritten as the condition's name is.)
"""


def verify_audience(audience: str) -> str:
    """``audience`` if it is ``"internal"`` or ``"public"``.

    Raises:
        SettingError: any other value, naming the valid ones.
    """
    if audience not in AUDIENCES:
        raise SettingError(message(DEFAULT, "error.unknown_audience", got=repr(audience),
                                   audiences=", ".join(AUDIENCES)))
    return audience


def is_personal(party: Party) -> bool:
    """Whether a party is people (a resident, a household, their network) not marked publishable."""
    return party.kind in PERSONAL_KINDS and not party.publishable


# --- names ------------------------------------------------------------------------------

_HOUSEHOLD = r"\b(?:famil(?:y|ie)|household|huishouden|gezin)\b"
_ROLES = {  # group → (the name when it is the only one, the lettered name)
    "household": (None, N_("privacy.household_n")),
    "resident": (N_("privacy.the_resident"), N_("privacy.resident_n")),
    "network": (N_("privacy.the_network"), N_("privacy.network_n")),
}


def _letter(i: int) -> str:
    """A, B, …, Z, AA, AB, …"""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def roles(model: Model, *, lang: str | None = None) -> dict[str, str]:
    """Party id → the role a public reader sees, for every personal party, in model order.

    A household (a citizen party whose name or id says family, household or
    gezin) is "household A", "household B"; another citizen party is "the
    resident", or "resident A", "resident B" when there are more; a network
    party likewise "the network" or "network A".

    >>> import resultaat
    >>> roles(resultaat.example("debt-help"))
    {'family': 'household A', 'relatives': 'the network'}
    """
    lang = verify_language(model.language if lang is None else lang)
    groups: dict[str, list[str]] = {g: [] for g in _ROLES}
    for p in model.parties.values():
        if is_personal(p):
            group = ("network" if p.kind is PartyKind.NETWORK else
                     "household" if _compiled(_HOUSEHOLD, re.IGNORECASE).search(f"{p.id} {p.name}")
                     else "resident")
            groups[group].append(p.id)
    out: dict[str, str] = {}
    for group, ids in groups.items():
        only, lettered = _ROLES[group]
        for i, pid in enumerate(ids):
            out[pid] = (message(lang, only) if only and len(ids) == 1 else
                        message(lang, lettered, letter=_letter(i)))
    return {pid: out[pid] for pid in model.parties if pid in out}


def public_name(model: Model, party: str | Party, audience: str = "public", *,
                lang: str | None = None) -> str:
    """The name a reader of ``audience`` sees for a party.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> public_name(m, "resident"), public_name(m, "resident", "internal")
    ('the resident', 'Mrs Jansen')
    >>> public_name(m, "resident", lang="nl")
    'de inwoner'
    """
    pid = party_id(model, party)
    if verify_audience(audience) == "internal" or not is_personal(model.parties[pid]):
        return model.parties[pid].name
    return roles(model, lang=lang)[pid]


def publishable(model: Model, *, lang: str | None = None, min_group: int = MIN_GROUP) -> Model:
    """The model as a public report and diagram show it.

    Personal parties are named by their role (:func:`roles`); their names,
    and the surnames in them, are replaced by that role in every free text
    (:data:`TEXT_FIELDS`, the model's name and description), and what looks
    like a citizen service number, an e-mail address or a phone number is
    removed (:func:`redact`). Of the model's own measurements, the rows of a
    case whose indicator and period were measured for fewer than
    ``min_group`` cases are left out (so that no claim's reasons show such a
    mean), and case ids become ``case1``, ``case2``, … in order of appearance.

    >>> import resultaat
    >>> publishable(resultaat.example("debt-help")).name
    'Debt help for household A'
    """
    lang = verify_language(model.language if lang is None else lang)
    names = roles(model, lang=lang)
    scrub = _scrubber({model.parties[pid].name: role for pid, role in names.items()})
    removed = message(lang, "privacy.removed")

    def fix(text: str) -> str:
        return redact(scrub(text), removed)

    parties = [attrs.evolve(_rewrite(p, fix), name=names[p.id]) if p.id in names
               else _rewrite(p, fix) for p in model.parties.values()]
    measurements = _pseudonymous(model.measurements, verify_min_group(min_group))
    return model.evolve(
        name=fix(model.name),
        description=None if model.description is None else fix(model.description),
        parties=parties,
        **{section: [_rewrite(x, fix) for x in _items(getattr(model, section))]
           for section in ("interventions", "results", "factors", "contributions", "claims",
                           "adjustments")},
        measurements=measurements)


def _pseudonymous(rows: Sequence[Measurement], min_group: int) -> list[Measurement]:
    """The rows without small groups of cases, each case id replaced by ``case1``, ``case2``, …"""
    group: dict[tuple[str, str, Any], set[str]] = {}
    for m in rows:
        if m.case is not None:
            group.setdefault((m.result, m.indicator, m.period), set()).add(m.case)
    cases: dict[str, str] = {}
    out = []
    for m in rows:
        if m.case is None:
            out.append(m)
        elif len(group[(m.result, m.indicator, m.period)]) >= min_group:
            out.append(attrs.evolve(m, case=cases.setdefault(m.case, f"case{len(cases) + 1}")))
    return out


def _items(part: Any) -> Iterable[Any]:
    return part.values() if isinstance(part, Mapping) else part


R = TypeVar("R")


def _rewrite(record: R, fix: Callable[[str], str]) -> R:
    """A record with ``fix`` applied to each of its free texts, nested records too."""
    changes: dict[str, Any] = {}
    for f in attrs.fields(type(record)):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name in TEXT_FIELDS.get(type(record), ()) and value is not None:
            changes[f.name] = fix(value)
        elif f.metadata.get("one"):
            changes[f.name] = _rewrite(value, fix)
        elif f.metadata.get("nested") is not None:
            changes[f.name] = tuple(_rewrite(x, fix) for x in value)
    return attrs.evolve(record, **changes)  # type: ignore[misc]


def _scrubber(names: Mapping[str, str]) -> Callable[[str], str]:
    """Replaces each name (and the surname in it) by its role, whole words, any case."""
    words: dict[str, str] = {}
    for name, role in names.items():
        words.setdefault(name.casefold(), role)
        for surname in surnames(name):
            words.setdefault(surname.casefold(), role)
    if not words:
        return lambda text: text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)

    def fix(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            role = words[m.group(0).casefold()]
            start = m.start() == 0 or text[:m.start()].rstrip().endswith((".", "!", "?"))
            return role[:1].upper() + role[1:] if start else role

        return pattern.sub(one, text)

    return fix


# --- what looks like personal data ---------------------------------------------------------

_TITLE = (r"mrs|mr|ms|miss|mx|dr|mevrouw|mevr|meneer|mijnheer|dhr|de\s+heer|"
          r"familie|family|fam|gezin")
_TITLED = r"^(?:(?:the|de|het)\s+)?(?:" + _TITLE + r")\.?\s+(?P<name>\S.*?)\s*$"
_NAME = r"[A-Z][\w'’-]*"
_FAMILY = (r"^(?:the\s+)?(?P<name>" + _NAME + r"(?:\s+" + _NAME + r")?)\s+"
           r"(?:family|household)$")
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|op|in|'t|el|al|da|di|du|le|la)"
_TWO_CAPS = r"^" + _NAME + r"(?:\s+" + _PARTICLE + r")*\s+(?P<name>" + _NAME + r")$"
_PERSON = ((_TITLED, re.IGNORECASE), (_FAMILY, re.IGNORECASE), (_TWO_CAPS, 0))
"""The forms of a personal name (only a public model needs them)."""


@functools.cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """A pattern compiled when first used (and kept: ``re``'s own cache may drop it)."""
    return re.compile(pattern, flags)


def looks_like_person(name: str) -> bool:
    """Whether a name looks like a real person's or a household's.

    A title (Mrs, Mr, mevrouw, meneer, de heer, familie, family …), "the X
    family", or two capitalised words (with name particles such as "van
    der" between them).

    >>> [looks_like_person(x) for x in ("Mrs Jansen", "The Yilmaz family", "Jan de Vries",
    ...                                 "familie Bakker", "Her neighbours", "Job seekers")]
    [True, True, True, True, False, False]
    """
    return bool(surnames(name))


def surnames(name: str) -> list[str]:
    """The surname a personal name holds (``[]`` if it does not look like one).

    >>> surnames("Mrs Jansen"), surnames("The Yilmaz family"), surnames("Relatives")
    (['Jansen'], ['Yilmaz'], [])
    """
    text = " ".join(name.split())
    for pattern, flags in _PERSON:
        m = _compiled(pattern, flags).match(text)
        if m and m.group("name")[:1].isupper():
            return [m.group("name").split()[-1]]
    return []


def mentions(text: str, name: str) -> bool:
    """Whether a text holds a personal name, or the surname in it, as a whole word, any case.

    >>> mentions("Mrs Jansen's mobility", "Mrs Jansen"), mentions("Debt help: Jansen", "Mrs Jansen")
    (True, True)
    >>> mentions("Janssen moves", "Mrs Jansen")
    False
    """
    words = [name, *surnames(name)]
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.IGNORECASE)
               for w in words)


_NINE_DIGITS = re.compile(r"(?<![\d.,-])(?:\d{3}[ .-]?\d{3}[ .-]?\d{3}|\d{4}\.\d{2}\.\d{3})"
                          r"(?![\d]|[.,]\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|0)[1-9](?:[ -]?\d){8}(?!\d)")


def holds_bsn(text: str) -> bool:
    """Whether a text holds nine digits (grouped or not) that pass the BSN eleven-test.

    >>> holds_bsn("client 111222333"), holds_bsn("111.222.333"), holds_bsn("123456789")
    (True, True, False)
    """
    return any(is_bsn(re.sub(r"\D", "", m)) for m in _NINE_DIGITS.findall(text))


def holds_contact(text: str) -> str | None:
    """``"email"`` or ``"phone"`` when a text holds an e-mail address or a Dutch phone number.

    >>> holds_contact("mail j.jansen@example.nl"), holds_contact("bel 06-12345678")
    ('email', 'phone')
    >>> holds_contact("+31 20 123 4567"), holds_contact("costs 1500 a year") is None
    ('phone', True)
    """
    if _EMAIL.search(text):
        return "email"
    if _PHONE.search(text):
        return "phone"
    return None


def redact(text: str, removed: str = "[removed]") -> str:
    """A text with what looks like a BSN, an e-mail address or a phone number replaced.

    >>> redact("BSN 111222333, mail a@b.nl, bel 06-12345678, not 123456789")
    'BSN [removed], mail [removed], bel [removed], not 123456789'
    """
    text = _NINE_DIGITS.sub(lambda m: removed if is_bsn(re.sub(r"\D", "", m.group(0)))
                            else m.group(0), text)
    return _PHONE.sub(removed, _EMAIL.sub(removed, text))


def free_texts(model: Model) -> Iterator[tuple[str, str]]:
    """(where, text) for every free text of a model: its name, description and records."""
    yield "name", model.name
    if model.description is not None:
        yield "description", model.description
    for section in ("parties", "interventions", "results", "factors", "contributions",
                    "claims", "adjustments"):
        for i, record in enumerate(_items(getattr(model, section))):
            yield from _texts(record, f"{section}[{i}]")


def _texts(record: Any, where: str) -> Iterator[tuple[str, str]]:
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        if f.name in TEXT_FIELDS.get(type(record), ()) and value is not None:
            yield f"{where}.{f.metadata['key']}", value
        elif f.metadata.get("one"):
            yield from _texts(value, f"{where}.{f.metadata['key']}")
        elif f.metadata.get("nested") is not None:
            for j, x in enumerate(value):
                yield from _texts(x, f"{where}.{f.metadata['key']}[{j}]")


# --- small groups --------------------------------------------------------------------------


def small_progress(items: Sequence[Progress], rows: Iterable[Measurement],
                   min_group: int = MIN_GROUP) -> tuple[list[Progress], int]:
    """Progress without the periods whose mean is over fewer than ``min_group`` cases.

    Only periods measured per case are judged: a value that is already an
    aggregate (a row without ``case``) is no group of people.
    """
    cased = {(m.result, m.indicator, m.period) for m in rows if m.case is not None}
    kept = [p for p in items
            if (p.result, p.indicator, p.period) not in cased or p.count >= min_group]
    return kept, len(items) - len(kept)
