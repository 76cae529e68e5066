"""Nederlands: elke tekst die resultaat schrijft, per bericht-id."""


def plural_form(n: int) -> int:
    """Which of a plural message's forms fits ``n``: 0 for one, 1 for any other number."""
    return 0 if n == 1 else 1


MESSAGES: dict[str, str | tuple[str, ...]] = {
    # the check's findings and headings
    "check.conditions": (
        "{party} claimt resultaten van “{name}”, maar de randvoorwaarden zijn niet op orde:"
        " {conditions}."
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
        "{party} claimt een bijdrage aan “{result}”{source}, maar het model laat geen "
        "route van {party} daarheen zien. Schrap de claim of modelleer de bijdrage."
    ),
    "check.overclaim_owns": (
        "{party} claimt “{result}” als eigen resultaat{source}, maar {verdict}. Claim "
        "in plaats daarvan: {instead}."
    ),
    "check.source": " (in {source})",
    "check.uncontrollable": (
        "{party} claimt “{result}” als eigen resultaat, maar de indicator {indicators} "
        "is niet beïnvloedbaar door {party} alleen: dit resultaat hangt ook af van "
        "{others}.",
        "{party} claimt “{result}” als eigen resultaat, maar de indicatoren "
        "{indicators} zijn niet beïnvloedbaar door {party} alleen: dit resultaat hangt "
        "ook af van {others}.",
    ),
    "check.verdict_collective": (
        "het is een gezamenlijk resultaat op {level}niveau, waaraan {party} een bijdrage leverde"
    ),
    "check.verdict_contributes": (
        "het is een resultaat van {owner}, waaraan {party} een bijdrage leverde"
    ),
    "check.verdict_none": "niets wat {party} doet leidt ertoe",
    "check.warnings": "Waarschuwingen",

    # claims and their reasons
    "claims.contributes_collective": (
        "{party} mag een bijdrage aan “{result}” claimen, niet het resultaat zelf: het "
        "is een gezamenlijk resultaat op {level}niveau van {scope}."
    ),
    "claims.contributes_owner": (
        "{party} mag een bijdrage aan “{result}” claimen, niet het resultaat zelf: dat "
        "is van {owner}."
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
        "Voor {party} is “{result}” niet te claimen: er loopt geen route van {party} naar dit "
        "resultaat."
    ),
    "claims.others": "Ook anderen leverden een bijdrage: {names}. Vermeld hen bij de claim.",
    "claims.owns": "{party} mag “{result}” claimen: dit resultaat is van {party}.",
    "claims.owns_no_path": (
        "“{result}” is van {party}, maar het model laat niets van {party} zien dat "
        "eraan bijdraagt; voeg de interventies of bijdrage toe."
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
    "claims.side_effect_pos": "Dit is een positief neveneffect.",
    "claims.through": "via {path}",
    "claims.value": (
        "De waarde die geclaimd mag worden is {value} over {n} jaar, na aftrek van wat "
        "toch was gebeurd, verplaatsing en afname.",
        "De waarde die geclaimd mag worden is {value} over {n} jaar, na aftrek van wat "
        "toch was gebeurd, verplaatsing en afname.",
    ),
    "claims.via": "De bijdrage van {party} loopt {paths}.",
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
        "Geen resultaat in het model is van {party}, en er loopt geen route van {party} naar "
        "een resultaat."
    ),
    "cli.no_measurements": "Geen metingen om te vergelijken.",
    "cli.no_png": "(geen PNG: {error})",
    "cli.none": "GEEN",
    "cli.not_a_model": "{file} is geen geldig model.",
    "cli.owns": "EIGENAAR",
    "cli.parties": ("{n} partij", "{n} partijen"),
    "cli.problems": ("het model heeft {n} probleem", "het model heeft {n} problemen"),
    "cli.more_problems": ("… en nog {n} probleem", "… en nog {n} problemen"),
    "cli.progress": (
        "{result}/{indicator}: gerealiseerd {realised} tegenover {target} → {signal}{trend}"
    ),
    "cli.results": ("{n} resultaat", "{n} resultaten"),
    "cli.rollup": (
        "{where}: {n} casus, {reached} bereikten het eigen doel ({share}; hun "
        "resultaat, eigenaar: {owner})",
        "{where}: {n} casussen, {reached} bereikten het eigen doel ({share}; hun "
        "resultaat, eigenaar: {owner})",
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
    "dot.ceiling": (
        "onder de grens van aanspreekbaarheid van {party}: wat {party} in de hand heeft"
    ),
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
        "`{key}` ontbreekt; dat is verplicht voor een {kind}; bijvoorbeeld `{{{example}}}`"
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
    "error.not_one_of": "{got} is niet een van {allowed}",
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
    "error.report_format": "format moet 'markdown' of 'html' zijn, maar is {got}",
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
    "error.unknown_key": "onbekende sleutel {key}{hint}; een {kind} heeft {keys}",
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
    "ready.no_results": "Nog geen resultaat is van {party}: zeg waarop {party} aanspreekbaar is.",
    "ready.no_target": "“{result}”: indicator “{indicator}” heeft geen streefwaarde.",

    # the report
    "report.above": "boven de grens: alleen een bijdrage",
    "report.all_areas": "alle gebieden",
    "report.area": "Gebied",
    "report.baseline": "Nulmeting",
    "report.below": "onder de grens: aanspreekbaar",
    "report.budget": "De drie W-vragen van de begroting",
    "report.by": "Door",
    "report.ceiling": "De grens van aanspreekbaarheid (ceiling of accountability)",
    "report.ceiling_text": (
        "Onder de grens staan de resultaten die {party} in de hand heeft, zelf of via een "
        "contract, en waarop {party} dus aanspreekbaar is; erboven de resultaten waaraan "
        "{party} alleen een bijdrage kan leveren. Een indicator is beïnvloedbaar als die laat "
        "zien wat {party} deed en niets buiten {party} er invloed op heeft."
    ),
    "report.condition": "Randvoorwaarde",
    "report.conditions": "Randvoorwaarden (procesvoorwaarden)",
    "report.conditions_text": (
        "De kans op resultaat is groter als de randvoorwaarden van het werk op orde zijn: "
        "een bewezen methode, geschoolde medewerkers, kwaliteitsbewaking, bijhouden wat elke "
        "inspanning oplevert, en mandaat."
    ),
    "report.contributed": "Waaraan {party} een bijdrage leverde",
    "report.contributed_none": "Aan resultaten van anderen levert {party} geen bijdrage.",
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
        "{interventions} uit {areas}, uitgevoerd door {organisations}, komt af op "
        "{party}, samen {cost} per jaar.",
        "{interventions} uit {areas}, uitgevoerd door {organisations}, komen af op "
        "{party}, samen {cost} per jaar.",
    ),
    "report.households": "Wat er op één huishouden afkomt",
    "report.improving": "verbetert",
    "report.indicator": "Indicator",
    "report.indicators": "Indicatoren",
    "report.intervention": "Interventie",
    "report.intro": (
        "Deze paragraaf is geschreven vanuit het perspectief van **{party}**. Ze zegt wat "
        "{party} als eigen resultaat mag claimen, waaraan {party} een bijdrage leverde en wie "
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
    "report.not_ready": "{party} is nog niet klaar voor zelfsturing. Wat ontbreekt:",
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
    "report.reached": "Eigen doel bereikt",
    "report.readiness": "Klaar voor zelfsturing?",
    "report.ready": (
        "{party} is klaar voor zelfsturing: de resultaten zijn helder, de randvoorwaarden "
        "op orde en er is mandaat."
    ),
    "report.realised": "Verwacht en gerealiseerd",
    "report.realised_text": (
        "Afwijkingen buiten de marge zijn signalen, in beide richtingen: ook een beter "
        "resultaat dan verwacht vraagt om aandacht."
    ),
    "report.result": "Resultaat",
    "report.revised": "bijgesteld {why}",
    "report.rollup": "Van inwoners naar het geheel",
    "report.rollup_text": (
        "Wat {party} leverde, is het aantal bereikte inwoners. Hoeveel inwoners hun eigen "
        "doel bereikten, is hun resultaat, niet dat van {party}."
    ),
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
        "{n} groep van minder dan {least} inwoners is weggelaten om hun privacy te beschermen: "
        "{groups}",
        "{n} groepen van minder dan {least} inwoners zijn weggelaten om hun privacy te "
        "beschermen: {groups}",
    ),
    "report.suppressed": (
        "{n} groep van minder dan {least} inwoners wordt niet getoond, zodat geen inwoner "
        "herkenbaar is.",
        "{n} groepen van minder dan {least} inwoners worden niet getoond, zodat geen inwoner "
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
    # honest ownership (issue 10)
    "check.ownership_doubt": (
        "{owner} is eigenaar van “{result}”, maar {why}. Eigenaarschap wordt getoetst, niet"
        " op goed vertrouwen aangenomen: {likely} {own} Leg het resultaat bij de"
        " waarschijnlijke eigenaar; {owner} mag de eigen bijdrage claimen."
    ),
    "check.doubt_necessary": "het is niet te bereiken zonder {names}",
    "check.doubt_above": (
        "het ligt boven de grens van aanspreekbaarheid van {owner}: {owner} heeft het niet in "
        "de hand"
    ),
    "check.likely_owner": "de waarschijnlijke eigenaar is {names}.",
    "check.likely_collective": "het hoort waarschijnlijk bij niemand alleen (collectief).",
    "check.likely_unknown": "het hoort waarschijnlijk bij de persoon in wiens leven het gebeurt.",
    "check.own_below": "Het eigen resultaat van {owner}, onder de grens: {results}.",
    "check.own_more": "nog {n}",
    "check.own_none": (
        "{owner} heeft nog geen resultaat onder de grens: zeg wat {owner} in de hand heeft."
    ),
    "check.owner_not_contributing": (
        "{owner} is eigenaar van “{result}” maar heeft er geen enkele route naartoe: niets wat"
        " {owner} doet leidt erheen. Voeg de bijdrage toe, of leg het resultaat bij wie het"
        " bereikt."
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
        "{party} draagt bij als opdrachtgever van “{name}”, uitgevoerd door {provider}: wat"
        " gecontracteerd is, heeft {party} via het contract in de hand."
    ),
    "claims.scope_region": "de regio",
    "claims.answers_for": (
        "“{result}” is een schadelijk neveneffect, geen doel: {party} mag het niet claimen en"
        " is aanspreekbaar op het eigen aandeel erin."
    ),
    "dot.answers_for": "schadelijk neveneffect: {party} is aanspreekbaar op het eigen aandeel",
    "dot.lg_commissions": "blauwe streeplijn: geeft opdracht en financiert (via contract)",
    "report.contracted": "beïnvloedbaar via het contract",
    "report.answers_for": "Neveneffecten waarin {party} een aandeel had",
    "report.answers_for_text": (
        "Geen doelen, en niet te claimen: op een schadelijk neveneffect is {party}"
        " aanspreekbaar op het eigen aandeel erin."
    ),
    "report.owner_harm": (
        "{statement} (een schadelijk neveneffect: we zijn aanspreekbaar op ons aandeel erin)"
    ),
    "report.q_side_effects": "Op welke neveneffecten zijn we aanspreekbaar?",
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
    "story.chain": "{party} bereikt het resultaat via {path}.",
    "story.no_chain": "Niets wat {party} doet leidt in het model tot het resultaat.",
    "story.link": "{source} → {target} (bewijs: {grade}).",
    "story.link_evidence": "Bewijs: {evidence}.",
    "story.link_assumptions": "Veronderstelt: {assumptions}.",
    "story.link_no_assumptions": "Geen veronderstelling opgeschreven.",
    "story.step_others": "Andere invloeden en andere verklaringen",
    "story.others": "Ook anderen dragen bij: {names}.",
    "story.factors": "Externe factoren spelen mee: {names}.",
    "story.no_rivals": "Er is geen andere verklaring van de verandering overwogen.",
    "story.rival": "Andere verklaring: {explanation} ({status}).",
    "story.step_story": "Het bijdrageverhaal en zijn zwakke plekken",
    "story.verdict_credible": (
        "Het verhaal is geloofwaardig: elke schakel van de keten heeft sterk bewijs, de "
        "veronderstellingen zijn opgeschreven, het werk is gedaan zoals bedoeld en elke "
        "andere verklaring is uitgesloten."
    ),
    "story.verdict": "Het verhaal is {strength}: {gaps}.",
    "story.weakest": "De zwakste schakels: {links}.",
    "story.gap.no_route": "niets wat {party} doet leidt tot het resultaat",
    "story.gap.evidence": "het bewijs voor de zwakste schakel is {grade} ({links})",
    "story.gap.assumptions": "voor {links} is geen veronderstelling opgeschreven",
    "story.gap.implementation": "een procesvoorwaarde is niet vervuld voor {names}, dus het "
                                "werk is niet gedaan zoals bedoeld",
    "story.gap.rivals_unexamined": "andere verklaringen zijn niet onderzocht",
    "story.gap.rivals_open": "een andere verklaring is niet uitgesloten: {names}",
    "story.step_strengthen": "Wat het verhaal het meest zou versterken",
    "story.do.no_route": "Leg vast hoe {party} bijdraagt aan het resultaat, of claim het niet.",
    "story.do.evidence": "Verzamel bewijs voor {links}: het bewijs is nu {grade}.",
    "story.do.assumptions": "Schrijf op wat moet gelden voor {links}.",
    "story.do.implementation": (
        "Laat zien dat het werk is gedaan zoals bedoeld: vervul {conditions}."
    ),
    "story.do.rivals_unexamined": (
        "Benoem de andere verklaringen van de verandering en onderzoek ze."
    ),
    "story.do.rivals_unknown": "Onderzoek de andere verklaringen: {names}.",
    "story.do.rivals_open": (
        "Zoek bewijs dat de andere verklaring uitsluit of de omvang ervan bepaalt: {names}."
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
        "De noodzakelijke schakel {source} → {target} heeft geen opgeschreven "
        "veronderstelling; schrijf op onder welke veronderstellingen deze schakel werkt."
    ),
    "dot.strength_legend": "bewijs: ●●● sterk, ●●○ redelijk, ●○○ zwak, ○○○ niet getoetst",
    "dot.weakest": "zwakste schakel",
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
    "summary.title": "{party} in ‘{model}’: eigen resultaten, bijdragen en neveneffecten",
    "summary.claims": "Te claimen: eigen resultaten van {party}",
    "summary.contributes": "Draagt bij aan: resultaten van anderen",
    "summary.answers": "Aanspreekbaar op het eigen deel in: neveneffecten",
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
}
