"""Looking up messages: one module per language in this folder, one API for all.

A language is a module ``text/<code>.py`` holding ``MESSAGES`` (message id →
text, or a tuple of plural forms) and ``plural_form(n)`` (which form fits the
number ``n``). Message ids are literal strings at every call, so a search for
an id finds every place that writes it; placeholders are named
(``{party}``), as in :py:meth:`str.format`.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from resultaat.text._languages import DEFAULT as DEFAULT  # re-exported for the callers
from resultaat.text._languages import LANGUAGES as LANGUAGES
from resultaat.text._languages import verify_language


@functools.cache
def _module(lang: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.{lang}")


def catalogue(lang: str) -> dict[str, str | tuple[str, ...]]:
    """Every message of a language, by message id."""
    messages: dict[str, str | tuple[str, ...]] = _module(verify_language(lang)).MESSAGES
    return messages


def plural_rule(lang: str) -> Callable[[int], int]:
    """A language's rule: which of its plural forms fits a number."""
    rule: Callable[[int], int] = _module(verify_language(lang)).plural_form
    return rule


def template(lang: str, msgid: str) -> str:
    """The text of a message with its placeholders still open (for callers that escape)."""
    text = catalogue(lang)[msgid]
    if not isinstance(text, str):
        raise TypeError(f"{msgid!r} has plural forms; use plural_template")
    return text


def plural_template(lang: str, msgid: str, n: int) -> str:
    """The form of a plural message that fits ``n``, placeholders still open."""
    forms = catalogue(lang)[msgid]
    if isinstance(forms, str):
        raise TypeError(f"{msgid!r} has no plural forms; use template")
    return forms[min(plural_rule(lang)(n), len(forms) - 1)]


def message(lang: str, msgid: str, /, **values: Any) -> str:
    """A message in a language, with its placeholders filled in.

    >>> message("nl", "claims.via", paths="via “Buurtactiviteiten organiseren”")
    'De bijdrage loopt via “Buurtactiviteiten organiseren”.'
    """
    return template(lang, msgid).format(**values)


def plural(lang: str, msgid: str, n: int, /, **values: Any) -> str:
    """A message whose words follow a number (``ngettext``); ``{n}`` is that number.

    >>> plural("en", "cli.example_findings", 1, path="x.yaml")
    'The check finds 1 thing to look at: resultaat check x.yaml'
    """
    return plural_template(lang, msgid, n).format(n=n, **values)


def capitalised(sentence: str) -> str:
    """A sentence with a capital first letter, also where it starts with user text.

    The one place that does it: a message that starts with a name
    (``{party} mag …``) is a sentence only once its first letter is a
    capital ("de leverancier" → "De leverancier …"); the name is left as
    written everywhere else.

    >>> capitalised("de leverancier levert"), capitalised("“x” is"), capitalised("iPad")
    ('De leverancier levert', '“x” is', 'IPad')
    """
    return sentence[:1].upper() + sentence[1:]


def N_(msgid: str) -> str:  # noqa: N802 -- gettext's name for a marked, untranslated id
    """Mark a message id kept in a table, so that the catalogue test finds it."""
    return msgid


def join(lang: str, names: Sequence[str]) -> str:
    """``a, b and c`` / ``a, b en c``.

    >>> join("en", ["A", "B", "C"])
    'A, B and C'
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {message(lang, 'word.and')} {names[-1]}"


STATUS = {"met": N_("status.met"), "not_met": N_("status.not_met"),
          "unknown": N_("status.unknown")}
"""A condition's status (its value in a model file) → its message id."""

LEVEL = {"micro": N_("level.micro"), "meso": N_("level.meso"), "macro": N_("level.macro")}
"""A result's level → the level's name."""

SCOPE = {"meso": N_("claims.scope_meso"), "macro": N_("claims.scope_macro")}
"""A collective result's level → whose result it is."""

SIGNAL = {"better": N_("signal.better"), "worse": N_("signal.worse"),
          "on_track": N_("signal.on_track"), "no_target": N_("signal.no_target")}
"""A measurement's signal → its words."""

TREND = {"improving": N_("report.improving"), "worsening": N_("report.worsening"),
         "stable": N_("report.stable")}
"""A measurement's trend → its words."""

SEVERITY = {"error": N_("check.errors"), "warning": N_("check.warnings"),
            "info": N_("check.notes")}
"""A finding's severity → the heading its findings are listed under."""

PARTY_KIND = {"citizen": N_("kind.citizen"), "network": N_("kind.network"),
              "municipality": N_("kind.municipality"), "provider": N_("kind.provider"),
              "professional": N_("kind.professional"), "school": N_("kind.school"),
              "employer": N_("kind.employer"), "insurer": N_("kind.insurer"),
              "community": N_("kind.community"), "cooperation": N_("kind.cooperation"),
              "other": N_("kind.other")}
"""A party's kind → its name."""

CONDITION_KIND = {"method": N_("condition.method"), "staff": N_("condition.staff"),
                  "quality": N_("condition.quality"), "monitoring": N_("condition.monitoring"),
                  "mandate": N_("condition.mandate"), "other": N_("condition.other")}
"""A condition's kind → its name."""

RECOGNITION: dict[str | None, str] = {
               None: N_("recognition.none"),
               "well_described": N_("recognition.well_described"),
               "well_founded": N_("recognition.well_founded"),
               "effective_first": N_("recognition.effective_first"),
               "effective_good": N_("recognition.effective_good"),
               "effective_strong": N_("recognition.effective_strong")}
"""A method's recognition (the databanks' ladder; ``None``: not given) → its words."""

ROLE = {"necessary": N_("role.necessary"), "supporting": N_("role.supporting")}
"""A contribution's role → its words."""

DIRECTION = {"higher": N_("direction.higher"), "lower": N_("direction.lower")}
"""Which way an indicator is better → its word."""

CHECK_CODE = {"overclaim": N_("code.overclaim"),
              "immodest": N_("code.immodest"),
              "conditions-not-met": N_("code.conditions_not_met"),
              "uncontrollable-indicator": N_("code.uncontrollable_indicator"),
              "no-indicator": N_("code.no_indicator"),
              "no-side-effects": N_("code.no_side_effects"),
              "no-contributors": N_("code.no_contributors"),
              "ownership-doubt": N_("code.ownership_doubt"),
              "owner-not-contributing": N_("code.owner_not_contributing"),
              "weak-method": N_("code.weak_method"),
              "idle-party": N_("code.idle_party"),
              "personal-name": N_("code.personal_name"),
              "bsn-in-text": N_("code.bsn_in_text"),
              "contact-in-text": N_("code.contact_in_text"),
              "weak-link": N_("code.weak_link"),
              "rival-unexamined": N_("code.rival_unexamined"),
              "assumption-missing": N_("code.assumption_missing"),
              "signal-unanswered": N_("code.signal_unanswered"),
              "indicator-without-purpose": N_("code.indicator_without_purpose")}
"""A check code (a stable id, as in ``--json``) → the label a reader sees."""
