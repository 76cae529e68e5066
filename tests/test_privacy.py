"""Privacy: public reports and diagrams, personal data in models and in case files."""

import re

import pytest

import resultaat as r
from resultaat.analysis._check import check
from resultaat.analysis._privacy import (
    MIN_GROUP,
    holds_bsn,
    holds_contact,
    public_name,
    publishable,
    roles,
    surnames,
)
from resultaat.analysis._steering import load_measurements
from resultaat.cli._main import main
from resultaat.model._values import is_bsn
from resultaat.present._dot import to_dot
from resultaat.present._report import report

STEERING_CSV = r.example_path("steering").with_name("steering-cases.csv")


def personal_words(model):
    """Every name of a citizen or network party not marked publishable, and its surname."""
    words = set()
    for p in model.parties.values():
        if p.kind.value in ("citizen", "network") and not p.publishable:
            words.add(p.name)
            words.update(surnames(p.name))
    return words


def case_ids(rows):
    return {m.case for m in rows if m.case is not None}


def served(text):
    """The 'Residents served' column of a Markdown report's roll-up table."""
    out = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) in (7, 8) and re.fullmatch(r"\d{4}(-H\d)?", cells[0]):
            out.append(int(cells[4]))
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("name", list(r.EXAMPLES))
def test_a_public_report_of_each_example_names_nobody(name, fmt, lang):
    model = r.example(name)
    rows = list(model.measurements)
    if name == "steering":
        rows = list(load_measurements(model, STEERING_CSV))
    words = personal_words(model)
    ids = case_ids(rows)
    text = report(model, audience="public", format=fmt, lang=lang, measurements=rows)
    for word in words:
        assert word.casefold() not in text.casefold(), word
    for case in ids:
        assert not re.search(rf"(?<!\w){re.escape(case)}(?!\w)", text), case
    internal = report(model, format=fmt, lang=lang, measurements=rows)
    for word in words:  # the test can fail: the internal report does show them
        assert word in internal


def test_the_examples_have_people_to_hide_and_say_they_are_fictional():
    hidden = {name: personal_words(r.example(name)) for name in r.EXAMPLES}
    assert hidden["debt-help"] == {"The Yilmaz family", "Yilmaz", "Relatives and friends"}
    assert {"Mrs Jansen", "Jansen"} <= hidden["wheelchair"]
    for name in r.EXAMPLES:
        assert "fictional" in r.example_path(name).read_text(encoding="utf-8"), name


def test_the_debt_help_household_is_household_a():
    model = r.example("debt-help")
    text = report(model, audience="public")
    assert text.splitlines()[2] == "# Debt help for household A"
    assert "## What lands on one household: household A" in text
    assert "# Schuldhulp" not in text
    nl = report(model, audience="public", lang="nl")
    assert "huishouden A" in nl
    assert roles(model, lang="nl") == {"family": "huishouden A", "relatives": "het netwerk"}


def test_the_first_line_says_what_kind_of_report_it_is():
    model = r.example("wheelchair")
    assert report(model).splitlines()[0] == "This report may contain personal data."
    assert report(model, lang="nl").splitlines()[0] == "Dit rapport kan persoonsgegevens bevatten."
    assert report(model, audience="public").splitlines()[0] == (
        "This report is written for publication: residents and their network are named by "
        "their role, and groups of fewer than 5 residents are not shown.")
    assert report(model, audience="public", lang="nl").splitlines()[0] == (
        "Dit rapport is bedoeld om openbaar te maken: inwoners en hun netwerk worden bij hun "
        "rol genoemd, en groepen van minder dan 5 inwoners worden niet getoond.")
    page = report(model, format="html", lang="nl")
    assert '<p class="notice">Dit rapport kan persoonsgegevens bevatten.</p>\n<h1>' in page


def test_public_names_are_decided_in_one_place():
    model = r.example("wheelchair")
    assert roles(model) == {"resident": "the resident", "family": "network A",
                            "neighbours": "network B"}
    assert public_name(model, "resident") == "the resident"
    assert public_name(model, "resident", "internal") == "Mrs Jansen"
    assert public_name(model, "municipality") == "Municipality of Nijkerk"
    steering = r.example("steering")
    assert public_name(steering, "seekers") == "Job seekers in the programme"  # publishable
    shown = publishable(model)
    assert shown.results["moves"].statement == "The resident moves around independently"
    assert shown.results["mobility"].statement == "The resident's mobility is facilitated"


def test_two_residents_are_lettered_in_model_order():
    model = r.Model(parties=[r.Party("a", "Mrs Jansen", "citizen"),
                             r.Party("b", "Mr de Vries", "citizen"),
                             r.Party("g", "The Bakker family", "citizen")])
    assert roles(model) == {"a": "resident A", "b": "resident B", "g": "household A"}


