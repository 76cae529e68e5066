"""Settings are checked loudly, in one place; every error a user can cause is a ResultaatError."""

import pytest

import resultaat as r
from resultaat.cli import _main as cli
from resultaat.model._model import Language
from resultaat.present._engine import verify_engine
from resultaat.text._languages import LANGUAGES, verify_language

FR = "unknown language 'fr'; the languages are en, nl"
NL = "unknown language 'NL' (did you mean 'nl'?); the languages are en, nl"

ENTRY_POINTS = {
    "claims": lambda m, lang: r.claims(m, "municipality", lang=lang),
    "judge": lambda m, lang: r.judge(m, "municipality", "mobility", lang=lang),
    "check": lambda m, lang: r.check(m, lang=lang),
    "readiness": lambda m, lang: r.readiness(m, "municipality", lang=lang),
    "to_dot": lambda m, lang: r.to_dot(m, lang=lang),
    "render": lambda m, lang: r.render(m, format="dot", lang=lang),
    "report": lambda m, lang: r.report(m, lang=lang),
}


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize(("lang", "message"), [("fr", FR), ("NL", NL)])
def test_every_entry_point_refuses_an_unknown_language(wheelchair, entry, lang, message):
    with pytest.raises(r.SettingError) as e:
        ENTRY_POINTS[entry](wheelchair, lang)
    assert isinstance(e.value, ValueError)
    assert str(e.value) == message


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_every_entry_point_takes_both_languages(wheelchair, entry):
    dutch = ENTRY_POINTS[entry](wheelchair, "nl")
    english = ENTRY_POINTS[entry](wheelchair, "en")
    assert dutch != english
    assert ENTRY_POINTS[entry](wheelchair, None) == english  # the model's own language


def test_the_model_languages_are_the_text_languages():
    assert sorted(m.value for m in Language) == sorted(LANGUAGES)
    assert verify_language(Language.NL) == "nl"
    assert type(verify_language(Language.NL)) is str


def test_cli_languages_come_from_the_one_list(capsys):
    path = str(r.example_path("wheelchair"))
    with pytest.raises(SystemExit) as e:
        cli.main(["check", path, "--lang", "fr"])
    assert e.value.code == 2
    assert "invalid choice: 'fr' (choose from 'en', 'nl')" in capsys.readouterr().err


def test_unknown_engine(wheelchair, monkeypatch):
    monkeypatch.delenv("RESULTAAT_ENGINE", raising=False)
    with pytest.raises(r.SettingError) as e:
        r.render(wheelchair, format="dot", engine="bundeld")  # type: ignore[arg-type]
    assert str(e.value) == (
        "unknown engine 'bundeld' (did you mean 'bundled'?); the engines are auto, system, "
        "bundled")


