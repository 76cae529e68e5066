"""Dutch first: Dutch output holds no English word of the library, and Dutch numbers."""

import datetime
import enum
import html.parser
import re
import string

import attrs
import pytest

import resultaat as r
from resultaat.cli._main import main
from resultaat.model import _model
from resultaat.present._markup import markdown_text
from resultaat.text import _catalogue as text
from resultaat.text._numbers import date, money, number, percent

WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def words(s):
    return {w.lower() for w in WORD.findall(s)}


def _forms(catalogue, errors=True):
    for key, value in catalogue.items():
        if errors or not key.startswith("error."):
            yield from ([value] if isinstance(value, str) else value)


def _without_placeholders(s):
    return "".join(lit for lit, _, _, _ in string.Formatter().parse(s))


def library_english():
    """Every English word the library can write: its catalogue and the values of its enums.

    Words the Dutch catalogue uses too ("indicator", "micro", "status", the
    commands in "resultaat check") are the same in both languages, so not English here;
    but not the words of its error messages, which name a model file's English keys
    and values ("de soort method").
    """
    english = set()
    for form in _forms(text.catalogue("en")):
        english |= words(_without_placeholders(form))
    for kind in vars(_model).values():
        if isinstance(kind, type) and issubclass(kind, enum.Enum) and kind is not enum.Enum:
            for member in kind:
                english |= words(str(member.value).replace("_", " "))
    dutch = set()
    for form in _forms(text.catalogue("nl"), errors=False):
        dutch |= words(_without_placeholders(form))
    return english - dutch


ENGLISH = library_english()


def test_the_word_list_holds_what_leaked_before():
    assert {"citizen", "provider", "method", "staff", "mandate", "errors", "notes", "owns",
            "founded", "worse", "track"} <= ENGLISH
    assert not {"indicator", "micro", "trend"} & ENGLISH


def user_texts(model):
    """Everything the user wrote in a model: names, statements, ids, evidence, periods."""
    found = {model.name, *((model.description and [model.description]) or [])}

    def walk(value):
        if isinstance(value, enum.Enum):
            return  # a value of the library's own, which the catalogue words
        if isinstance(value, str):
            found.add(value)
        elif attrs.has(type(value)):
            for f in attrs.fields(type(value)):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for x in value:
                walk(x)
        elif hasattr(value, "label"):
            found.add(value.label)

    for table in (model.parties, model.factors, model.interventions, model.results):
        for key, record in table.items():
            found.add(key)
            walk(record)
    for x in (*model.contributions, *model.claims, *model.measurements, *model.adjustments):
        walk(x)
    return {t for t in found if isinstance(t, str) and t}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_words(doc):
    parser = _Text()
    parser.feed(doc)
    return "\n".join(parser.parts)


def dutch_outputs(name, capsys, tmp_path):
    """(what, text) for every Dutch output of a bundled example."""
    path = r.example_path(name)
    model = r.load(path)
    cases = path.with_name(f"{name}-cases.csv")
    measured = ["--measurements", str(cases)] if cases.exists() else []
    out = []
    for args in (["check"], ["report", *measured], ["progress", *measured],
                 *(["claims", "--party", p] for p in model.parties)):
        main([args[0], str(path), "--lang", "nl", *args[1:]])
        out.append((" ".join(args), capsys.readouterr().out.replace(str(path), " ")))
    dot = r.to_dot(model, lang="nl")  # the diagram's labels and tooltips
    out.append(("diagram", re.sub(r"<[^>]+>", " ", " ".join(
        re.findall(r'(?:label|tooltip)=(<.*?>|"(?:[^"\\]|\\.)*")', dot, re.DOTALL)))))
    page = tmp_path / f"{name}.html"
    main(["report", str(path), "--lang", "nl", "-o", str(page), *measured])
    capsys.readouterr()
    out.append(("report html", html_words(page.read_text(encoding="utf-8"))))
    return model, [(what, _without_codes(said)) for what, said in out]