def test_the_public_diagram_names_nobody():
    model = r.example("debt-help")
    dot = to_dot(model, audience="public")
    assert "Yilmaz" not in dot
    assert "household A" in dot
    assert "Yilmaz" in to_dot(model)
    with pytest.raises(r.SettingError, match="audience must be one of internal, public"):
        to_dot(model, audience="everyone")


def test_small_groups_are_left_out_and_the_report_says_so():
    model = r.example("steering")
    rows = list(load_measurements(model, STEERING_CSV))
    internal = report(model, measurements=rows)
    assert served(internal) == [14, 14, 14, 14, 10, 10, 10, 10]
    text = report(model, audience="public", measurements=rows, min_group=12)
    assert served(text) == [14, 14, 14, 14]
    assert ("4 groups of fewer than 12 residents are not shown, so that no resident can be "
            "recognised.") in text
    assert "hours worked | 2024-H2" in text  # 24 cases a period: shown
    text = report(model, audience="public", measurements=rows, min_group=25)
    assert served(text) == []
    assert "hours worked | 2024-H2" not in text
    assert "4 groups of fewer than 25 residents are not shown" in text
    assert "8 groups of fewer than 25 residents are not shown" in text
    nl = report(model, audience="public", measurements=rows, min_group=12, lang="nl")
    assert "Niet getoond: 4 groepen van minder dan 12 inwoners" in nl
    assert served(report(model, audience="public", measurements=rows)) == served(internal)
    assert MIN_GROUP == 5


def test_aggregate_values_are_no_group_of_people():
    model = r.example("steering")  # its own measurements are aggregates, without case
    text = report(model, audience="public", min_group=1000)
    assert "youth unemployment | 2024" in text
    assert "not shown, so that" not in text


def test_a_claim_shows_no_mean_of_a_small_group():
    model = r.example("wheelchair")
    rows = [r.Measurement("moves", "trips outside", "2025", value, case=f"k{i}")
            for i, value in enumerate((3, 4, 5))]
    model = model.evolve(measurements=rows)
    measured = "Measured: “trips outside” was 4 in 2025"
    assert measured in report(model)
    text = report(model, audience="public")
    assert "Measured:" not in text
    assert "1 group of fewer than 5 residents is not shown" in text
    assert measured in report(model, audience="public", min_group=3)
    assert [m.case for m in publishable(model, min_group=3).measurements] == [
        "case1", "case2", "case3"]


def test_bad_privacy_settings_are_refused():
    model = r.example("wheelchair")
    with pytest.raises(r.SettingError, match="min_group must be a whole number of at least 1"):
        report(model, audience="public", min_group=0)
    with pytest.raises(r.SettingError, match="min_group applies to a public report only"):
        report(model, min_group=3)
    with pytest.raises(r.SettingError, match="audience must be one of internal, public, got 'pub'"):
        report(model, audience="pub")  # type: ignore[arg-type]


# --- BSN and free text ------------------------------------------------------------------


def eleven_test(digits):
    """The eleven-test written out differently from the library's, to check it."""
    d = [int(x) for x in digits]
    return sum((9 - i) * d[i] for i in range(8)) - d[8]


@pytest.mark.parametrize(("digits", "valid"), [
    ("111222333", True), ("123456782", True), ("010000004", False), ("100000009", True),
    ("123456789", False), ("111222334", False), ("000000000", False), ("11122233", False),
    ("1112223330", False), ("11122233x", False), ("１１１２２２３３３", False),
])
def test_the_bsn_eleven_test(digits, valid):
    assert is_bsn(digits) is valid
    if len(digits) == 9 and digits.isascii() and digits.isdigit() and set(digits) != {"0"}:
        assert (eleven_test(digits) % 11 == 0) is valid


@pytest.mark.parametrize(("text", "bsn", "contact"), [
    ("Client 111222333 was helped", True, None),
    ("Client 111.222.333 was helped", True, None),
    ("Client 1112.22.333 was helped", True, None),
    ("Client 123456789 was helped", False, None),
    ("Costs 111222333.50 a year", False, None),
    ("Call 06-12345678 for an appointment", False, "phone"),
    ("Call +31 6 12345678", False, "phone"),
    ("Call 020 123 4567", False, "phone"),
    ("Mail j.jansen@example.nl", False, "email"),
    ("Ten households in 2025, 1500 euro each", False, None),
])
def test_free_text_detectors(text, bsn, contact):
    assert holds_bsn(text) is bsn
    assert holds_contact(text) == contact