def test_unknown_engine_in_the_environment(wheelchair, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("RESULTAAT_ENGINE", "bundeld")
    message = ("RESULTAAT_ENGINE='bundeld' in the environment is not an engine (did you mean "
               "'bundled'?); set it to one of auto, system, bundled, or unset it")
    for engine in ("auto", "system"):
        with pytest.raises(r.SettingError) as e:
            r.render(wheelchair, format="svg", engine=engine)  # type: ignore[arg-type]
        assert str(e.value) == message
    out = tmp_path / "w.svg"
    code, _, err = run(capsys, "render", str(r.example_path("wheelchair")), "-o", str(out))
    assert (code, err) == (2, f"resultaat: {message}\n")
    assert not out.exists()


def test_the_environment_says_what_auto_means(monkeypatch):
    monkeypatch.delenv("RESULTAAT_ENGINE", raising=False)
    assert verify_engine("auto") == "auto"
    monkeypatch.setenv("RESULTAAT_ENGINE", "bundled")
    assert verify_engine("auto") == "bundled"
    assert verify_engine("system") == "system"
    monkeypatch.setenv("RESULTAAT_ENGINE", "system")
    assert verify_engine("auto") == "system"
    monkeypatch.setenv("RESULTAAT_ENGINE", "")
    assert verify_engine("auto") == "auto"


@pytest.mark.parametrize(("call", "message"), [
    (lambda m: r.render(m, format="gif"),
     "unknown picture format 'gif'; the formats are svg, png, pdf, dot"),
    (lambda m: r.report(m, format="odt"),
     "format must be 'markdown', 'html', 'docx' or 'pdf', got 'odt'"),
    (lambda m: r.dumps(m, "xml"), "format must be 'yaml' or 'json', got 'xml'"),
    (lambda m: r.to_dot(m, depth=2), "depth needs a focus: a result or party id"),
])
def test_bad_options_are_setting_errors(wheelchair, call, message):
    with pytest.raises(r.SettingError) as e:
        call(wheelchair)
    assert isinstance(e.value, ValueError)
    assert str(e.value) == message


PARTIES = "the parties are: resident, family, neighbours, municipality, supplier, association"
UNKNOWN_IDS = {
    "claims": (lambda m: r.claims(m, "nobody"), f"no party 'nobody' in the model; {PARTIES}"),
    "judge": (lambda m: r.judge(m, "municipality", "mobilty"),
              "no result 'mobilty' in the model (did you mean 'mobility'?); the results are: "
              "mobility, delivered, moves, participates, lively, relieved, waiting"),
    "readiness": (lambda m: r.readiness(m, "nobody"), f"no party 'nobody' in the model; {PARTIES}"),
    "budget": (lambda m: r.budget(m, "nobody"), f"no party 'nobody' in the model; {PARTIES}"),
    "household": (lambda m: r.household(m, "nobody"),
                  f"no party 'nobody' in the model; {PARTIES}"),
    "to_dot": (lambda m: r.to_dot(m, perspective="nobody"),
               f"no party 'nobody' in the model; {PARTIES}"),
    "focus": (lambda m: r.to_dot(m, focus="nobody"),
              "focus 'nobody' is neither a result nor a party; the results and parties are: "
              "mobility, delivered, moves, participates, lively, relieved, waiting, resident, "
              "family, "
              "neighbours, municipality, supplier, association"),
    "render": (lambda m: r.render(m, format="dot", perspective="nobody"),
               f"no party 'nobody' in the model; {PARTIES}"),
    "report": (lambda m: r.report(m, party="nobody"),
               f"no party 'nobody' in the model; {PARTIES}"),
    "node": (lambda m: m.node("pavement"),
             "no node 'pavement' in the model (did you mean 'pavements'?); the nodes are: "
             "resident, family, neighbours, municipality, supplier, association, wheelchair, "
             "fitting, delivery, activities, mobility, delivered, moves, participates, lively, "
             "relieved, waiting, pavements"),
    "example": (lambda m: r.example("wheelchiar"),
                "no example 'wheelchiar' (did you mean 'wheelchair'?); the examples are: "
                "wheelchair, neighbourhood-team, debt-help, youth-region, steering, rolstoel, "
                "wijkteam, schuldhulp, jeugdregio, sturing"),
}


@pytest.mark.parametrize("case", UNKNOWN_IDS)
def test_unknown_ids_are_key_errors_of_our_own(wheelchair, case):
    call, message = UNKNOWN_IDS[case]
    with pytest.raises(r.UnknownIdError) as e:
        call(wheelchair)
    assert isinstance(e.value, KeyError)
    assert isinstance(e.value, r.ResultaatError)
    assert str(e.value) == message


def test_a_long_list_of_valid_ids_is_cut():
    m = r.Model(parties=[r.Party(f"p{i:02}", f"P{i}", "citizen") for i in range(30)])
    with pytest.raises(r.UnknownIdError) as e:
        r.claims(m, "nobody")
    listed = ", ".join(f"p{i:02}" for i in range(20))
    assert str(e.value) == (
        f"no party 'nobody' in the model; the parties are: {listed} … and 10 more")


@pytest.mark.parametrize("call", [lambda m: r.budget(m), lambda m: r.report(m)])
def test_no_parties_is_one_error_everywhere(call):
    with pytest.raises(r.UnknownIdError, match="the model has no parties"):
        call(r.Model())


def test_an_internal_error_is_a_bug_not_bad_input(capsys, monkeypatch):
    def broken(args):
        raise RuntimeError("the index lost a node")

    monkeypatch.setitem(cli._COMMANDS, "check", broken)
    monkeypatch.delenv("RESULTAAT_DEBUG", raising=False)
    code, out, err = run(capsys, "check", str(r.example_path("wheelchair")))
    assert (code, out) == (4, "")
    assert err == (
        "resultaat: internal error (RuntimeError: the index lost a node).\n"
        "This is a bug in resultaat, not a problem with your input. Please report it to the "
        "resultaat maintainers (the project's issue tracker), with the command you ran; "
        "RESULTAAT_DEBUG=1 shows the traceback.\n")
    monkeypatch.setenv("RESULTAAT_DEBUG", "1")
    code, _, err = run(capsys, "check", str(r.example_path("wheelchair")))
    assert code == 4
    assert err.startswith("Traceback (most recent call last):\n")
    assert 'raise RuntimeError("the index lost a node")' in err
    assert err.endswith("RESULTAAT_DEBUG=1 shows the traceback.\n")


def test_a_bare_key_error_inside_is_a_bug_too(capsys, monkeypatch):
    def broken(args):
        return {}["missing"]

    monkeypatch.setitem(cli._COMMANDS, "claims", broken)
    monkeypatch.delenv("RESULTAAT_DEBUG", raising=False)
    code, _, err = run(capsys, "claims", "x.yaml", "--party", "p")
    assert code == 4
    assert err.startswith("resultaat: internal error (KeyError: 'missing').\n")


def test_exit_codes_are_documented_alike():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    assert "  4    an internal error" in cli.EXIT_CODES
    assert "| 4 | an internal error" in (root / "README.md").read_text(encoding="utf-8")
    assert "exit code 4" in (root / "docs" / "api.md").read_text(encoding="utf-8")


def test_a_bad_period_is_our_own_value_error():
    with pytest.raises(r.ResultaatError) as e:
        r.Period.parse("2025-Q5")
    assert isinstance(e.value, ValueError)
    assert str(e.value) == ("'2025-Q5' is not a period; write 2025, 2025-H1, 2025-Q3, 2025-07 "
                            "or 2025-07-15")


def test_a_model_file_language_is_checked_by_the_same_function():
    with pytest.raises(r.ModelError) as e:
        r.loads("resultaat: 1\nlanguage: NL\n")
    assert [str(p) for p in e.value.problems] == [f"<text>:2 @ language: {NL}"]
    with pytest.raises(r.ModelError) as e:
        r.ModelBuilder(language="fr").build()
    assert [str(p) for p in e.value.problems] == [f"language: {FR}"]