def _without_codes(said):
    for code in r.CODES:  # finding codes are ids, as in a model file
        said = said.replace(code, " ")
    return said


def _strip_user_text(output, model):
    for t in sorted(user_texts(model), key=len, reverse=True):
        output = output.replace(t, " ").replace(markdown_text(t), " ")
    return output.replace(f"resultaat {r.__version__}", " ")  # a version, not a number


@pytest.mark.parametrize("name", list(r.EXAMPLES))
def test_dutch_output_holds_no_english_word_of_the_library(name, capsys, tmp_path):
    model, outputs = dutch_outputs(name, capsys, tmp_path)
    theirs = set().union(*(words(t) for t in user_texts(model)))
    theirs |= words(r.fingerprint(model))  # hex digits, not words ("4b3fd2a2…" holds "a")
    for what, output in outputs:
        leaked = (words(output) & ENGLISH) - theirs
        assert not leaked, (what, sorted(leaked), [line for line in output.splitlines()
                                                   if words(line) & leaked][:3])


@pytest.mark.parametrize("name", list(r.EXAMPLES))
def test_dutch_output_writes_numbers_the_dutch_way(name, capsys, tmp_path):
    model, outputs = dutch_outputs(name, capsys, tmp_path)
    for what, output in outputs:
        rest = _strip_user_text(output, model)
        assert not re.findall(r"\d,\d{3}\b", rest), what
        assert not re.findall(r"\d\.(?!\d{3}\b)\d", rest), what  # "3.500" is Dutch


def test_numbers_in_each_language():
    assert number("nl", 18000) == "18.000"
    assert number("en", 18000) == "18,000"
    assert number("nl", 4.16667) == "4,17"
    assert percent("nl", 0.004) == "0,4%"
    assert percent("en", 0.004) == "0.4%"
    assert percent("nl", 0.38) == "38%"
    assert money("nl", 3200) == "€\xa03.200"
    assert money("en", 3200) == "€3,200"
    assert date("nl", datetime.date(2026, 3, 1)) == "1 maart 2026"


def test_key_dutch_sentences(capsys):
    m = r.example("steering")
    reasons = r.judge(m, "municipality", "unemployment", lang="nl").reasons
    assert ("Op basis van de opgegeven rollen en gewichten (een oordeel, geen meting) is het "
            "toe te rekenen aandeel van Municipality of Nijkerk ongeveer 0,4%.") in reasons
    report = r.report(r.example("debt-help"), lang="nl")
    assert ("Op The Yilmaz family komen 7 interventies af uit 6 beleidsterreinen, uitgevoerd "
            "door 5 organisaties, samen €\xa015.750 per jaar.") in report
    assert "## De grens van aanspreekbaarheid\n" in report
    assert "| Status |" in report