def findings(model, code):
    return [(f.severity.value, f.subject, f.message) for f in check(model) if f.code == code]


def test_personal_names_are_found_in_a_model_meant_for_publication():
    parties = [r.Party("a", "Mrs Jansen", "citizen"), r.Party("b", "familie Bakker", "network"),
               r.Party("c", "Jan de Vries", "citizen"), r.Party("d", "Her neighbours", "network"),
               r.Party("e", "The Yilmaz family", "citizen", publishable=True),
               r.Party("m", "Municipality of Ede", "municipality")]
    model = r.Model(parties=parties, audience="public")
    assert findings(model, "personal-name") == [
        ("warning", p, f"{name[0].upper() + name[1:]} ({kind}) looks like the name of a real "
         "person or household, in a model meant for publication; name the party by its role, such "
         "as “the resident”, or mark it `publishable: true` if the name may be published.")
        for p, name, kind in (("a", "Mrs Jansen", "citizen"), ("b", "familie Bakker", "network"),
                              ("c", "Jan de Vries", "citizen"))]
    assert findings(model.evolve(audience="internal"), "personal-name") == []


def test_a_text_naming_a_resident_is_found_in_a_model_meant_for_publication():
    model = r.example("wheelchair").evolve(audience="public")
    found = findings(model, "personal-name")
    assert found[0][:2] == ("warning", "resident")
    assert found[1:] == [
        ("warning", f"results[{i}].statement", f"The text at results[{i}].statement names Mrs "
         "Jansen, in a model meant for publication; write the party's role instead, such as "
         "“the resident”.") for i in (0, 2, 3)]
    debt = [f[1] for f in findings(r.example("debt-help").evolve(audience="public"),
                                   "personal-name")]
    assert debt == ["family", "name"]  # "Debt help for the Yilmaz family"


def test_a_bsn_or_contact_details_in_free_text_are_found_but_never_repeated():
    model = r.Model(
        parties=[r.Party("p", "The resident", "citizen")],
        results=[r.Result("x", "Client 111222333 moves again", "micro", owner="p"),
                 r.Result("y", "Call 06-12345678 or mail a@b.nl", "micro", owner="p"),
                 r.Result("z", "Case 123456789 moves again", "micro", owner="p")])
    assert findings(model, "bsn-in-text") == [(
        "error", "results[0].statement", "The text at results[0].statement holds a number that "
        "passes the BSN eleven-test: it may be a citizen service number, which a model must "
        "never hold; remove it.")]
    assert findings(model, "contact-in-text") == [(
        "warning", "results[1].statement", "The text at results[1].statement holds what looks "
        "like an e-mail address; contact details of people do not belong in a model, remove "
        "it.")]
    for f in check(model, lang="nl"):
        if f.code in ("bsn-in-text", "contact-in-text"):
            assert "111222333" not in f.message
            assert "a@b.nl" not in f.message
    text = report(model, audience="public")
    assert "111222333" not in text
    assert "06-12345678" not in text
    assert "a@b.nl" not in text
    assert r"Client \[removed\] moves again" in text
    assert "Case 123456789 moves again" in text


def test_the_examples_hold_no_bsn_or_contact_details():
    for name in r.EXAMPLES:
        codes = {f.code for f in check(r.example(name))}
        assert not codes & {"personal-name", "bsn-in-text", "contact-in-text"}, name


# --- case data stays where it is ------------------------------------------------------


def test_a_case_id_that_is_a_bsn_is_refused_and_never_shown():
    model = r.example("steering")
    text = ("case,area,intervention,result,indicator,period,value\n"
            "111222333,Oost,coaching,working,hours worked,2025-H1,4\n"
            "c02,Oost,coaching,working,hours worked,2025-H1,Jan Jansen\n"
            " 123456789,Oost,coaching,working,hours worked,2025-H1,4\n"
            "123456789,Oost,coaching,working,hours worked,2025-H1,4\n")
    with pytest.raises(r.MeasurementError) as e:
        load_measurements(model, text)
    assert [str(p) for p in e.value.problems] == [
        "<text>:2 @ case: the case id passes the BSN eleven-test, so it may be a citizen "
        "service number, which must not be used as a case id; replace the case ids by "
        "pseudonyms before analysis (the value is not shown, as it may be personal data)",
        "<text>:3 @ value: not a number"]
    shown = str(e.value)
    for secret in ("111222333", "Jan Jansen", "Jansen"):
        assert secret not in shown
    assert [m.case for m in e.value.valid] == ["123456789", "123456789"]


