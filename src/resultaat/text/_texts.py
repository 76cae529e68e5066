"""Every fixed sentence resultaat writes, in English and Dutch.

Both languages hold the same keys; a test checks that they do and that
every placeholder matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # claims
        "owns": "{party} may claim “{result}”: the result belongs to {party}.",
        "owns_no_path": "{party} owns “{result}”, but the model shows nothing of its own "
                        "leading to it; add its interventions or contribution.",
        "contributes_owner": "{party} may claim a contribution to “{result}”, not the result "
                             "itself: it belongs to {owner}.",
        "contributes_collective": "{party} may claim a contribution to “{result}”, not the "
                                  "result itself: it is a collective {level} result that "
                                  "belongs to {scope}.",
        "scope_meso": "the neighbourhood or the institution",
        "scope_macro": "society as a whole",
        "via": "{party} contributes {paths}.",
        "direct": "directly",
        "through": "through {path}",
        "via_more": "{paths} and {n} more routes",
        "others": "{names} contributed too; acknowledge them.",
        "factors_one": "{names}, outside anyone's control, also shapes this result.",
        "factors_many": "{names}, outside anyone's control, also shape this result.",
        "share": "By the declared roles and weights, the share of {party} in the credit is "
                 "{share}.",
        "share_sampled": "By the declared roles and weights, the share of {party} in the credit is "
                         "{share} "
                         "(estimated from {samples} samples, within ±{bound} with 95% "
                         "confidence).",
        "value": "The value it may claim is {value} over {years} year(s), after deadweight, "
                 "displacement and drop-off.",
        "side_effect_neg": "This is an unintended negative effect: {party} answers for its "
                           "part in it.",
        "side_effect_pos": "This is an unintended positive effect.",
        "measured": "Measured: “{indicator}” was {value} in {period}, against a target of "
                    "{target}: {signal}.",
        "signal_better": "better than expected",
        "signal_worse": "worse than expected",
        "signal_on_track": "on track",
        "signal_no_target": "no target set",
        "none": "{party} has no claim on “{result}”: nothing {party} does leads to this "
                "result.",
        "member": "{party} takes part through {coop}, together with {others}.",
        "member_alone": "{party} takes part through {coop}.",
        "and": "and",
        # check
        "overclaim_owns": "{party} claims to own “{result}”{source}, but {verdict}. "
                          "Claim instead: {instead}.",
        "overclaim_none": "{party} claims a contribution to “{result}”{source}, but the model "
                          "shows no path from {party} to it. Remove the claim or model the "
                          "contribution.",
        "instead_contrib": "a contribution to “{result}”",
        "instead_nothing": "nothing; there is no path from {party} to it",
        "verdict_contributes": "it belongs to {owner} and {party} only contributed",
        "verdict_none": "nothing {party} does leads to it",
        "verdict_collective": "it is a collective {level} result to which {party} only "
                              "contributed",
        "source": " (in {source})",
        "no_side_effects": "Nobody has looked beyond the goal of “{name}”: no unintended "
                           "result is modelled downstream of it. Ask what else it causes, "
                           "good or bad.",
        "conditions": "{party} claims results of “{name}”, but its conditions are not in "
                      "place: {conditions}.",
        "no_contributors": "Nothing contributes to “{result}”: who or what brings it about?",
        "idle_party": "{party} contributes to nothing and owns nothing; remove it or model "
                      "its part.",
        "no_indicator": "“{result}” is claimed, but has no indicator: nobody can see whether "
                        "it was reached.",
        "uncontrollable": "{party} claims to own “{result}”, but its indicator(s) {indicators} "
                          "are not controllable by {party}: this result also depends on {others}.",
        "immodest": "{party} claims “{result}” as its own without acknowledging {missing}.",
        "immodest_level": "{party} claims the {level} result “{result}” as its own; a {level} "
                          "result is reached with others.",
        "status_not_met": "not met",
        "status_unknown": "unknown",
    },
    "nl": {
        "owns": "{party} mag “{result}” claimen: dit resultaat is van {party}.",
        "owns_no_path": "“{result}” is van {party}, maar het model laat niets van {party} "
                        "zien dat eraan bijdraagt; voeg de interventies of bijdrage toe.",
        "contributes_owner": "{party} mag een bijdrage aan “{result}” claimen, niet het "
                             "resultaat zelf: dat is van {owner}.",
        "contributes_collective": "{party} mag een bijdrage aan “{result}” claimen, niet het "
                                  "resultaat zelf: het is een gezamenlijk resultaat op "
                                  "{level}niveau van {scope}.",
        "scope_meso": "de buurt of de instelling",
        "scope_macro": "de samenleving als geheel",
        "via": "{party} draagt {paths} bij.",
        "direct": "rechtstreeks",
        "through": "via {path}",
        "via_more": "{paths} en nog {n} andere routes",
        "others": "Ook {names} droegen bij; noem hen.",
        "factors_one": "{names}, waar niemand invloed op heeft, bepaalt dit resultaat mee.",
        "factors_many": "{names}, waar niemand invloed op heeft, bepalen dit resultaat mee.",
        "share": "Naar de opgegeven rollen en gewichten is het aandeel van {party} in de "
                 "verdienste {share}.",
        "share_sampled": "Naar de opgegeven rollen en gewichten is het aandeel van {party} in de "
                         "verdienste {share} (geschat uit {samples} steekproeven, binnen "
                         "±{bound} met 95% zekerheid).",
        "value": "De waarde die geclaimd mag worden is {value} over {years} jaar, na aftrek "
                 "van wat toch was gebeurd, verplaatsing en afname.",
        "side_effect_neg": "Dit is een onbedoeld negatief effect: {party} is aanspreekbaar op "
                           "zijn deel erin.",
        "side_effect_pos": "Dit is een onbedoeld positief effect.",
        "measured": "Gemeten: “{indicator}” was {value} in {period}, tegen een streefwaarde "
                    "van {target}: {signal}.",
        "signal_better": "beter dan verwacht",
        "signal_worse": "slechter dan verwacht",
        "signal_on_track": "op koers",
        "signal_no_target": "geen streefwaarde",
        "none": "{party} kan “{result}” niet claimen: niets wat {party} doet leidt tot dit "
                "resultaat.",
        "member": "{party} draagt bij via {coop}, samen met {others}.",
        "member_alone": "{party} draagt bij via {coop}.",
        "and": "en",
        "overclaim_owns": "{party} claimt “{result}” als eigen resultaat{source}, maar "
                          "{verdict}. Claim in plaats daarvan: {instead}.",
        "overclaim_none": "{party} claimt een bijdrage aan “{result}”{source}, maar het model "
                          "laat geen route van {party} daarheen zien. Schrap de claim of "
                          "modelleer de bijdrage.",
        "instead_contrib": "een bijdrage aan “{result}”",
        "instead_nothing": "niets; er loopt geen route van {party} naartoe",
        "verdict_contributes": "het is van {owner} en {party} droeg alleen bij",
        "verdict_none": "niets wat {party} doet leidt ertoe",
        "verdict_collective": "het is een gezamenlijk resultaat op {level}niveau waaraan "
                              "{party} alleen bijdroeg",
        "source": " (in {source})",
        "no_side_effects": "Niemand heeft verder gekeken dan het doel van “{name}”: er is geen "
                           "onbedoeld resultaat gemodelleerd. Vraag wat het nog meer "
                           "veroorzaakt, goed of slecht.",
        "conditions": "{party} claimt resultaten van “{name}”, maar de voorwaarden zijn niet "
                      "op orde: {conditions}.",
        "no_contributors": "Niets draagt bij aan “{result}”: wie of wat brengt het tot stand?",
        "idle_party": "{party} draagt nergens aan bij en is van geen enkel resultaat eigenaar; "
                      "verwijder de partij of modelleer haar deel.",
        "no_indicator": "“{result}” wordt geclaimd, maar heeft geen indicator: niemand kan "
                        "zien of het bereikt is.",
        "uncontrollable": "{party} claimt “{result}” als eigen resultaat, maar de indicator(en) "
                          "{indicators} zijn niet beïnvloedbaar door {party} alleen: dit "
                          "resultaat hangt ook af van {others}.",
        "immodest": "{party} claimt “{result}” als eigen resultaat zonder {missing} te noemen.",
        "immodest_level": "{party} claimt het resultaat “{result}” op {level}niveau als eigen "
                          "resultaat; op {level}niveau bereik je resultaten met anderen.",
        "status_not_met": "niet op orde",
        "status_unknown": "onbekend",
    },
}


def t(lang: str, key: str, **values: Any) -> str:
    """A sentence in a language, with its placeholders filled in.

    >>> t("nl", "none", party="De gemeente", result="Mobiliteit")
    'De gemeente kan “Mobiliteit” niet claimen: niets wat De gemeente doet leidt tot dit resultaat.'
    """
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values)


def join(lang: str, names: Sequence[str]) -> str:
    """``a, b and c`` / ``a, b en c``.

    >>> join("en", ["A", "B", "C"])
    'A, B and C'
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t(lang, 'and')} {names[-1]}"