def test_progress_speaks_dutch(capsys):
    path = r.example_path("steering")
    cases = path.with_name("steering-cases.csv")
    assert main(["progress", str(path), "--measurements", str(cases), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert ("2024-H2  working/hours worked: gerealiseerd 4,17 tegenover 12 → slechter dan "
            "verwacht\n") in out
    assert ("2025-H1  coaching Oost: 14 casussen, 3 bereikten de gezamenlijke streefwaarde "
            "(21%), eigen doel bereikt door 5 van 12; eigenaar: Job seekers in the "
            "programme\n") in out
    assert main(["progress", str(path), "--measurements", str(cases)]) == 0
    out = capsys.readouterr().out
    assert "2025-H1  working/hours worked: realised 8.17 against 12 → worse than expected, " \
        "improving\n" in out
    assert main(["progress", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert ("2025     unemployment/youth unemployment: gerealiseerd 8,7 tegenover 8,2 toen "
            "verwacht (streefwaarde 7) → slechter dan verwacht, verbetert\n") in out


def test_check_headers_in_dutch(capsys):
    assert main(["check", str(r.example_path("wheelchair")), "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert ": een geldig model (6 partijen, 4 interventies, 7 resultaten).\n" in out
    assert "\nFouten (1):\n" in out
    assert "\nWaarschuwingen (11):\n" in out
    assert main(["claims", str(r.example_path("wheelchair")), "--party", "municipality",
                 "--lang", "nl"]) == 0
    assert capsys.readouterr().out.startswith("EIGENAAR     Mrs Jansen's mobility")


@pytest.mark.parametrize(("line", "said"), [
    ("  - {id: p, name: P, kind: gemeente}",
     "'gemeente' is not one of citizen, network, municipality, provider, professional, "
     "school, employer, insurer, community, cooperation, other (the model file's word for "
     "'gemeente' is 'municipality')"),
    ("  - {id: p, name: P, kind: aanbieder}", "(the model file's word for 'aanbieder' is "
     "'provider')"),
])
def test_a_dutch_kind_gets_the_english_word(tmp_path, line, said):
    path = tmp_path / "m.yaml"
    path.write_text(f"resultaat: 1\nparties:\n{line}\n", encoding="utf-8")
    with pytest.raises(r.ModelError) as e:
        r.load(path)
    assert said in str(e.value)


def test_dutch_values_get_the_english_word(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "resultaat: 1\nparties:\n  - {id: g, name: G, kind: municipality}\n"
        "interventions:\n  - id: x\n    name: X\n    by: g\n"
        "    conditions: [{name: M, kind: methode, status: op orde}]\n"
        "results:\n  - {id: a, statement: A, level: buurt, owner: g}\n"
        "  - {id: b, statement: B, level: meso, owner: gezamenlijk}\n", encoding="utf-8")
    with pytest.raises(r.ModelError) as e:
        r.load(path)
    said = [p.message for p in e.value.problems]
    assert said == [
        "'methode' is not one of method, staff, quality, monitoring, mandate, other "
        "(the model file's word for 'methode' is 'method')",
        "'op orde' is not one of met, not_met, unknown (the model file's word for 'op orde' "
        "is 'met')",
        "'buurt' is not one of micro, meso, macro (the model file's word for 'buurt' is "
        "'meso')",
        "unknown party 'gezamenlijk' (the model file's word for 'gezamenlijk' is "
        "'collective'); add it to parties or fix the id",
    ]


def test_validation_errors_follow_lang_or_the_declared_language(tmp_path, capsys):
    path = tmp_path / "m.yaml"
    path.write_text("resultaat: 1\nlanguage: nl\nparties:\n  - {id: p, name: P, kind: buurt}\n",
                    encoding="utf-8")
    with pytest.raises(r.ModelError) as e:
        r.load(path)
    assert e.value.lang == "nl"
    assert e.value.problems[0].message.startswith(
        "'buurt' is geen geldige keuze; kies uit citizen,")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{path} is geen geldig model.\nHet model heeft 1 probleem:\n  - ")
    assert main(["check", str(path), "--lang", "en"]) == 2
    assert "The model has 1 problem:\n  - " in capsys.readouterr().err
    with pytest.raises(r.ModelError) as e:
        r.load(path, lang="en")
    assert e.value.problems[0].message.startswith("'buurt' is not one of citizen,")
    path = tmp_path / "hint.yaml"
    path.write_text("resultaat: 1\nlanguage: nl\nparties: [{id: p, name: P, kind: citizen}]\n"
                    "results: [{id: r, statement: R, level: micro, owner: pp}]\n")
    with pytest.raises(r.ModelError) as e:
        r.load(path)
    assert e.value.problems[0].message == (
        "onbekende partij 'pp' (bedoelt u 'p'?); voeg die toe aan parties of verbeter het id")
    with pytest.raises(r.ModelError) as e:
        r.load(path, lang="en")
    assert "(did you mean 'p'?)" in e.value.problems[0].message


def test_a_sentence_that_starts_with_a_name_starts_with_a_capital_and_the_name_stays():
    m = r.example("rolstoel")
    text = r.report(m)
    assert "\nWat er voor zelfsturing bij de leverancier van hulpmiddelen nog ontbreekt:" in text
    assert "| De rolstoel aanmeten en onderhouden | de leverancier van hulpmiddelen | Wmo |" in text
    s = r.story(m, "resident", "moves")
    assert "De bijdrage van mevrouw Jansen loopt via" in s.text
    assert "Ook anderen dragen bij: haar dochter en schoonzoon" in s.text
    reasons = r.judge(m, "family", "moves").reasons
    assert reasons[0] == ("Voor haar dochter en schoonzoon is een bijdrage aan “Mevrouw Jansen "
                          "verplaatst zich zelfstandig” te claimen, niet het resultaat zelf: dat "
                          "is van mevrouw Jansen.")


def test_no_dutch_sentence_starts_with_a_number():
    assert r.report(r.example("schuldhulp")).count("\nOp het gezin Yilmaz komen 7 ") == 1
    for key in ("report.household_text", "report.suppressed", "rollup.suppressed",
                "pileup.coordination"):
        for form in text.catalogue("nl")[key]:
            assert not form.startswith(("{n}", "{interventions}")), key


def test_readiness_reads_right_for_a_party_named_in_the_plural():
    text = r.report(r.example("jeugdregio"))
    assert ("\nWat er voor zelfsturing bij de aanbieders van specialistische jeugdhulp nog "
            "ontbreekt:") in text
    assert " is nog niet klaar voor zelfsturing" not in text


def test_a_chain_of_two_links_is_both_and_a_harm_is_shared_not_claimed():
    m = r.example("wijkteam")
    weak = [f.message for f in r.check(m) if f.code == "weak-link"]
    assert any("niet getoetst is voor beide schakels van de keten;" in x for x in weak)
    reasons = r.judge(m, "team", "waits").reasons
    assert "Ook een ander had er een aandeel in: de contactpersoon bij Financiën." in reasons
    assert not any("Vermeld" in x for x in reasons)


def test_an_unknown_id_is_answered_in_the_language_of_the_command(capsys):
    dutch, english = str(r.example_path("rolstoel")), str(r.example_path("wheelchair"))
    assert main(["claims", dutch, "--party", "niemand"]) == 2
    assert capsys.readouterr().err.startswith("resultaat: geen partij 'niemand' in het model")
    assert main(["story", english, "--party", "municipality", "--result", "x"]) == 2
    assert capsys.readouterr().err.startswith("resultaat: no result 'x' in the model")
    assert main(["claims", english, "--party", "niemand", "--lang", "nl"]) == 2
    assert capsys.readouterr().err.startswith("resultaat: geen partij 'niemand'")
    with pytest.raises(KeyError, match="no party 'niemand'"):
        r.claims(r.example("wheelchair"), "niemand")  # the command's language stayed in it


def test_the_suggestion_in_a_command_error_is_in_the_command_language_too(capsys):
    dutch = str(r.example_path("sturing"))
    assert main(["claims", dutch, "--party", "seeker"]) == 2
    assert "(bedoelt u 'seekers'?)" in capsys.readouterr().err
    with pytest.raises(KeyError, match=r"\(did you mean 'seekers'\?\)"):
        r.claims(r.example("steering"), "seeker")


def test_a_file_error_names_the_record_in_the_language_of_the_error(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("resultaat: 1\nlanguage: nl\nparties:\n  - {id: p, kind: citizen, naam: P}\n",
                    encoding="utf-8")
    with pytest.raises(r.ModelError) as e:
        r.load(path)
    said = [p.message for p in e.value.problems]
    assert said[0].startswith("onbekende sleutel 'naam' (bedoelt u 'name'?); een partij heeft de "
                              "sleutels id, name, kind,")
    assert said[1].startswith("`name` ontbreekt; dat is verplicht voor een partij;")