def test_a_bsn_in_any_other_column_is_refused_and_never_shown():
    model = r.example("steering")
    text = ("case,area,intervention,result,indicator,period,value\n"
            "c1,111222333,coaching,working,hours worked,2025-H1,4\n"
            "c1,111222333,coaching,working,hours worked,2025-H2,4\n"
            "c1,Oost,111222333,working,hours worked,2025-H1,4\n"
            "c1,Oost,coaching,111222333,hours worked,2025-H1,4\n"
            "c1,Oost,coaching,working,111222333,2025-H1,4\n"
            "c1,Oost,coaching,working,hours worked,111222333,4\n"
            "c1,Oost,coaching,working,hours worked,2025-H1,111222333\n")
    rows = load_measurements(model, text, keep_valid=True)
    assert [(p.line, p.where) for p in rows.problems] == [
        (2, "area"), (3, "area"), (4, "intervention"), (5, "result"), (6, "indicator"),
        (7, "period")]
    assert all(p.message.startswith("the cell passes the BSN eleven-test") for p in rows.problems)
    assert "111222333" not in " ".join(str(p) for p in rows.problems)
    assert [m.value for m in rows] == [111222333.0]  # a value may be any number


def test_a_case_id_that_is_a_bsn_is_refused_in_a_model_file_too(tmp_path):
    head = r.example_path("steering").read_text(encoding="utf-8")
    for case in ("'111222333'", "111222333", "' c1'"):
        path = tmp_path / "m.yaml"
        path.write_text(head + "measurements:\n  - {result: working, indicator: hours worked,"
                        f" period: 2025-H1, value: 4, case: {case}}}\n", encoding="utf-8")
        with pytest.raises(r.ModelError) as e:
            r.load(path)
        assert "111222333" not in str(e.value)
        assert "c1" not in str(e.value)
        assert "case" in str(e.value)


def test_the_rollup_file_reader_refuses_a_bsn_case_id_too():
    model = r.example("steering")
    with pytest.raises(r.MeasurementError) as e:
        r.rollup_csv(model, "case,result,indicator,period,value\n"
                            "111222333,working,hours worked,2025-H1,4\n")
    assert "111222333" not in str(e.value)


def test_the_builder_knows_audience_and_publishable():
    b = r.ModelBuilder("M", audience="public")
    b.party("g", "Job seekers in the programme", "citizen", publishable=True)
    b.party("p", "Mrs Jansen", "citizen")
    model = b.build()
    assert model.audience == "public"
    assert roles(model) == {"p": "the resident"}
    assert [f.subject for f in check(model) if f.code == "personal-name"] == ["p"]
    with pytest.raises(r.ModelError, match="audience: 'everyone' is not one of internal, public"):
        r.ModelBuilder("M", audience="everyone").build()


def test_audience_is_a_model_file_key(tmp_path):
    path = tmp_path / "m.yaml"
    model = r.example("wheelchair").evolve(audience="public")
    r.dump(model, path)
    assert "\naudience: public\n" in path.read_text(encoding="utf-8")
    assert r.load(path) == model
    assert r.load(path).audience == "public"
    r.dump(r.example("wheelchair"), path)
    assert "audience" not in path.read_text(encoding="utf-8")


def test_the_command_line_writes_a_public_report(capsys, tmp_path):
    path = str(r.example_path("debt-help"))
    assert main(["report", path, "--public"]) == 0
    out = capsys.readouterr().out
    assert "Yilmaz" not in out
    assert "household A" in out
    assert main(["report", path, "--min-group", "3"]) == 2
    assert "min_group applies to a public report only" in capsys.readouterr().err
    svg = tmp_path / "d.dot"
    assert main(["render", path, "--public", "-o", str(svg)]) == 0
    assert "Yilmaz" not in svg.read_text(encoding="utf-8")


def test_the_progress_export_leaves_out_small_groups_with_public(capsys):
    import json

    path = str(r.example_path("steering"))
    args = ["progress", path, "--measurements", str(STEERING_CSV), "--json"]
    assert main(args) == 0
    everything = json.loads(capsys.readouterr().out)
    assert [u["cases"] for u in everything["rollup"]] == [14] * 4 + [10] * 4
    assert main([*args, "--public", "--min-group", "12"]) == 0
    out, err = capsys.readouterr()
    public = json.loads(out)
    assert [u["cases"] for u in public["rollup"]] == [14] * 4
    assert public["progress"] == everything["progress"]  # 24 cases a period
    assert err.startswith("4 groups of fewer than 12 residents are left out to protect their "
                          "privacy: coaching West 2024-H2 working/hours worked; ")
    assert "c01" not in out
    assert main([*args, "--min-group", "12"]) == 0  # the roll-up's threshold, also internal
    internal = json.loads(capsys.readouterr()[0])
    assert [u["cases"] for u in internal["rollup"]] == [14] * 4
