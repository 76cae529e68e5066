'''The starter model file that ``resultaat init`` writes, one per language.

Comments and content are in the language; the keys and fixed values
(``level: micro``, ``owner: collective``) are the file format's, the same in
every language. ``{name}`` is the file's name; each starter passes the check.
'''

from __future__ import annotations

STARTER: dict[str, str] = {
    "en": """\
# A resultaat model file. Check it with:  resultaat check {name}
# Draw it with:  resultaat render {name}     Report:  resultaat report {name}
resultaat: 1
name: My first model
language: en              # en or nl
perspective: municipality # whose point of view diagrams and reports take

# Everyone who contributes to or owns a result. kind is one of: citizen,
# network, municipality, provider, professional, school, employer, insurer,
# community, cooperation (with members: [ids]), other.
parties:
  - {{id: resident, name: The resident, kind: citizen}}
  - {{id: municipality, name: The municipality, kind: municipality}}

# Influences no party controls: the economy, the labour market, the street.
factors:
  - {{id: economy, name: The local economy}}

# What a party does (by), with whom (with), for whom (for), under which policy;
# commissioned_by: who commissions and funds it; reach: households served a year.
# conditions: kind method, staff, quality, monitoring, mandate or other;
# status met, not_met or unknown; a method is proven from well_founded on.
interventions:
  - id: support
    name: Support at the kitchen table
    by: municipality
    for: resident
    policy: Wmo
    cost: 1200
    reach: 1
    conditions:
      - {{name: A proven conversation method, kind: method, status: met,
          recognition: well_founded}}

# Results: a statement, a level (micro, meso, macro) and an owner: the party
# whose result it is, or collective for a meso or macro result of the
# neighbourhood or society. intended: false marks a side effect.
results:
  - id: supported
    statement: The resident has a support plan within four weeks
    level: micro
    owner: municipality     # the added value of its own work
    indicators:
      - {{name: weeks to a plan, unit: weeks, baseline: 8, target: 4, direction: lower}}
    # Other explanations of the change: status ruled_out, plausible or unknown.
    rivals:
      - {{explanation: Fewer requests came in, status: ruled_out, evidence: Requests stayed level}}
  - id: manages
    statement: The resident manages at home
    level: micro
    owner: resident         # a result in the resident's own life is theirs
  - id: waiting
    statement: Other residents wait longer for a conversation
    level: meso             # it happens to others around the resident: meso
    owner: collective       # nobody's own result; the municipality answers for its part
    intended: false
    effect: negative

# Arrows into results: role necessary or supporting, optional weight (a number
# or a range [low, high]), evidence and its strength (strong, moderate, weak,
# untested), and the assumptions that must hold for the arrow to work.
contributions:
  - from: support
    to: supported
    role: necessary
    evidence: Plan dates in the case files
    strength: moderate
    assumptions: [The team has time for a conversation within two weeks]
  - {{from: supported, to: manages}}
  - {{from: resident, to: manages, role: necessary, assumptions: [The resident wants help]}}
  - {{from: economy, to: manages}}
  - {{from: support, to: waiting}}

# What an organisation says it achieved: as owns or contributes.
claims:
  - {{party: municipality, result: supported, as: owns}}
""",
    "nl": """\
# Een modelbestand van resultaat. Toets het met:  resultaat check {name}
# Teken het met:  resultaat render {name}     Rapport:  resultaat report {name}
# De sleutels (parties:, level:, owner:) en vaste waarden (micro, collective,
# met) zijn Engels, in elk modelbestand; namen en zinnen schrijft u in het
# Nederlands.
resultaat: 1
name: Mijn eerste model
language: nl              # nl of en: de taal van rapporten en diagrammen
perspective: municipality # vanuit welke partij diagrammen en rapporten kijken

# Iedereen die bijdraagt aan een resultaat of er eigenaar van is. kind is een
# van: citizen (inwoner), network (netwerk), municipality (gemeente), provider
# (aanbieder), professional, school, employer (werkgever), insurer
# (verzekeraar), community (vereniging, buurt), cooperation
# (samenwerkingsverband, met members: [ids]), other (overig).
parties:
  - {{id: resident, name: de inwoner, kind: citizen}}
  - {{id: municipality, name: Gemeente Voorbeeldstad, kind: municipality}}

# Invloeden waar geen partij grip op heeft: de economie, de arbeidsmarkt, de straat.
factors:
  - {{id: economy, name: de lokale economie}}

# Wat een partij doet (by), met wie (with), voor wie (for), onder welk beleid;
# commissioned_by: wie opdracht geeft en betaalt; reach: bereikte huishoudens per jaar.
# conditions (voorwaarden): kind method (methode), staff (personeel), quality
# (kwaliteit), monitoring, mandate (mandaat) of other (overig); status met
# (op orde), not_met (niet op orde) of unknown (onbekend); een methode is
# bewezen vanaf recognition: well_founded (goed onderbouwd).
interventions:
  - id: support
    name: Ondersteuning na een keukentafelgesprek
    by: municipality
    for: resident
    policy: Wmo
    cost: 1200
    reach: 1
    conditions:
      - {{name: Een bewezen gespreksmethode, kind: method, status: met,
          recognition: well_founded}}

# Resultaten: een zin, een niveau (micro, meso, macro) en een eigenaar: de
# partij van wie het resultaat is, of collective (gezamenlijk) voor een meso-
# of macroresultaat van de buurt of de samenleving. intended: false maakt er
# een neveneffect van.
results:
  - id: supported
    statement: De inwoner heeft binnen vier weken een ondersteuningsplan
    level: micro
    owner: municipality     # de toegevoegde waarde van het eigen werk
    indicators:
      - {{name: weken tot een plan, unit: weken, baseline: 8, target: 4, direction: lower}}
    # Andere verklaringen van de verandering: status ruled_out (uitgesloten),
    # plausible (aannemelijk) of unknown (onbekend).
    rivals:
      - {{explanation: Er kwamen minder aanvragen binnen, status: ruled_out,
          evidence: Het aantal aanvragen bleef gelijk}}
  - id: manages
    statement: De inwoner redt zich thuis
    level: micro
    owner: resident         # een resultaat in het eigen leven is van de inwoner
  - id: waiting
    statement: Andere inwoners wachten langer op een gesprek
    level: meso             # het treft anderen rond de inwoner: meso
    owner: collective       # van niemand; de gemeente is aanspreekbaar op het eigen aandeel
    intended: false
    effect: negative

# Pijlen naar resultaten: role necessary (noodzakelijk) of supporting
# (ondersteunend), met eventueel een gewicht (weight: een getal of een bereik
# [laag, hoog]), onderbouwing (evidence) en de sterkte daarvan (strength: strong,
# moderate, weak of untested), en de veronderstellingen (assumptions) die
# moeten gelden om de pijl te laten werken.
contributions:
  - from: support
    to: supported
    role: necessary
    evidence: Plandata in de dossiers
    strength: moderate
    assumptions: [Het team heeft binnen twee weken tijd voor een gesprek]
  - {{from: supported, to: manages}}
  - {{from: resident, to: manages, role: necessary, assumptions: [De inwoner wil hulp]}}
  - {{from: economy, to: manages}}
  - {{from: support, to: waiting}}

# Wat een organisatie zegt te hebben bereikt: as owns (eigen resultaat) of
# contributes (bijdrage).
claims:
  - {{party: municipality, result: supported, as: owns}}
""",
}
"""Language code → the starter file's text (a ``str.format`` template with ``{name}``)."""
