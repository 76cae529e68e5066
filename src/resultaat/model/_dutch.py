"""Dutch words a model file may hold where it expects an English value, and the right word.

A model file has one set of keys and values, in English, so that every file
reads the same to every tool. A Dutch writer who types ``level: buurt`` or
``owner: gezamenlijk`` is refused, and told the word to write instead. One
table per enum (by its class name), plus ``owner`` for the reserved owner
``collective``; keys are lower case, as :func:`english_for` compares them.
"""

from __future__ import annotations

DUTCH: dict[str, dict[str, str]] = {
    "Level": {
        "individu": "micro", "inwoner": "micro", "persoon": "micro", "huishouden": "micro",
        "gezin": "micro", "cliënt": "micro", "buurt": "meso", "wijk": "meso",
        "straat": "meso", "instelling": "meso", "school": "meso", "organisatie": "meso",
        "samenleving": "macro", "maatschappij": "macro", "stad": "macro", "gemeente": "macro",
        "regio": "macro",
    },
    "PartyKind": {
        "inwoner": "citizen", "burger": "citizen", "bewoner": "citizen", "cliënt": "citizen",
        "client": "citizen", "netwerk": "network", "sociaal netwerk": "network",
        "gemeente": "municipality", "aanbieder": "provider", "zorgaanbieder": "provider",
        "professional": "professional", "werkgever": "employer", "verzekeraar": "insurer",
        "zorgverzekeraar": "insurer", "gemeenschap": "community",
        "samenwerkingsverband": "cooperation", "samenwerking": "cooperation",
        "gemeenschappelijke regeling": "cooperation", "overig": "other", "anders": "other",
    },
    "ConditionKind": {
        "methode": "method", "werkwijze": "method", "personeel": "staff",
        "medewerkers": "staff", "vakmanschap": "staff", "kwaliteit": "quality",
        "kwaliteitsbewaking": "quality", "voortgangsbewaking": "monitoring",
        "mandaat": "mandate", "overig": "other", "anders": "other",
    },
    "Status": {
        "op orde": "met", "in orde": "met", "voldaan": "met", "ja": "met",
        "niet op orde": "not_met", "niet in orde": "not_met", "niet voldaan": "not_met",
        "nee": "not_met", "onbekend": "unknown", "weet niet": "unknown",
    },
    "Recognition": {
        "goed beschreven": "well_described", "goed onderbouwd": "well_founded",
        "effectief volgens eerste aanwijzingen": "effective_first",
        "effectief volgens goede aanwijzingen": "effective_good",
        "effectief volgens sterke aanwijzingen": "effective_strong",
    },
    "Effect": {"positief": "positive", "negatief": "negative"},
    "Direction": {"hoger": "higher", "hoog": "higher", "lager": "lower", "laag": "lower"},
    "Role": {"noodzakelijk": "necessary", "nodig": "necessary", "ondersteunend": "supporting"},
    "ClaimAs": {"eigenaar": "owns", "eigen": "owns", "bijdrage": "contributes",
                "draagt bij": "contributes"},
    "owner": {"gezamenlijk": "collective", "collectief": "collective", "samen": "collective",
              "iedereen": "collective"},
}
"""What → Dutch word (lower case) → the word a model file writes."""


def english_for(what: str, word: str) -> str | None:
    """The model file's word for a Dutch ``word`` where a ``what`` is expected, if known.

    >>> english_for("Level", "Buurt"), english_for("Status", "op  orde"), english_for("Level", "x")
    ('meso', 'met', None)
    """
    if len(word) > 60:
        return None
    return DUTCH.get(what, {}).get(" ".join(word.lower().split()))
