"""Nederlands: elke tekst die resultaat schrijft, per bericht-id."""


def plural_form(n: int) -> int:
    """Which of a plural message's forms fits ``n``: 0 for one, 1 for any other number."""
    return 0 if n == 1 else 1


MESSAGES: dict[str, str | tuple[str, ...]] = {
    # the check's findings and headings
    "check.conditions": (
        "{party} claimt resultaten van “{name}”, maar niet alle randvoorwaarden zijn op "
        "orde: {conditions}.",
        "{party} claimt resultaten van “{name}”, maar niet alle randvoorwaarden zijn op "
        "orde: {conditions}.",
    ),
    "check.errors": "Fouten",
    "check.idle_party": (
        "Niets in het model verbindt {party} met een resultaat of interventie; verwijder de "
        "partij of modelleer haar deel."
    ),
    "check.immodest": "{party} claimt “{result}” als eigen resultaat zonder {missing} te noemen.",
    "check.immodest_level": (
        "{party} claimt het resultaat “{result}” op {level}niveau als eigen resultaat; "
        "op {level}niveau bereik je resultaten met anderen."
    ),
    "check.instead_contrib": "een bijdrage aan “{result}”",
    "check.instead_nothing": "niets; er loopt geen route van {party} naartoe",
    "check.no_contributors": "Niets draagt bij aan “{result}”: wie of wat brengt het tot stand?",
    "check.no_indicator": (
        "“{result}” wordt geclaimd, maar heeft geen indicator: niemand kan zien of het bereikt is."
    ),
    "check.no_side_effects": (
        "Niemand heeft verder gekeken dan het doel van “{name}”: er is geen onbedoeld "
        "resultaat gemodelleerd. Vraag wat het nog meer veroorzaakt, goed of slecht."
    ),
    "check.notes": "Opmerkingen",
    "check.nothing_found": "De toets vond niets.",
    "check.overclaim_none": (
        "{party} claimt een bijdrage aan “{result}”{source}, maar het model laat geen route "
        "daarheen zien. Schrap de claim of modelleer de bijdrage."
    ),
    "check.overclaim_owns": (
        "{party} claimt “{result}” als eigen resultaat{source}, maar {verdict}. Claim "
        "in plaats daarvan: {instead}."
    ),
    "check.source": " (in {source})",
    "check.uncontrollable": (
        "{party} claimt “{result}” als eigen resultaat, maar de indicator {indicators} is "
        "niet door de eigen inzet alleen te beïnvloeden: dit resultaat hangt ook af van "
        "{others}.",
        "{party} claimt “{result}” als eigen resultaat, maar de indicatoren {indicators} "
        "zijn niet door de eigen inzet alleen te beïnvloeden: dit resultaat hangt ook af van "
        "{others}.",
    ),
    "check.verdict_collective": (
        "het is een gezamenlijk resultaat op {level}niveau, waaraan alleen een bijdrage is "
        "geleverd"
    ),
    "check.verdict_contributes": (
        "het is een resultaat van {owner}, waaraan alleen een bijdrage is geleverd"
    ),
    "check.verdict_none": "geen enkele inzet van {party} leidt ertoe",
    "check.warnings": "Waarschuwingen",

    # claims and their reasons
    "claims.contributes_collective": (
        "Voor {party} is een bijdrage aan “{result}” te claimen, niet het resultaat zelf: "
        "het is een gezamenlijk resultaat op {level}niveau van {scope}."
    ),
    "claims.contributes_owner": (
        "Voor {party} is een bijdrage aan “{result}” te claimen, niet het resultaat zelf: "
        "dat is van {owner}."
    ),
    "claims.direct": "rechtstreeks",
    "claims.factors": (
        "Dit resultaat hangt ook af van {names}, waarop niemand invloed heeft.",
        "Dit resultaat hangt ook af van {names}, waarop niemand invloed heeft.",
    ),
    "claims.measured": (
        "Gemeten: “{indicator}” was {value} in {period}, tegen een streefwaarde van "
        "{target}: {signal}."
    ),
    "claims.member": "De bijdrage loopt ook via {coop}, samen met {others}.",
    "claims.member_alone": "De bijdrage loopt ook via {coop}.",
    "claims.none": (
        "Voor {party} is “{result}” niet te claimen: er loopt geen route naar dit resultaat."
    ),
    "claims.others": (
        "Ook een ander leverde een bijdrage: {names}. Vermeld dat bij de claim.",
        "Ook anderen leverden een bijdrage: {names}. Vermeld hen bij de claim.",
    ),
    "claims.owns": (
        "“{result}” is een eigen resultaat van {party} en mag als zodanig geclaimd worden."
    ),
    "claims.owns_no_path": (
        "“{result}” is van {party}, maar in het model leidt niets van de eigen inzet ertoe; "
        "voeg de interventies of de bijdrage toe."
    ),
    "claims.scope_macro": "de samenleving als geheel",
    "claims.scope_meso": "de buurt of de instelling",
    "claims.share": (
        "Op basis van de opgegeven rollen en gewichten (een oordeel, geen meting) is het toe "
        "te rekenen aandeel van {party} {share}."
    ),
    "claims.share_sampled": (
        "Op basis van de opgegeven rollen en gewichten (een oordeel, geen meting) is het toe "
        "te rekenen aandeel van {party} {share} (geschat uit {samples} steekproeven, binnen "
        "±{bound} met 95% zekerheid)."
    ),
    "claims.side_effect_pos": (
        "Dit is een positief neveneffect, geen doel: noem de bijdrage, maar niet als bereikt"
        " doel."
    ),
    "claims.through": "via {path}",
    "claims.value": (
        "De waarde die geclaimd mag worden is {value} over {n} jaar, na aftrek van wat "
        "toch was gebeurd, verplaatsing en afname.",
        "De waarde die geclaimd mag worden is {value} over {n} jaar, na aftrek van wat "
        "toch was gebeurd, verplaatsing en afname.",
    ),
    "claims.via": "De bijdrage loopt {paths}.",
    "claims.via_more": ("{paths} en nog {n} andere route", "{paths} en nog {n} andere routes"),

    # the command line
    "cli.bad_measurements": "het bestand met metingen is niet bruikbaar.",
    "cli.contributes": "BIJDRAGE",
    "cli.dutch_version": "Nederlandse versie van {name}",
    "cli.example_findings": (
        "De toets vindt {n} punt om naar te kijken: resultaat check {path}",
        "De toets vindt {n} punten om naar te kijken: resultaat check {path}",
    ),
    "cli.examples": "De meegeleverde voorbeelden (resultaat example NAAM --dir MAP):",
    "cli.exists": "{path} bestaat al; kies een andere naam of voeg --force toe",
    "cli.expected_fraction": (
        "verwacht een getal van minstens 0, zoals 0.1 voor 10%, maar kreeg {got}"
    ),
    "cli.expected_steps": "verwacht een geheel getal van minstens 0, zoals 2, maar kreeg {got}",
    "cli.folder_holds": (
        "{folder} bevat al {names}; voeg --force toe om te overschrijven, of kies een andere --dir"
    ),
    "cli.group": "{heading} ({n}):",
    "cli.interrupted": "onderbroken",
    "cli.interventions": ("{n} interventie", "{n} interventies"),
    "cli.keep_valid_hint": "(--keep-valid gebruikt de geldige regels en somt de overige op)",
    "cli.no_claims": (
        "Geen resultaat in het model is van {party}, en niets van de eigen inzet leidt naar "
        "een resultaat."
    ),
    "cli.no_measurements": "Geen metingen om te vergelijken.",
    "cli.no_png": "(geen PNG: {error})",
    "cli.none": "GEEN",
    "cli.not_a_model": "{file} is geen geldig model.",
    "cli.owns": "EIGENAAR",
    "cli.parties": ("{n} partij", "{n} partijen"),
    "cli.problems": ("Het model heeft {n} probleem", "Het model heeft {n} problemen"),
    "cli.more_problems": ("… en nog {n} probleem", "… en nog {n} problemen"),
    "cli.progress": (
        "{result}/{indicator}: gerealiseerd {realised} tegenover {target} → {signal}{trend}"
    ),
    "cli.results": ("{n} resultaat", "{n} resultaten"),
    "cli.rollup": (
        "{where}: {n} casus, {reached} bereikten de gezamenlijke streefwaarde ({share}){goal}; "
        "eigenaar: {owner}",
        "{where}: {n} casussen, {reached} bereikten de gezamenlijke streefwaarde "
        "({share}){goal}; eigenaar: {owner}",
    ),
    "cli.public_needs_rows": (
        "--public heeft de rijen nodig: gebruik het met de eigen metingen van het model of met "
        "een CSV-bestand"
    ),
    "cli.table_needs_measurements": (
        "--table noemt een tabel van --measurements; geef ook --measurements op"
    ),
    "cli.skipped": "overgeslagen: {problem}",
    "cli.stopped": (
        "gestopt na het schrijven van {names}; de andere bestanden zijn niet geschreven"
    ),
    "cli.the_model": "het model",
    "cli.valid_model": "{file}: een geldig model ({parties}, {interventions}, {results}).",
    "cli.wrote": "{path} geschreven",
    "cli.wrote_starter": "{path} geschreven; toets het met: resultaat check {path}",

    # the diagram
    "dot.band_macro": "MACRO · samenleving, de hele gemeente",
    "dot.band_meso": "MESO · straat, buurt, school, instelling",
    "dot.band_micro": "MICRO · de inwoner en de directe kring",
    "dot.band_who": "WIE DRAGEN BIJ · partijen en externe factoren",
    "dot.band_work": "WAT WE DOEN · interventies",
    "dot.by": "door {party}",
    "dot.ceiling": "onder de grens van aanspreekbaarheid: in de hand van {party}",
    "dot.ceiling_work": "eigen werk van {party} (onder de grens van aanspreekbaarheid)",
    "dot.collective": "gezamenlijk: alleen de bijdrage van {party} is te claimen",
    "dot.conditions": "randvoorwaarden",
    "dot.factor": "externe factor, buiten ieders invloed",
    "dot.indicator_tip": (
        "{name}: nulmeting {baseline}, streefwaarde {target} ({direction} is beter)"
    ),
    "dot.legend": "Legenda",
    "dot.lg_collective": "gezamenlijk resultaat van buurt of samenleving",
    "dot.lg_conditions": "randvoorwaarden van een interventie: op orde · niet op orde · onbekend",
    "dot.lg_does": "stippellijn: voert uit, of doet mee",
    "dot.lg_external": "gestreepte grijze pijl: invloed van een externe factor",
    "dot.lg_factor": "externe factor",
    "dot.lg_necessary": "dikke pijl: noodzakelijke bijdrage",
    "dot.lg_own": "eigen resultaat van {party}: te claimen",
    "dot.lg_side": "neveneffect (onbedoeld)",
    "dot.lg_supporting": "dunne pijl: ondersteunende bijdrage (×n: het gewicht)",
    "dot.lg_theirs": "resultaat van een ander: alleen de bijdrage van {party} is te claimen",
    "dot.lg_unreached": "geen route vanuit {party}",
    "dot.none_stated": "geen randvoorwaarden genoemd",
    "dot.own": "eigen resultaat van {party}: te claimen",
    "dot.share": "toe te rekenen aandeel {share} (opgegeven gewichten)",
    "dot.side_negative": "onbedoeld, negatief",
    "dot.side_positive": "onbedoeld, positief",
    "dot.theirs": "van {owner}: alleen de bijdrage van {party} is te claimen",
    "dot.theirs_only": "van {owner}",
    "dot.title": "{model} — gezien vanuit {party}",
    "dot.unreached": "van {owner}: geen bijdrage van {party}",
    "dot.weight_tip": ", gewicht {weight}",

    # validation and measurement errors
    "error.a_factor": "een factor",
    "error.a_party": "een partij",
    "error.a_result": "een resultaat",
    "error.alias_inside": (
        "de alias *{alias} staat binnen de waarde waarvoor hij staat; een modelbestand "
        "kan geen waarde bevatten die zichzelf bevat"
    ),
    "error.alias_no_anchor": "de alias *{alias} heeft geen anker &{alias} ervoor",
    "error.alias_too_big": (
        "de alias *{alias} staat voor zoveel waarden dat het bestand er meer dan {most}"
        " zou bevatten; schrijf ze uit in plaats van aliassen van aliassen te herhalen"
    ),
    "error.an_intervention": "een interventie",
    "error.at_column": " (kolom {column})",
    "error.bad_format": "format moet 'yaml' of 'json' zijn, maar is {got}",
    "error.bad_period": (
        "{got} is geen periode; schrijf 2025, 2025-H1, 2025-Q3, 2025-07 of 2025-07-15"
    ),
    "error.builder_duplicate_id": (
        "het id {id} is al in gebruik voor {found}; id's moeten uniek zijn"
    ),
    "error.builder_unknown_ref": (
        "onbekende {what} {got}{hint}; voeg die eerst toe met .{method}()"
    ),
    "error.carriage_return": (
        "de tekst bevat een carriage return ({code}) op teken {at}; eindig regels met "
        "een gewone regelovergang"
    ),
    "error.contribution_cycle": (
        "de bijdragen gaan in een kring rond: {chain}; een resultaat kan niet aan "
        "zichzelf bijdragen, verwijder een van deze pijlen"
    ),
    "error.control_character": (
        "de tekst bevat een stuurteken ({code}) op teken {at}; verwijder het"
    ),
    "error.csv_ambiguous": (
        "de waarde kan {point} of {comma} zijn, en geen waarde in het bestand laat zien of "
        "decimalen met een punt of een komma geschreven worden; schrijf {point} of "
        "{comma}"
    ),
    "error.csv_cell_too_long": (
        "een cel is langer dan {limit} tekens; mist een aanhalingsteken (\") zijn sluitteken?"
    ),
    "error.csv_changed": (
        "het bestand is niet langer {encoding}; sla het vanuit het rekenblad op als 'CSV UTF-8'"
    ),
    "error.csv_comma": "komma",
    "error.csv_empty": "de waarde is leeg",
    "error.csv_end_of_file": "einde van het bestand",
    "error.csv_missing_columns": (
        "ontbrekende kolom {missing}; de kolommen zijn {columns}",
        "ontbrekende kolommen {missing}; de kolommen zijn {columns}",
    ),
    "error.csv_mixed": (
        "het bestand mengt UTF-8 met een andere codering (byte {byte}); sla het vanuit "
        "het rekenblad op als 'CSV UTF-8'"
    ),
    "error.csv_mixed_signs": (
        "de waarde is alleen te lezen met een decimale {sign}, maar het bestand schrijft "
        "decimalen met een {file_sign} (zoals op regel {line}); schrijf elk getal op "
        "dezelfde manier"
    ),
    "error.csv_more_unknown_columns": (
        "en nog {count} onbekende kolom",
        "en nog {count} onbekende kolommen",
    ),
    "error.csv_no_header": "het bestand is leeg; de eerste regel noemt de kolommen: {columns}",
    "error.csv_not_a_number": "geen getal",
    "error.csv_not_encoding": (
        "het bestand is geen {encoding} (byte {byte}); sla het vanuit het rekenblad op "
        "als 'CSV UTF-8'"
    ),
    "error.csv_not_finite": "geen eindig getal",
    "error.csv_not_utf8_or_1252": (
        "het bestand is geen UTF-8 en ook geen Windows-1252 (byte {byte}); sla het "
        "vanuit het rekenblad op als 'CSV UTF-8'"
    ),
    "error.csv_point": "punt",
    "error.csv_repeated_column": "komt {times} keer voor (kolommen {columns}); houd er één",
    "error.csv_tabs": (
        "de kolommen zijn gescheiden door tabs; sla het bestand op als CSV, gescheiden "
        "door ',' of ';'"
    ),
    "error.csv_too_large": "groter dan 10^15, de grootste waarde die gelezen wordt",
    "error.csv_unknown_column": "onbekende kolom{hint}; de kolommen zijn {columns}",
    "error.csv_unreadable_line": "de regel is niet als CSV te lezen ({error})",
    "error.csv_utf16_no_bom": (
        "het bestand lijkt UTF-16 zonder byte order mark; sla het vanuit het rekenblad "
        "op als 'CSV UTF-8'"
    ),
    "error.csv_width": (
        "{n} cel waar de kopregel er {width} heeft",
        "{n} cellen waar de kopregel er {width} heeft",
    ),
    "error.cycle_steps": ("({count} stap in totaal)", "({count} stappen in totaal)"),
    "error.depth_without_focus": (
        "depth vraagt om een focus: het id van een resultaat of een partij"
    ),
    "error.dutch_word": " (in een modelbestand heet {got}: {right})",
    "error.did_you_mean": " (bedoelt u {close}?)",
    "error.duplicate_contribution": "{source} → {target} staat al bij {at}; voeg ze samen tot één",
    "error.duplicate_id": (
        "dubbel id {id}, al gebruikt bij {at}; id's moeten uniek zijn in het hele model"
    ),
    "error.duplicate_indicator": "dubbele indicator {name} bij resultaat {result}",
    "error.empty": "mag niet leeg zijn",
    "error.empty_file": "het modelbestand is leeg; begin met `resultaat init`",
    "error.file_bad_character": (
        "het bestand bevat {code}, een stuurteken of niet-teken dat een modelbestand "
        "niet mag bevatten; verwijder het"
    ),
    "error.file_bad_name": "de naam is geen geldig pad",
    "error.file_cannot_read": "het bestand is niet te lezen ({why})",
    "error.file_grew_too_big": (
        "het bestand bevat meer dan de {most} bytes die een modelbestand mag hebben; "
        "splits het model"
    ),
    "error.file_is_folder": "dit is een map, geen modelbestand",
    "error.file_missing": "dit bestand bestaat niet; controleer het pad",
    "error.file_not_a_file": "het is geen bestand maar een map of een apparaat",
    "error.file_permission": "geen toegang",
    "error.file_too_big": (
        "het bestand is {size} bytes, meer dan de {most} die een modelbestand mag "
        "hebben; splits het model"
    ),
    "error.file_unreadable": "het bestand is niet te lezen: {why}",
    "error.id_spaces": "een id mag niet met spaties beginnen of eindigen, maar is {got}",
    "error.item": "onderdeel {index}: {error}",
    "error.item_not_record": "onderdeel {index} moet een {kind} zijn, maar is {got}",
    "error.json_constant": "{word} is geen getal dat een model mag bevatten; schrijf een getal",
    "error.json_too_deep": "de JSON is te diep genest voor een modelbestand",
    "error.json_too_many_values": (
        "het bestand bevat meer dan {most} waarden (elke tekst, lijst en elk object "
        "geteld); splits het model"
    ),
    "error.key_not_word": "een sleutel moet een woord zijn, maar is {got}",
    "error.key_twice": "de sleutel {key} staat er twee keer; houd er één",
    "error.member_cycle": "samenwerkingsverbanden bevatten elkaar in een kring: {chain}",
    "error.members_not_cooperation": (
        "alleen een samenwerkingsverband heeft leden; {id} is van de soort {kind}; zet "
        "kind: cooperation of verwijder members"
    ),
    "error.merge_key": (
        "een modelbestand voegt geen mappings samen (`<<: *anchor`); schrijf de "
        "sleutels volledig uit"
    ),
    "error.micro_collective": (
        "een microresultaat is van een inwoner, niet {collective}; noem de partij van "
        "wie het resultaat is"
    ),
    "error.missing_key": (
        "`{key}` ontbreekt; dat is verplicht voor {kind}; bijvoorbeeld `{{{example}}}`"
    ),
    "error.must_be_one_of": "moet een van {allowed} zijn, maar is {got}",
    "error.negative": "moet 0 of meer zijn, maar is {got}",
    "error.no_data": "het modelbestand bevat geen gegevens; begin met `resultaat init`",
    "error.no_example": "geen voorbeeld {id}{hint}; de voorbeelden zijn: {names}",
    "error.no_owner": (
        "elk resultaat heeft een eigenaar nodig: het id van de partij van wie het "
        "resultaat is (op microniveau meestal de inwoner), of `collective` voor een "
        "meso- of macroresultaat dat van de buurt of de samenleving is"
    ),
    "error.no_parties": "het model heeft geen partijen",
    "error.no_such_indicator": (
        "resultaat {result} heeft geen indicator {got}{hint}; het heeft: {names}"
    ),
    "error.no_such_node": "geen knoop {id} in het model{hint}; de knopen zijn: {names}",
    "error.no_such_party": "geen partij {id} in het model{hint}; de partijen zijn: {names}",
    "error.no_such_result": "geen resultaat {id} in het model{hint}; de resultaten zijn: {names}",
    "error.noncharacter": (
        "de tekst bevat een Unicode-niet-teken ({code}) op teken {at}; verwijder het"
    ),
    "error.none": "geen",
    "error.not_a_date": "{got} is geen bestaande datum",
    "error.not_a_list": "moet een lijst zijn (elk onderdeel begint met `- `), maar is {got}",
    "error.not_a_mapping": (
        "een modelbestand is een mapping van sleutels zoals `resultaat: {version}`, `parties:` "
        "en `results:`; dit is een {got}"
    ),
    "error.not_a_number": "moet een getal zijn, maar is {got}",
    "error.not_a_period": (
        "moet een periode zijn zoals 2025, 2025-H1, 2025-Q3, 2025-07 of 2025-07-15, maar is {got}"
    ),
    "error.not_a_record": "moet een mapping zijn zoals `{{{example}}}`, maar is {got}",
    "error.not_finite": "moet een eindig getal zijn, maar is {got}",
    "error.not_flag": "moet true of false zijn, maar is {got}",
    "error.not_fraction": "moet een fractie van 0 tot en met 1 zijn, maar is {got}",
    "error.not_id_list": "moet een lijst van id's zijn, maar is {got}",
    "error.not_json": "geen geldige JSON: {what} (kolom {column})",
    "error.not_one_of": "{got} is geen geldige keuze; kies uit {allowed}",
    "error.not_positive": "moet een getal groter dan 0 zijn, maar is {got}",
    "error.not_record": "moet een {kind} zijn, maar is {got}",
    "error.not_records": "moet een lijst van {kind}-records zijn",
    "error.not_records_got": "moet een lijst van {kind}-records zijn, maar is {got}",
    "error.stray_key": "de sleutel {key} is niet de id van het record; gebruik de id als sleutel",
    "error.not_text": "moet tekst zijn, maar is {got}; zet het tussen aanhalingstekens",
    "error.not_utf8": (
        "het bestand is geen UTF-8-tekst (fout byte op positie {offset}); sla het op als UTF-8"
    ),
    "error.not_yaml": "geen geldige YAML: {what}{column}",
    "error.not_years": "moet een geheel aantal jaren van 1 tot en met {most} zijn, maar is {got}",
    "error.number_as_text": (
        "moet een getal zijn, maar is de tekst {got}; schrijf het getal in gewone "
        "decimalen, zoals 1500 of 2.75, zonder aanhalingstekens"
    ),
    "error.number_range": "moet tussen {low} en {high} liggen, maar is {got}",
    "error.number_too_large": (
        "het getal {got} is te groot; geen getal in een model mag groter zijn dan {most}"
    ),
    "error.number_too_long": (
        "een getal van {length} tekens; geen getal in een model mag groter zijn dan {most}"
    ),
    "error.own_member": "een samenwerkingsverband kan geen lid van zichzelf zijn",
    "error.recognition_not_method": (
        "alleen een voorwaarde van de soort method heeft een erkenning; deze is van de "
        "soort {kind}"
    ),
    "error.report_format": "format moet 'markdown', 'html', 'docx' of 'pdf' zijn, maar is {got}",
    "error.report_no_parties": "het model heeft geen partijen om een rapport voor te schrijven",
    "error.reserved_id": "{id} is gereserveerd voor gezamenlijk eigenaarschap; kies een ander id",
    "error.self_contribution": "{source} draagt bij aan zichzelf",
    "error.surrogate": (
        "de tekst bevat een half surrogaatpaar (een kapot teken) ({code}) op teken "
        "{at}; verwijder het"
    ),
    "error.tag_bool": "true of false",
    "error.tag_float": "een getal",
    "error.tag_int": "een geheel getal",
    "error.tag_mismatch": (
        "{got} is niet {kind}, zoals de tag !!{tag} zegt; verwijder de tag en schrijf "
        "de waarde gewoon op"
    ),
    "error.tag_not_allowed": (
        "de tag {tag} is niet toegestaan: een modelbestand bevat alleen gewone tekst, "
        "getallen, lijsten en mappings"
    ),
    "error.tag_null": "leeg",
    "error.text_surrogate": (
        "de tekst bevat {code}, een half surrogaatpaar (een kapot teken); sla het "
        "bestand opnieuw op als UTF-8"
    ),
    "error.text_too_long": "de tekst is langer dan {most} tekens; splits het model",
    "error.too_deep": (
        "de gegevens zijn meer dan {most} lagen diep genest; een modelbestand is nooit zo diep"
    ),
    "error.too_many_values": "het bestand bevat meer dan {most} waarden; splits het model",
    "error.two_documents": (
        "een modelbestand bevat één YAML-document; verwijder deze `---` en wat erna "
        "komt, of zet dat in een eigen bestand"
    ),
    "error.unknown_focus": (
        "focus {focus} is geen resultaat en geen partij{hint}; de resultaten en partijen zijn: "
        "{ids}"
    ),
    "error.unknown_intervention": "onbekende interventie {got}{hint}",
    "error.unknown_key": "onbekende sleutel {key}{hint}; {kind} heeft de sleutels {keys}",
    "error.unknown_label": "onbekend label {label}; de labels zijn {labels}",
    "error.unknown_language": "onbekende taal {lang}{hint}; de talen zijn {languages}",
    "error.unknown_ref": (
        "onbekende {what} {got}{hint}; voeg die toe aan {sections} of verbeter het id"
    ),
    "error.unknown_result": "onbekend resultaat {got}{hint}",
    "error.unknown_suffix": (
        "het formaat is niet af te leiden uit {name}; laat de naam eindigen op {suffixes}"
    ),
    "error.unknown_top_key": "onbekende sleutel {key}{hint}; de sleutels zijn {keys}",
    "error.what_contributor": "bijdrager",
    "error.what_intervention": "interventie",
    "error.what_party": "partij",
    "error.what_party_or_factor": "partij of factor",
    "error.what_result": "resultaat",
    "error.where_column": "kolom {column}",
    "error.wrong_kind": "{got} is {found}, geen {what}",
    "error.yaml_unreadable": "is niet te lezen",

    # result levels
    "level.macro": "macro",
    "level.meso": "meso",
    "level.micro": "micro",

    # owners
    "owner.collective": "gezamenlijk",

    # readiness to steer itself
    "ready.condition": "“{intervention}”: randvoorwaarde “{condition}” is {status}.",
    "ready.no_indicator": "“{result}” heeft geen indicator: hoe ziet iemand dat het bereikt is?",
    "ready.no_interventions": "Geen interventie wordt uitgevoerd door {party}.",
    "ready.no_mandate": (
        "Geen interventie van {party} heeft een mandaat dat op orde is: wie mag beslissen?"
    ),
    "ready.no_results": (
        "Er is nog geen resultaat van {party}: leg vast waarop deze partij aanspreekbaar is."
    ),
    "ready.no_target": "“{result}”: indicator “{indicator}” heeft geen streefwaarde.",

    # the report
    "report.above": "boven de grens: alleen een bijdrage",
    "report.all_areas": "alle gebieden",
    "report.area": "Gebied",
    "report.baseline": "Nulmeting",
    "report.below": "onder de grens: aanspreekbaar",
    "report.budget": "De drie W-vragen van de begroting",
    "report.by": "Door",
    "report.ceiling": "De grens van aanspreekbaarheid",
    "report.ceiling_text": (
        "Onder de grens staan de resultaten waarover de zeggenschap bij {party} ligt, "
        "zelf of via een contract: daarop is die partij aanspreekbaar. Erboven staan de "
        "resultaten waaraan alleen een bijdrage te leveren is. Een resultaat eigen noemen "
        "verschuift de grens niet. Een indicator is beïnvloedbaar als het resultaat in "
        "eigen hand is en niets anders dan de eigen inzet en gecontracteerde aanbieders "
        "er invloed op heeft; beïnvloedbaar via het contract als het resultaat alleen via "
        "een contract in de hand is."
    ),
    "report.condition": "Randvoorwaarde",
    "report.conditions": "Randvoorwaarden (procesvoorwaarden)",
    "report.conditions_text": (
        "De kans op resultaat is groter als de randvoorwaarden van het werk op orde zijn: "
        "een bewezen methode, geschoolde medewerkers, kwaliteitsbewaking, bijhouden wat elke "
        "inspanning oplevert, en mandaat."
    ),
    "report.contributed": "Waaraan {party} een bijdrage leverde",
    "report.contributed_none": "Geen bijdrage van {party} aan resultaten van anderen.",
    "report.controllable": "beïnvloedbaar",
    "report.cost": "Kosten per jaar",
    "report.cost_item": "{name} ({cost})",
    "report.cost_missing": "Geen kosten genoemd voor: {names}.",
    "report.cost_total": "{cost} per jaar voor de interventies hierboven.",
    "report.deviation": "Afwijking",
    "report.diagram": "Bijdragenkaart",
    "report.evidence": "Onderbouwing",
    "report.findings": "Bevindingen van de toets",
    "report.household_areas": ("{n} beleidsterrein", "{n} beleidsterreinen"),
    "report.household_interventions": ("{n} interventie", "{n} interventies"),
    "report.household_organisations": ("{n} organisatie", "{n} organisaties"),
    "report.household_text": (
        "Op {party} komt {interventions} af uit {areas}, uitgevoerd door {organisations}, "
        "samen {cost} per jaar.",
        "Op {party} komen {interventions} af uit {areas}, uitgevoerd door {organisations}, "
        "samen {cost} per jaar.",
    ),
    "report.households": "Wat er op één huishouden afkomt",
    "report.improving": "verbetert",
    "report.indicator": "Indicator",
    "report.indicators": "Indicatoren",
    "report.intervention": "Interventie",
    "report.intro": (
        "Deze paragraaf is geschreven vanuit het perspectief van **{party}**. Ze zegt wat "
        "als eigen resultaat te claimen is, waaraan alleen een bijdrage is geleverd en wie "
        "er nog meer bijdroegen: resultaten bereik je samen, en je claimt ze eerlijk."
    ),
    "report.kind": "Soort",
    "report.level": "Niveau",
    "report.may_claim": "Wat {party} mag claimen",
    "report.may_claim_none": "Geen van de resultaten in dit model is van {party}.",
    "report.median_change": "Mediane verandering",
    "report.negative": "negatief",
    "report.no_conditions": "Er zijn geen randvoorwaarden genoemd voor: {names}.",
    "report.no_cost": "kosten niet genoemd",
    "report.no_intervention": "geen interventie genoemd",
    "report.no_policy": "(geen beleid genoemd)",
    "report.no_side_effects_at_all": "Er zijn helemaal geen neveneffecten gemodelleerd.",
    "report.none": "geen",
    "report.not_considered": "Geen neveneffect overwogen voor: {names}.",
    "report.not_controllable": "niet zonder meer beïnvloedbaar",
    "report.not_ready": "Wat er voor zelfsturing bij {party} nog ontbreekt:",
    "report.owner_collective": (
        "{statement} (niet door ons te claimen: gezamenlijk resultaat op {level}niveau;"
        " wij dragen bij)"
    ),
    "report.owner_other": (
        "{statement} (niet door ons te claimen: resultaat van {owner}; wij dragen bij)"
    ),
    "report.owner_own": "{statement} (ons eigen resultaat)",
    "report.period": "Periode",
    "report.place": "Ten opzichte van de grens",
    "report.policy": "Beleid",
    "report.positive": "positief",
    "report.q_achieve": "Wat willen we bereiken?",
    "report.q_cost": "Wat mag het kosten?",
    "report.q_do": "Wat gaan we daarvoor doen?",
    "report.readiness": "Klaar voor zelfsturing?",
    "report.ready": (
        "Niets staat zelfsturing door {party} in de weg: de resultaten zijn helder, de "
        "randvoorwaarden op orde en er is mandaat."
    ),
    "report.realised": "Verwacht en gerealiseerd",
    "report.realised_text": (
        "Afwijkingen buiten de marge zijn signalen, in beide richtingen: ook een beter "
        "resultaat dan verwacht vraagt om aandacht. In de kolom Afwijking betekent + "
        "beter dan verwacht en - slechter, ook bij een indicator waarbij minder beter is: "
        "5 weken waar 4 verwacht werd, is dan -1."
    ),
    "report.result": "Resultaat",
    "report.revised": "bijgesteld {why}",
    "report.rollup": "Van inwoners naar het geheel",
    "report.served": "Bereikte inwoners",
    "report.side_effect_item": "{statement} ({effect}; {level}; eigenaar: {owner})",
    "report.side_effects": "Neveneffecten",
    "report.side_effects_text": (
        "Verder kijken dan het doel: wat veroorzaken de interventies nog meer?"
    ),
    "report.signal": "Signaal",
    "report.stable": "stabiel",
    "report.status": "Status",
    "report.target": "Geldende streefwaarde",
    "report.total": "Totaal",
    "report.trend": "Trend",
    "report.value": "Gerealiseerd",
    "report.worsening": "verslechtert",

    # measured signals
    "signal.better": "beter dan verwacht",
    "signal.no_target": "geen streefwaarde",
    "signal.on_track": "op koers",
    "signal.worse": "slechter dan verwacht",

    # condition status
    "status.met": "op orde",
    "status.not_met": "niet op orde",
    "status.unknown": "onbekend",


    # privacy: public reports, personal data in models and case files
    "check.bsn_in_text": (
        "De tekst bij {where} bevat een getal dat de elfproef doorstaat: het kan een "
        "burgerservicenummer zijn, en dat hoort nooit in een model; haal het weg."
    ),
    "check.email_in_text": (
        "De tekst bij {where} bevat iets dat op een e-mailadres lijkt; contactgegevens van "
        "mensen horen niet in een model, haal het weg."
    ),
    "check.personal_name": (
        "{name} ({kind}) lijkt de naam van een echte persoon of een echt huishouden, in een "
        "model dat openbaar wordt; noem de partij bij haar rol, zoals “de inwoner”, of geef "
        "haar `publishable: true` als de naam openbaar mag."
    ),
    "check.personal_name_in_text": (
        "De tekst bij {where} noemt {name}, in een model dat openbaar wordt; schrijf in "
        "plaats daarvan de rol van de partij, zoals “de inwoner”."
    ),
    "check.phone_in_text": (
        "De tekst bij {where} bevat iets dat op een telefoonnummer lijkt; contactgegevens "
        "van mensen horen niet in een model, haal het weg."
    ),
    "error.cell_bsn": (
        "de cel doorstaat de elfproef en kan dus een burgerservicenummer zijn, dat niet in "
        "deze kolom hoort (de waarde wordt niet getoond, omdat het een persoonsgegeven kan zijn)"
    ),
    "error.case_bsn": (
        "het casusnummer doorstaat de elfproef en kan dus een burgerservicenummer zijn, dat "
        "niet als casusnummer gebruikt mag worden; vervang de casusnummers vóór de analyse "
        "door pseudoniemen (de waarde wordt niet getoond, omdat het een persoonsgegeven kan "
        "zijn)"
    ),
    "error.case_not_id": (
        "een casusnummer moet tekst zijn zonder spaties eromheen (de waarde wordt niet "
        "getoond, omdat het een persoonsgegeven kan zijn)"
    ),
    "error.min_group": "min_group moet een geheel getal van minstens 1 zijn, maar is {got}",
    "error.min_group_internal": (
        "min_group geldt alleen voor een openbaar rapport; voeg audience=\"public\" toe "
        "(--public)"
    ),
    "error.unknown_audience": "audience moet een van {audiences} zijn, maar is {got}",
    "privacy.household_n": "huishouden {letter}",
    "privacy.network_n": "netwerk {letter}",
    "privacy.removed": "[verwijderd]",
    "privacy.resident_n": "inwoner {letter}",
    "privacy.the_network": "het netwerk",
    "privacy.the_resident": "de inwoner",
    "report.personal_data": "Dit rapport kan persoonsgegevens bevatten.",
    "report.public": (
        "Dit rapport is bedoeld om openbaar te maken: inwoners en hun netwerk worden bij hun "
        "rol genoemd, en groepen van minder dan {n} inwoner worden niet getoond.",
        "Dit rapport is bedoeld om openbaar te maken: inwoners en hun netwerk worden bij hun "
        "rol genoemd, en groepen van minder dan {n} inwoners worden niet getoond.",
    ),
    "rollup.suppressed": (
        "Om de privacy van inwoners te beschermen is {n} groep van minder dan {least} "
        "inwoners weggelaten: {groups}",
        "Om de privacy van inwoners te beschermen zijn {n} groepen van minder dan {least} "
        "inwoners weggelaten: {groups}",
    ),
    "report.suppressed": (
        "Niet getoond: {n} groep van minder dan {least} inwoners, zodat geen inwoner "
        "herkenbaar is.",
        "Niet getoond: {n} groepen van minder dan {least} inwoners, zodat geen inwoner "
        "herkenbaar is.",
    ),

    # words used to join lists
    "word.and": "en",
    "word.or": "of",

    # condition kinds
    "condition.method": "methode",
    "condition.staff": "medewerkers",
    "condition.quality": "kwaliteit",
    "condition.monitoring": "voortgangsbewaking",
    "condition.mandate": "mandaat",
    "condition.other": "overig",

    # which way an indicator is better
    "direction.higher": "hoger",
    "direction.lower": "lager",

    # party kinds
    "kind.citizen": "inwoner",
    "kind.network": "netwerk",
    "kind.municipality": "gemeente",
    "kind.provider": "aanbieder",
    "kind.professional": "professional",
    "kind.school": "school",
    "kind.employer": "werkgever",
    "kind.insurer": "zorgverzekeraar",
    "kind.community": "gemeenschap",
    "kind.cooperation": "samenwerkingsverband",
    "kind.other": "overig",

    # a method's recognition
    "recognition.well_described": "goed beschreven",
    "recognition.well_founded": "goed onderbouwd",
    "recognition.effective_first": "effectief volgens eerste aanwijzingen",
    "recognition.effective_good": "effectief volgens goede aanwijzingen",
    "recognition.effective_strong": "effectief volgens sterke aanwijzingen",

    # contribution roles
    "role.necessary": "noodzakelijk",
    "role.supporting": "ondersteunend",
    # Dutch first, a second reading (issue 12, review)
    "story.both_links": "beide schakels van de keten",
    "claims.others_harm": (
        "Ook een ander had er een aandeel in: {names}.",
        "Ook anderen hadden er een aandeel in: {names}.",
    ),
    "story.all_links": "alle {n} schakels van de keten",
    "word.quoted": "“{text}”",
    "word.link": "de schakel van {source} naar {target}",
    "word.route_two": "{first} (daarna {last})",
    "word.route_long": (
        "{first} (met {n} tussenstap naar {last})",
        "{first} (met {n} tussenstappen naar {last})",
    ),
    "code.overclaim": "claim te ruim",
    "code.immodest": "anderen niet genoemd",
    "code.conditions_not_met": "randvoorwaarden niet op orde",
    "code.uncontrollable_indicator": "indicator niet beïnvloedbaar",
    "code.no_indicator": "geen indicator",
    "code.no_side_effects": "geen neveneffect overwogen",
    "code.no_contributors": "niemand draagt bij",
    "code.ownership_doubt": "eigenaar twijfelachtig",
    "code.owner_not_contributing": "eigenaar draagt niet bij",
    "code.weak_method": "methode niet bewezen",
    "code.idle_party": "partij zonder rol",
    "code.personal_name": "persoonsnaam",
    "code.bsn_in_text": "BSN in tekst",
    "code.contact_in_text": "contactgegevens in tekst",
    "code.weak_link": "zwakke schakel",
    "code.rival_unexamined": "andere verklaring niet onderzocht",
    "code.assumption_missing": "veronderstelling ontbreekt",
    "code.signal_unanswered": "signaal onbeantwoord",
    "code.indicator_without_purpose": "doel van de meting ontbreekt",
    "report.owner_own_above": (
        "{statement} (ons eigen resultaat, maar niet alleen in onze hand: wij dragen bij)"
    ),
    "report.owner_other_below": (
        "{statement} (niet ons eigen resultaat, maar wel in onze hand, zelf of via een contract:"
        " we zijn erop aanspreekbaar)"
    ),
    "report.owner_positive": (
        "{statement} (een positief neveneffect, geen doel; eigenaar: {owner}; wij dragen bij)"
    ),
    # honest ownership (issue 10)
    "check.ownership_doubt": (
        "{owner} is eigenaar van “{result}”, maar {why}. Eigenaarschap wordt getoetst, niet"
        " op goed vertrouwen aangenomen: {likely} {own} Leg het resultaat bij de"
        " waarschijnlijke eigenaar; {owner} mag de eigen bijdrage claimen."
    ),
    "check.doubt_necessary": "het is niet te bereiken zonder {names}",
    "check.doubt_above": (
        "het ligt boven de eigen grens van aanspreekbaarheid, dus niet in eigen hand"
    ),
    "check.likely_owner": "de waarschijnlijke eigenaar is {names}.",
    "check.likely_collective": "het hoort waarschijnlijk bij niemand alleen (collectief).",
    "check.likely_unknown": "het hoort waarschijnlijk bij de persoon in wiens leven het gebeurt.",
    "check.own_below": (
        "Het eigen resultaat van {owner}, onder de grens: {results}.",
        "De eigen resultaten van {owner}, onder de grens: {results}.",
    ),
    "check.own_more": "nog {n}",
    "check.own_none": (
        "{owner} heeft nog geen resultaat onder de grens: leg vast wat in eigen hand is."
    ),
    "check.owner_not_contributing": (
        "“{result}” is van {owner}, maar de eigenaar heeft er geen enkele route naartoe: "
        "niets van de eigen inzet leidt erheen. Voeg de bijdrage toe, of leg het resultaat "
        "bij wie het bereikt."
    ),
    "check.weak_method": (
        "“{name}”: voorwaarde “{condition}” is geen bewezen methode ({recognition}); een"
        " bewezen methode is minstens goed onderbouwd."
    ),
    "recognition.none": "geen erkenning opgegeven",
    "error.commissions_itself": (
        "{party} voert deze interventie uit of werkt eraan mee en kan deze niet ook in "
        "opdracht geven"
    ),
    "claims.commissioner": (
        "“{name}” wordt in opdracht van {party} uitgevoerd door {provider}: wat "
        "gecontracteerd is, heeft de opdrachtgever via het contract in de hand."
    ),
    "claims.scope_region": "de regio",
    "claims.answers_for": (
        "“{result}” is een schadelijk neveneffect, geen doel: het is voor {party} niet te "
        "claimen, maar het eigen aandeel erin wel te verantwoorden."
    ),
    "dot.answers_for": (
        "schadelijk neveneffect: het eigen aandeel van {party} is te verantwoorden"
    ),
    "dot.lg_commissions": "blauwe streeplijn: geeft opdracht en financiert (via contract)",
    "report.contracted": "beïnvloedbaar via het contract",
    "report.answers_for": "Neveneffecten waarin {party} een aandeel had",
    "report.answers_for_text": (
        "Neveneffecten zijn geen doelen. Op een schadelijk neveneffect is {party}"
        " aanspreekbaar op het eigen aandeel erin; een bijdrage aan een positief neveneffect"
        " mag genoemd worden, maar niet als bereikt doel."
    ),
    "report.owner_harm": (
        "{statement} (een schadelijk neveneffect: we zijn aanspreekbaar op ons aandeel erin)"
    ),
    "report.q_side_effects": "Welke neveneffecten heeft ons werk?",
    "report.programme_cost": "programmakosten {cost} per jaar, niet toegerekend aan één huishouden",
    "report.per_household": "{cost} ({total} per jaar voor {reach})",
    "report.programme_note": (
        "Programmakosten staan apart en tellen niet mee in wat op {party} afkomt: {names}. Geef"
        " ze een bereik (huishoudens of mensen per jaar) om een huishouden het eigen deel toe"
        " te rekenen."
    ),
    "ready.weak_method": (
        "“{intervention}”: methode “{condition}” is geen bewezen methode ({recognition})."
    ),
    "report.readiness_of": "Klaar voor zelfsturing: {party}",
    "report.recognition": "{kind}: {recognition}",
    # contribution analysis: shares, stories, weights (issue 11)
    "share.point": "ongeveer {share}",
    "share.range": "{low}–{high}",
    "error.not_text_list": "moet een lijst van teksten zijn, maar is {got}",
    "error.weight_range": "een gewichtsbereik is [laag, hoog], twee getallen; gekregen: {got}",
    "error.weight_order": (
        "het lage eind {low} van een gewichtsbereik ligt boven het hoge eind {high}"
    ),
    "strength.strong": "sterk",
    "strength.moderate": "redelijk",
    "strength.weak": "zwak",
    "strength.untested": "niet getoetst",
    "story.credible": "geloofwaardig",
    "story.plausible": "aannemelijk",
    "story.weak": "zwak",
    "story.unsupported": "niet onderbouwd",
    "rival.ruled_out": "uitgesloten",
    "rival.plausible": "aannemelijk, niet uitgesloten",
    "rival.unknown": "niet onderzocht",
    "story.title": "De bijdrage van {party} aan “{result}”: {strength}",
    "story.step_question": "De oorzaak-gevolgvraag",
    "story.question": "Heeft {party} bijgedragen aan “{result}” (een resultaat van {owner})?",
    "story.question_collective": (
        "Heeft {party} bijgedragen aan het collectieve resultaat “{result}”?"
    ),
    "story.step_chain": "De veronderstelde keten en haar risico's",
    "story.chain": "De bijdrage van {party} loopt via {path}.",
    "story.no_chain": (
        "Geen enkele inzet van {party} leidt in het model tot het resultaat."
    ),
    "story.link": "{link}: bewijs {grade}.",
    "story.link_evidence": "Bewijs: {evidence}.",
    "story.link_assumptions": "Veronderstelt: {assumptions}.",
    "story.link_no_assumptions": "Geen veronderstelling opgeschreven.",
    "story.step_others": "Andere invloeden en andere verklaringen",
    "story.others": (
        "Ook een ander draagt bij: {names}.",
        "Ook anderen dragen bij: {names}.",
    ),
    "story.factors": (
        "Een externe factor speelt mee: {names}.",
        "Externe factoren spelen mee: {names}.",
    ),
    "story.no_rivals": "Er is geen andere verklaring van de verandering overwogen.",
    "story.rival": "Andere verklaring: {explanation} ({status}).",
    "story.step_story": "Het bijdrageverhaal en zijn zwakke plekken",
    "story.verdict_credible": (
        "Het verhaal is geloofwaardig: elke schakel van de keten heeft sterk bewijs, de "
        "veronderstellingen zijn opgeschreven, het werk is gedaan zoals bedoeld en elke "
        "andere verklaring is uitgesloten."
    ),
    "story.verdict": "Het verhaal is {strength}: {gaps}.",
    "story.weakest": (
        "De zwakste schakel is {links}.",
        "De zwakste schakels zijn {links}.",
    ),
    "story.gap.no_route": "geen enkele inzet van {party} leidt tot het resultaat",
    "story.gap.evidence": (
        "het bewijs voor {links} is {grade}",
        "het bewijs voor {links} is {grade}",
    ),
    "story.gap.assumptions": "voor {links} is geen veronderstelling opgeschreven",
    "story.gap.implementation": "een procesvoorwaarde is niet vervuld voor {names}, dus het "
                                "werk is niet gedaan zoals bedoeld",
    "story.gap.rivals_unexamined": "andere verklaringen zijn niet onderzocht",
    "story.gap.rivals_open": (
        "een andere verklaring is niet uitgesloten: {names}",
        "andere verklaringen zijn niet uitgesloten: {names}",
    ),
    "story.step_strengthen": "Wat het verhaal het meest zou versterken",
    "story.do.no_route": (
        "Leg in het model vast hoe de bijdrage van {party} aan het resultaat loopt, of "
        "claim het niet."
    ),
    "story.do.evidence": "Verzamel bewijs voor {links}: het bewijs is nu {grade}.",
    "story.do.assumptions": "Schrijf op wat moet gelden voor {links}.",
    "story.do.implementation": (
        "Laat zien dat het werk is gedaan zoals bedoeld: vervul {conditions}."
    ),
    "story.do.rivals_unexamined": (
        "Benoem de andere verklaringen van de verandering en onderzoek ze."
    ),
    "story.do.rivals_unknown": (
        "Onderzoek de andere verklaring: {names}.",
        "Onderzoek de andere verklaringen: {names}.",
    ),
    "story.do.rivals_open": (
        "Zoek bewijs dat de andere verklaring uitsluit of de omvang ervan bepaalt: {names}.",
        "Zoek bewijs dat de andere verklaringen uitsluit of de omvang ervan bepaalt: {names}.",
    ),
    "story.do.nothing": "Houd het bewijs actueel; niets houdt het verhaal nu tegen.",
    "report.stories": "Bijdrageverhalen",
    "report.stories_none": "Geen organisatie doet in dit model een claim.",
    "check.weak_link": (
        "{party} claimt “{result}”, maar zelfs de best onderbouwde route rust op bewijs dat "
        "{grade} is voor {links}; verzamel daar bewijs of stel de claim naar beneden bij."
    ),
    "check.rival_unexamined": (
        "{party} claimt “{result}”, maar er is geen andere verklaring van de verandering "
        "overwogen; benoem wat het nog meer kan verklaren en of dat is uitgesloten."
    ),
    "check.assumption_missing": (
        "{link} is noodzakelijk, maar er is geen veronderstelling bij opgeschreven; schrijf "
        "op onder welke veronderstellingen deze schakel werkt."
    ),
    "dot.strength_legend": "bewijs: ●●● sterk, ●●○ redelijk, ●○○ zwak, ○○○ niet getoetst",
    "dot.weakest": "zwakste schakel",

    # exports: as_dict, CSV, Excel and Kumu (issue 13)
    "cli.rollup_needs_csv": "--rollup kiest de tabel van --format csv; voeg --format csv toe",
    "cli.rollup_not_in_csv": (
        "De optelling per groep ({n} groep) staat niet in deze tabel; --rollup schrijft die.",
        "De optelling per groep ({n} groepen) staat niet in deze tabel; --rollup schrijft die.",
    ),
    "error.claim_alone": (
        "deze claim weet niet meer in welk model hij beoordeeld is (hij is gekopieerd of met "
        "de hand gemaakt): geef het model mee, claim.as_dict(model)"
    ),
    "error.needs_openpyxl": (
        "voor een Excel-werkmap is openpyxl nodig; installeer het met: {install}"
    ),
    "error.export_suffix": (
        "kan niet exporteren naar {name}: de extensie bepaalt wat er wordt geschreven, een "
        "van {suffixes} (.xlsx een Excel-werkmap, .json een kaart voor Kumu)"
    ),
    "export.sheet.claims": "Claims",
    "export.sheet.findings": "Bevindingen",
    "export.sheet.progress": "Voortgang",
    "export.sheet.rollups": "Casussen per groep",
    "export.sheet.parties": "Partijen",
    "export.sheet.results": "Resultaten",
    "export.sheet.interventions": "Interventies",
    "export.sheet.factors": "Externe factoren",
    "export.sheet.contributions": "Bijdragen",
    "export.col.party": "Partij-id",
    "export.col.party_name": "Partij",
    "export.col.result": "Resultaat-id",
    "export.col.result_statement": "Resultaat",
    "export.col.level": "Niveau",
    "export.col.owner": "Eigenaar-id",
    "export.col.owner_name": "Eigenaar",
    "export.col.verdict": "Oordeel",
    "export.col.share": "Toe te rekenen aandeel",
    "export.col.share_low": "Aandeel minstens",
    "export.col.share_high": "Aandeel hoogstens",
    "export.col.share_exact": "Aandeel exact berekend",
    "export.col.claimable_value": "Claimbare waarde",
    "export.col.co_contributor_names": "Andere bijdragers",
    "export.col.factor_names": "Externe factoren",
    "export.col.reasons": "Onderbouwing",
    "export.col.severity": "Ernst",
    "export.col.code": "Code",
    "export.col.subject": "Over",
    "export.col.message": "Melding",
    "export.col.indicator": "Indicator",
    "export.col.period": "Periode",
    "export.col.period_start": "Periode vanaf",
    "export.col.period_end": "Periode tot en met",
    "export.col.baseline": "Nulmeting",
    "export.col.target": "Streefwaarde",
    "export.col.revision": "Streefwaarde bijgesteld",
    "export.col.realised": "Gerealiseerd",
    "export.col.count": "Aantal waarden",
    "export.col.deviation": "Afwijking",
    "export.col.relative": "Relatieve afwijking",
    "export.col.signal": "Signaal",
    "export.col.trend": "Trend",
    "export.col.intervention": "Interventie-id",
    "export.col.intervention_name": "Interventie",
    "export.col.area": "Gebied",
    "export.col.with_goal": "Casussen met een eigen doel",
    "export.col.reached_goal": "Casussen die hun eigen doel bereikten",
    "export.col.share_reached_goal": "Aandeel dat het eigen doel bereikte",
    "export.col.expected": "Toen verwacht",
    "export.col.marker": "Bereikte voortgangsmarkering",
    "export.marker.expect": "verwacht",
    "export.marker.like": "wat we graag zien",
    "export.marker.love": "wat we heel graag zien",
    "export.col.cases": "Casussen",
    "export.col.reached": "Casussen die de gezamenlijke streefwaarde bereikten",
    "export.col.share_reached": "Aandeel dat de gezamenlijke streefwaarde bereikte",
    "export.col.change_min": "Verandering, kleinste",
    "export.col.change_q1": "Verandering, eerste kwartiel",
    "export.col.change_median": "Verandering, mediaan",
    "export.col.change_q3": "Verandering, derde kwartiel",
    "export.col.change_max": "Verandering, grootste",
    "export.col.id": "Id",
    "export.col.name": "Naam",
    "export.col.kind": "Soort",
    "export.col.member_names": "Leden",
    "export.col.statement": "Omschrijving",
    "export.col.intended": "Beoogd",
    "export.col.effect": "Effect",
    "export.col.indicators": "Indicatoren",
    "export.col.value": "Waarde",
    "export.col.by": "Uitgevoerd door (id)",
    "export.col.by_name": "Uitgevoerd door",
    "export.col.partner_names": "Samen met",
    "export.col.commissioned_by_name": "Opdrachtgever",
    "export.col.beneficiary_name": "Voor",
    "export.col.cost": "Kosten",
    "export.col.policy": "Beleid",
    "export.col.description": "Beschrijving",
    "export.col.from": "Van (id)",
    "export.col.from_name": "Van",
    "export.col.to": "Naar (id)",
    "export.col.to_name": "Naar",
    "export.col.role": "Rol",
    "export.col.weight": "Gewicht",
    "export.col.strength": "Bewijskracht",
    "export.col.evidence": "Bewijs",
    "export.col.assumptions": "Veronderstellingen",
    "export.verdict.owns": "eigen resultaat",
    "export.verdict.contributes": "bijdrage",
    "export.verdict.none": "geen claim",
    "export.severity.error": "fout",
    "export.severity.warning": "waarschuwing",
    "export.severity.info": "opmerking",
    "export.effect.positive": "positief",
    "export.effect.negative": "negatief",
    "export.kumu.party": "Partij",
    "export.kumu.result": "Resultaat",
    "export.kumu.intervention": "Interventie",
    "export.kumu.factor": "Externe factor",
    "export.kumu.kind": "Soort",
    "export.kumu.level": "Niveau",
    "export.kumu.owner": "Eigenaar",
    "export.kumu.verdict": "Oordeel",
    "export.kumu.seen_from": "Gezien vanuit",
    "export.kumu.signal": "Signaal",
    "export.kumu.by": "Uitgevoerd door",
    "export.kumu.role": "Rol",
    "export.kumu.strength": "Bewijskracht",
    "export.kumu.weight": "Gewicht",
    "export.kumu.carries_out": "voert uit",
    "export.kumu.co_produces": "werkt mee aan",
    "export.kumu.commissions": "geeft opdracht voor",
    "export.kumu.member_of": "lid van",
    "export.kumu.contributes": "draagt bij aan",

    # issue 13: report formats (Word, PDF, the interactive page, the colophon)
    "report.colophon": (
        "Opgesteld op {date} met het programma resultaat {version}, uit het model "
        "“{name}” (vingerafdruk `{fingerprint}`)."
    ),
    "error.report_date": "de rapportdatum moet een datum zijn als JJJJ-MM-DD, maar is {got}",
    "error.source_date_epoch": (
        "{variable}={got} in de omgeving is geen datum: zet er een geheel aantal seconden "
        "sinds 1-1-1970 UTC in, of haal de variabele weg"
    ),
    "error.interactive_format": (
        "een interactieve pagina is HTML: gebruik format='html', niet {got}"
    ),
    "error.report_suffix": (
        "kan geen rapport schrijven naar {name}: de extensie bepaalt het formaat; gebruik "
        ".md, .html, .docx of .pdf"
    ),
    "error.diagram_markdown": (
        "--diagram en --no-diagram horen bij een Markdown-rapport (-o BESTAND.md); een "
        "HTML-, Word- of pdf-rapport bevat de kaart altijd"
    ),
    "error.report_diagram": (
        "diagram= noemt de afbeelding die een Markdown-rapport toont; een {format}-rapport "
        "bevat zijn eigen kaart: laat diagram weg"
    ),
    "error.interactive_measurements": (
        "de interactieve pagina toont geen metingen: laat ze weg, of schrijf het "
        "HTML-rapport, dat ze wel toont"
    ),
    "error.interactive_moment": (
        "de interactieve pagina is niet voor een moment van de cyclus: laat --moment weg, "
        "of schrijf het HTML-rapport"
    ),
    "error.diagram_both": "geef --diagram of --no-diagram, niet allebei",
    "error.diagram_stdout": (
        "--diagram vraagt om -o BESTAND.md: de kaart wordt als bestand naast het rapport "
        "geschreven"
    ),
    "error.interactive_suffix": (
        "--interactive schrijft een HTML-pagina: gebruik -o BESTAND.html, niet {name}"
    ),
    "error.pdf_missing": (
        "een pdf-rapport heeft WeasyPrint en de bibliotheek Pango nodig, en {missing}: "
        "pip install 'resultaat[pdf]', en Pango (Debian/Ubuntu: apt-get install "
        "libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango); of schrijf .html of "
        ".docx, die geen van beide nodig hebben"
    ),
    "error.docx_missing": (
        "een Word-rapport heeft het pakket python-docx nodig, dat ontbreekt: "
        "pip install python-docx"
    ),
    "page.point_of_view": "Gezien vanuit",
    "page.hint": "Klik op een resultaat om te lezen waarom.",
    "page.reasons": "Waarom",
    "page.others": "Resultaten buiten het bereik van {party}",
    "page.noscript": "Deze pagina heeft JavaScript nodig om van gezichtspunt te wisselen.",

    # issue 16: pile-up scan, ledger, beneficiaries, cooperations (keep together)
    "error.commitments_not_cooperation": (
        "alleen een samenwerkingsverband heeft inbreng van leden; {id} is van de soort {kind};"
        " zet kind: cooperation of verwijder commitments"
    ),
    "error.commitment_not_member": (
        "{got} is geen lid van {coop}; de leden zijn: {members}"
    ),
    "error.indicator_needs_result": (
        "een indicator hoort bij een resultaat: vul ook result in"
    ),
    "error.beneficiary_owns": (
        "{party} is eigenaar van dit resultaat; zet onder beneficiaries alleen partijen die er"
        " baat bij hebben zonder eigenaar te zijn"
    ),
    "error.beneficiary_twice": "{party} staat twee keer bij beneficiaries; houd er één",
    "error.beneficiaries_exceed": (
        "de waarden van de beneficiaries zijn samen {stated}, meer dan de waarde {value} van"
        " het resultaat; verlaag ze of verhoog de waarde"
    ),
    "dot.lg_against": (
        "rode lijn met een dwarsstreep (−): werkt het resultaat tegen; geen aandeel in de eer"
    ),
    "pileup.conflict": (
        "“{against}” werkt “{result}” tegen, terwijl andere hulp voor {party} daar juist "
        "op gericht is ({serves}): trekt de hulp dit huishouden twee kanten op, en welke "
        "moet wijken?"
    ),
    "pileup.conflict_own": (
        "“{against}” werkt “{result}” tegen, een resultaat in het leven van {party} zelf: "
        "is het dat waard, en weet dit huishouden ervan?"
    ),
    "pileup.coordination": (
        "{party} krijgt hulp van {n} organisatie ({names}) en niemand is aangewezen om "
        "die hulp af te stemmen: wie houdt het overzicht, en heeft dit huishouden één "
        "vast aanspreekpunt?",
        "{party} krijgt hulp van {n} organisaties ({names}) en niemand is aangewezen om "
        "die hulp af te stemmen: wie houdt het overzicht, en heeft dit huishouden één "
        "vast aanspreekpunt?",
    ),
    "pileup.stop_policy": (
        "“{name}” ({policy}) komt bij {party} terecht, maar draagt aan geen enkel eigen "
        "resultaat van dit huishouden bij: wat levert het op, en kan het stoppen?"
    ),
    "pileup.stop": (
        "“{name}” komt bij {party} terecht, maar draagt aan geen enkel eigen resultaat "
        "van dit huishouden bij: wat levert het op, en kan het stoppen?"
    ),
    "pileup.purpose": (
        "Waarom wordt “{indicator}” bij {party} gemeten, en wie gebruikt de uitkomst? Er "
        "staat geen doel bij. Als niemand dit huishouden kan uitleggen waarvoor de meting "
        "dient, moet die dan doorgaan?"
    ),
    "check.indicator_without_purpose": (
        "“{indicator}” bij “{result}” wordt over inwoners gemeten, maar er staat niet bij"
        " waarom, en wie het gebruikt; schrijf onder `purpose` een doel op dat je aan een"
        " inwoner kunt uitleggen, of stop met meten."
    ),
    "error.not_cooperation": (
        "{party} is van de soort {kind}, geen samenwerkingsverband; noem een samenwerkingsverband"
    ),
    "report.pileup": "Wat zich opstapelt: vragen voor het team",
    "report.pileup_text": (
        "De scan velt geen oordeel. Dit zijn vragen om met de hulpverleners en het huishouden"
        " te bespreken voordat er hulp bijkomt, of om te besluiten wat kan stoppen."
    ),
    "report.coordinator": "{coordinator} stemt de hulp voor {party} af.",
    "report.pileup_none": "De scan roept geen vragen op over wat er op {party} afkomt.",
    "report.measured": "Wat er bij {party} gemeten wordt, en waarom:",
    "report.purpose": "Waarom het gemeten wordt",
    "report.no_purpose": "**niet vermeld**",
    "report.ledger": "Wie betaalt en wie plukt de vruchten",
    "report.ledger_text": (
        "Wat elke partij per jaar betaalt voor de interventies (de opdrachtgever betaalt, "
        "anders de partij die de interventie uitvoert), naast de waarde die zij haalt uit "
        "de resultaten waarvan zij eigenaar is of waar zij baat bij heeft. Van die waarde "
        "is afgetrokken wat toch al was gebeurd, wat alleen van elders is verschoven "
        "en wat na het eerste jaar wegvalt, en ook het deel dat externe factoren "
        "verklaren."
    ),
    "report.party": "Partij",
    "report.invests": "Investering",
    "report.gains": "Baten",
    "report.balance": "Saldo",
    "report.wrong_pocket": "Verkeerde zak",
    "ledger.pays": "betaalt, anderen hebben de baten",
    "ledger.collects": "heeft de baten, anderen betalen",
    "report.wrong_pocket_text": (
        "Het verkeerde-zakprobleem: de kosten liggen bij {pays}, terwijl de baten "
        "terechtkomen bij {collects}, waar ze veel groter zijn dan de eigen inbreng. Kunnen "
        "de partijen met de baten meebetalen, bijvoorbeeld via een regionale afspraak?"
    ),
    "report.ledger_ranges": (
        "Waar een gewicht als bandbreedte is opgegeven, liggen de baten en het saldo binnen de"
        " bandbreedte tussen haakjes; ze berusten op opgegeven gewichten, niet op metingen."
    ),
    "report.unpriced": (
        "Het model geeft geen waarde voor de baat van {party} bij {results}."
    ),
    "report.society": (
        "Een waarde van {value} aan collectieve resultaten komt in de zak van geen enkele"
        " partij: die is van de samenleving."
    ),
    "report.uncosted": "Hiervoor zijn geen kosten opgegeven, dus ze tellen niet mee: {names}.",
    "report.cooperation": "Hoe de samenwerking werkt: {coop}",
    "report.cooperation_none": (
        "Het model zegt niet wat de leden in {coop} inbrengen of wat zij ervan verwachten:"
        " wat brengt elk lid in, en wat verwacht het ervan?"
    ),
    "report.cooperation_text": (
        "Wat elk lid in {coop} inbrengt, wat het ervan verwacht en wat er tot nu toe van"
        " terechtkwam."
    ),
    "report.member": "Lid",
    "report.puts_in": "Brengt in",
    "report.expects": "Verwacht",
    "report.came": "Wat ervan terechtkwam",
    "report.not_stated": "niet vermeld",
    "report.came_untracked": "niet gevolgd: welke indicator zou het laten zien?",
    "report.came_unmeasured": "{indicator}: nog niet gemeten",
    "report.came_hidden": "{indicator}: over te weinig gevallen gemeten om te publiceren",
    "report.came_measured": (
        "{indicator}: {value} in {period}, bij een doel van {target}: {signal}"
    ),
    "report.came_share": "(aandeel in de eer: {share})",
    "report.cooperation_silent": (
        "Voor {members} zegt het model niet wat zij in {coop} inbrengen of ervan verwachten:"
        " wat brengen zij in, en wat verwachten zij?"
    ),
    "ledger.figure_title": "Wie betaalt en wie plukt de vruchten, per jaar",
    "ledger.invests": "investering",
    "ledger.gains": "baten (lijn: de bandbreedte)",
    "cli.household": "{party}: {interventions} van {organisations}",
    "cli.organisations": ("{n} organisatie", "{n} organisaties"),
    "cli.coordinator": "Afgestemd door {coordinator}.",
    "cli.questions": "Vragen voor het team:",
    "cli.no_questions": "De scan roept geen vragen op.",
    "cli.measured_about": "Wat over dit huishouden gemeten wordt, en waarom:",
    "cli.ledger_empty": (
        "In dit model investeert geen partij en heeft geen partij baten: geef kosten en"
        " waarden op."
    ),
    "cli.ledger_range": (
        "Het saldo van {party} ligt tussen {low} en {high}, omdat gewichten als "
        "bandbreedte zijn opgegeven."
    ),
    "dot.against_tip": "werkt het resultaat tegen",
    # end of issue 16

    # issue 14: de planning-en-controlcyclus (streefwaarden met een pad, bijsturing, momenten)
    "error.baseline_period_alone": (
        "een baseline_period hoort bij de nulmeting uit die periode; voeg `baseline: …` toe "
        "of haal baseline_period weg"
    ),
    "error.path_no_deadline": (
        "een pad loopt naar een einddatum; voeg `deadline: …` toe, de periode waarin de "
        "streefwaarde bereikt moet zijn"
    ),
    "error.deadline_no_target": (
        "een deadline vraagt om een streefwaarde die dan bereikt moet zijn; voeg `target: …` toe"
    ),
    "error.deadline_no_start": (
        "een deadline vraagt om een pad vanaf de beginsituatie: geef `baseline` en "
        "`baseline_period` (de periode van de nulmeting), of tussendoelen in `path`"
    ),
    "error.baseline_after_deadline": (
        "de periode van de nulmeting ({start}) moet voor de deadline ({deadline}) liggen"
    ),
    "error.path_after_deadline": (
        "het tussendoel voor {period} ligt na de deadline {deadline}; verschuif de deadline "
        "of haal deze stap weg"
    ),
    "error.path_order": (
        "het tussendoel voor {period} moet na {previous} komen; zet het pad op volgorde in "
        "de tijd, na de periode van de nulmeting"
    ),
    "error.path_deadline_value": (
        "bij de deadline wordt de streefwaarde ({target}) verwacht, niet {value}; schrijf hier "
        "de streefwaarde of pas `target` aan"
    ),
    "error.marker_order": (
        "{key} ({value}) moet minstens zo goed zijn als {below}, de markering ervoor (beter "
        "is {direction}); zet de markeringen op volgorde value ≤ like ≤ love in de richting "
        "van beter"
    ),
    "error.change_needs": "een wijziging van de soort {kind} heeft `{key}` nodig; vul die in",
    "error.not_a_day": "moet een datum zijn zoals 2025-09-15, maar is {got}",
    "error.no_such_condition": (
        "interventie {intervention} heeft geen randvoorwaarde {got}{hint}; ze heeft: {names}"
    ),
    "check.signal_unanswered": (
        "“{result}”: “{indicator}” was slechter dan verwacht in {periods}, en sinds {first} "
        "is er geen bijsturing vastgelegd; leg in het bijsturingslog (`adjustments`) vast wat "
        "er besloten is, ook als dat afwachten was."
    ),
    "claims.measured_path": (
        "Gemeten: “{indicator}” was {value} in {period}; op weg naar {target} in {deadline} "
        "werd toen {expected} verwacht: {signal}."
    ),
    "error.moment": "moment moet een van {moments} zijn, maar is {got}",
    "cycle.title_begroting": "Begroting",
    "cycle.title_bestuursrapportage": "Bestuursrapportage",
    "cycle.title_jaarrekening": "Jaarrekening{year}",
    "cycle.intro_begroting": (
        "De begroting beantwoordt vooraf drie vragen: wat willen we bereiken, wat gaan we "
        "daarvoor doen en wat mag het kosten? Bij elke streefwaarde staat het groeipad: wat we "
        "elk jaar verwachten op weg naar de einddatum."
    ),
    "cycle.intro_bestuursrapportage": (
        "De bestuursrapportage laat zien hoe elke gemeten periode zich verhoudt tot wat er op "
        "dat moment op het groeipad verwacht werd, en wat er met de signalen is gedaan: het "
        "bijsturingslog."
    ),
    "cycle.intro_jaarrekening": (
        "De jaarrekening beantwoordt achteraf drie vragen, gemeten aan wat de begroting "
        "beloofde: wat hebben we bereikt, wat hebben we daarvoor gedaan en wat heeft het "
        "gekost?"
    ),
    "cycle.path_text": (
        "Elke streefwaarde met de einddatum en het groeipad erheen: wat we aan het eind van elk "
        "jaar verwachten. Een streefwaarde zonder einddatum geldt vanaf het begin."
    ),
    "cycle.path": "Verwacht onderweg",
    "cycle.target": "Streefwaarde",
    "cycle.deadline": "Uiterlijk",
    "cycle.no_deadline": "geen einddatum",
    "cycle.signals": "Signalen ten opzichte van het groeipad",
    "cycle.signals_text": (
        "Elke periode wordt beoordeeld op wat er op dat moment verwacht werd, niet op de "
        "uiteindelijke streefwaarde. In de kolom Afwijking betekent + beter dan verwacht "
        "en - slechter, ook bij een indicator waarbij minder beter is: 5 weken waar 4 "
        "verwacht werd, is dan -1."
    ),
    "cycle.expected": "Toen verwacht",
    "cycle.deviation": "Afwijking (+ is beter)",
    "cycle.done": "Wat is eraan gedaan",
    "cycle.nothing_logged": "**niets vastgelegd**",
    "cycle.no_measurements": "Er is nog niets gemeten.",
    "cycle.unanswered": "Signalen die nog op een antwoord wachten",
    "cycle.unanswered_item": (
        "{result}: “{indicator}” was slechter dan verwacht in {periods}, en sindsdien is er geen "
        "bijsturing vastgelegd."
    ),
    "cycle.log": "Bijsturingslog",
    "cycle.log_none": "Er is geen bijsturing vastgelegd.",
    "cycle.date": "Datum",
    "cycle.signal": "Signaal",
    "cycle.decision": "Besluit",
    "cycle.decided_by": "Besloten door",
    "cycle.changes": "Wat is er veranderd",
    "cycle.change_target": "streefwaarde bijgesteld naar {value}",
    "cycle.change_started": "gestart: {intervention}",
    "cycle.change_stopped": "gestopt: {intervention}",
    "cycle.change_condition": "randvoorwaarde op orde gebracht: {condition} ({intervention})",
    "cycle.no_year": (
        "Er is nog geen jaar tot het eind gemeten, dus er valt nog geen jaarrekening op te "
        "maken."
    ),
    "cycle.q_achieved": "Wat hebben we in {year} bereikt?",
    "cycle.promised": "Beloofd",
    "cycle.q_done": "Wat hebben we daarvoor in {year} gedaan?",
    "cycle.done_item": "{name} (uitgevoerd door {by})",
    "cycle.adjusted": "Bijsturing waartoe in {year} is besloten:",
    "cycle.q_cost": "Wat heeft het in {year} gekost?",
    "cycle.budgeted": "Begroot",
    "cycle.spent": "Besteed",
    "cycle.difference": "Verschil",
    "cycle.not_given": "niet opgegeven",
    "cycle.spent_missing": (
        "Wat er is besteed, is niet opgegeven voor {names}; vul het in onder `spent` in het "
        "modelbestand."
    ),
    "report.collective_target": "Gezamenlijke streefwaarde bereikt",
    "report.own_goal": "Eigen doel bereikt",
    "report.goal_of": "{reached} van {with_goal} ({share})",
    "report.rollup_residents": (
        "Wat door {party} geleverd is, is het aantal bereikte inwoners. Of inwoners hun "
        "eigen doel of de gezamenlijke streefwaarde bereikten, is hun resultaat, niet dat "
        "van {party}; die twee worden apart geteld."
    ),
    "report.rollup_own": (
        "Wat door {party} geleverd is, is het aantal bereikte inwoners; hoeveel de "
        "streefwaarde bereikten, is het eigen resultaat van {party}."
    ),
    "report.rollup_other": (
        "Wat door {party} geleverd is, is het aantal bereikte inwoners; hoeveel de "
        "streefwaarde bereikten, is het resultaat van {owner}, niet van de inwoners."
    ),
    "cli.progress_path": (
        "{result}/{indicator}: gerealiseerd {realised} tegenover {expected} toen verwacht "
        "(streefwaarde {target}) → {signal}{trend}"
    ),
    "cli.own_goal": ", eigen doel bereikt door {reached} van {with_goal}",
    "error.change_no_revision": (
        "de streefwaarde van {indicator} is nooit {value} geweest; zet de bijstelling bij de "
        "`targets` van de indicator (`{{value: {value}, from: …, why: …}}`) of verbeter de waarde"
    ),

    # het diagram in de nota: formaten, kleuren bij naam, samenvattende figuur (issue 13, diagram)
    "dot.title_self": "{model} — vanuit eigen perspectief",
    "dot.lg_side_negative": "schadelijk neveneffect",
    "dot.lg_signal": "gemeten, laatste periode",
    "dot.colour_own": "donkerblauw, dubbele rand",
    "dot.colour_theirs": "lichtoranje",
    "dot.colour_collective": "lichtgroen, achthoekig",
    "dot.colour_unreached": "wit, gestreepte grijze rand",
    "dot.colour_side": "omgevouwen hoek",
    "dot.colour_negative": "omgevouwen hoek, dikke vermiljoenrode (roodoranje) rand",
    "dot.colour_factor": "lichtgrijs, gestreepte rand",
    "dot.own_short": "eigen resultaat",
    "dot.theirs_short": "van {owner}: alleen de bijdrage",
    "dot.collective_short": "gezamenlijk: alleen de bijdrage",
    "dot.unreached_short": "van {owner}: niet bereikt",
    "dot.answers_for_short": "aanspreekbaar op het eigen deel",
    "dot.share_short": "aandeel {share}",
    "summary.title": "{party} in “{model}”: eigen resultaten, bijdragen en neveneffecten",
    "summary.claims": "Te claimen: eigen resultaten van {party}",
    "summary.contributes": "Bijdragen aan resultaten van anderen",
    "summary.answers": "Neveneffecten: aanspreekbaar op het eigen aandeel",
    "summary.none": "geen",
    "dot.ceiling_short": "grens van aanspreekbaarheid",
    "dot.lg_ceiling": (
        "gestreept blauw kader: waarop {party} aanspreekbaar is (onder de grens van "
        "aanspreekbaarheid)"
    ),
    "cli.summary_alone": (
        "--summary tekent de samenvatting in één oogopslag, die {options} niet gebruikt; laat "
        "die weg, of teken het diagram zonder --summary"
    ),
    "summary.title_self": "{model}: eigen resultaten, bijdragen en neveneffecten",

    # review: the records of a model file, named in file errors (keep together)
    "story.gap.assumptions_same": (
        "voor diezelfde schakel is geen veronderstelling opgeschreven",
        "voor diezelfde schakels zijn geen veronderstellingen opgeschreven",
    ),
    "record.commitment": "een inbreng van een lid",
    "record.party": "een partij",
    "record.condition": "een randvoorwaarde",
    "record.spent": "een besteding",
    "record.intervention": "een interventie",
    "record.target_revision": "een bijstelling van de streefwaarde",
    "record.path_point": "een punt op het pad",
    "record.indicator": "een indicator",
    "record.rival": "een andere verklaring",
    "record.beneficiary": "een partij die baat heeft (beneficiary)",
    "record.result": "een resultaat",
    "record.factor": "een externe factor",
    "record.contribution": "een bijdrage",
    "record.stated_claim": "een claim",
    "record.measurement": "een meting",
    "record.signal_seen": "een signaal",
    "record.changed": "een verandering",
    "record.adjustment": "een bijsturing",
    # end of review

    # adversarial testing, second round (adversary)
    "error.direction_control": (
        "de tekst bevat een teken dat de schrijfrichting omkeert ({code}) op teken {at}, "
        "waardoor de tekst eromheen in een andere volgorde verschijnt dan hij geschreven is; "
        "verwijder het (tekst in een schrift van rechts naar links heeft het niet nodig)"
    ),
    "error.pileup_nothing": (
        "niets in het model komt terecht bij {party}: geen interventie is voor die partij "
        "(for:) en er wordt niets over gemeten, dus er is geen huishouden om te scannen; de "
        "huishoudens in dit model zijn: {households}"
    ),
    "error.adjustment_before_signal": (
        "het besluit van {date} valt vóór het begin van de periode van zijn signaal "
        "({period}), dus het kan daar geen antwoord op zijn; verbeter de datum of de periode "
        "van het signaal"
    ),
    "error.summary_no_parties": (
        "het model heeft geen partijen, dus er is niemand om een samenvatting voor te tekenen; "
        "zet de partijen onder parties"
    ),
    "export.cell_cut": (
        "[hier afgebroken: een Excel-cel bevat {most} van de {total} tekens van deze tekst; "
        "het modelbestand en de CSV-export bevatten hem helemaal]"
    ),
    "error.ledger_suffix": (
        "kan de figuur ‘wie betaalt, wie plukt de vruchten’ niet naar {name} schrijven: die "
        "figuur bestaat alleen als SVG; laat de naam eindigen op .svg"
    ),
    "error.png_too_large": (
        "een PNG van {width} × {height} pixels bij {dpi} dpi is te groot om te tekenen (ten "
        "hoogste {most} pixels, en {side} langs één zijde); kies een lagere dpi of een kleiner "
        "formaat, of teken een SVG, die op elk formaat scherp wordt afgedrukt"
    ),
    "error.report_no_such_day": (
        "de rapportdatum {got} is geschreven als JJJJ-MM-DD, maar die dag bestaat niet; geef "
        "een bestaande datum"
    ),
}
