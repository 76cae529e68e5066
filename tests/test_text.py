"""All user-facing text: one catalogue per language, looked up by message id."""

import ast
import re
import string
import sys
from pathlib import Path

import pytest

import resultaat
from resultaat import ResultaatError
from resultaat.text import _catalogue as text

SRC = Path(resultaat.__file__).parent
LOOKUPS = {"message": 1, "template": 1, "plural": 1, "plural_template": 1, "N_": 0,
           "w": 0, "_count": 1}
"""The catalogue's functions (and the report's ``w`` and ``_count``) → where the message id
is among their arguments."""
PLURAL = {"plural", "plural_template", "_count"}


def fields(s):
    return {f for _, f, _, _ in string.Formatter().parse(s) if f}


def used_ids():
    """Every message id written at a call in the source: ``message(lang, "id")`` and the like.

    A call whose id is not a literal string is listed too, so that ids built from
    fragments (``f"band_{level}"``) fail the test instead of hiding from it.
    """
    found, built = {}, []
    for path in sorted(SRC.rglob("*.py")):
        if path.parent.name == "text" and not path.name.startswith("_"):
            continue  # a language file holds the messages, it does not look them up
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in LOOKUPS or len(node.args) <= LOOKUPS[name]:
                continue
            arg = node.args[LOOKUPS[name]]
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append((where, name))
            elif not isinstance(arg, (ast.Name, ast.Subscript, ast.Attribute)):
                built.append(where)  # an id composed in place (f-string, "a" + b)
    return found, built


def test_languages_are_the_files_of_the_text_folder():
    assert text.LANGUAGES == ("en", "nl")


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_every_language_has_every_key_with_the_same_placeholders(lang):
    en, other = text.catalogue("en"), text.catalogue(lang)
    assert other.keys() == en.keys()
    for key, value in en.items():
        theirs = other[key]
        assert isinstance(theirs, str) == isinstance(value, str), key
        forms_en = [value] if isinstance(value, str) else list(value)
        forms = [theirs] if isinstance(theirs, str) else list(theirs)
        assert all(fields(f) == fields(forms_en[0]) for f in forms_en + forms), key


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_plural_messages_have_a_form_for_each_plural_class(lang):
    rule = text.plural_rule(lang)
    classes = {rule(n) for n in range(200)}
    for key, value in text.catalogue(lang).items():
        if not isinstance(value, str):
            assert len(value) == len(classes), key
            assert all(value), key


def test_every_id_used_in_the_code_exists_and_every_id_is_used():
    found, built = used_ids()
    assert built == []
    catalogue = text.catalogue("en")
    assert sorted(set(found) - set(catalogue)) == []
    assert sorted(set(catalogue) - set(found)) == []


def test_plural_ids_are_looked_up_as_plurals_and_others_not():
    found, _ = used_ids()
    catalogue = text.catalogue("en")
    for key, uses in found.items():
        plural = not isinstance(catalogue[key], str)
        for where, name in uses:
            if name != "N_":
                assert (name in PLURAL) == plural, (key, where)


def test_the_scan_sees_a_built_id(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    (tmp_path / "x.py").write_text('message(lang, f"band_{level}")\nmessage(lang, "a.b")\n')
    assert used_ids() == ({"a.b": [("x.py:2", "message")]}, ["x.py:1"])


def test_plural_picks_the_form_by_number():
    assert text.plural("en", "report.household_areas", 1) == "1 policy area"
    assert text.plural("en", "report.household_areas", 2) == "2 policy areas"
    assert text.plural("en", "report.household_areas", 0) == "0 policy areas"
    assert text.plural("nl", "report.household_areas", 1) == "1 beleidsterrein"
    assert text.plural("nl", "report.household_areas", 3) == "3 beleidsterreinen"


def test_message_fills_named_placeholders():
    assert text.message("en", "claims.none", party="P", result="R") == (
        "No claim on “R” for P: nothing it does leads to this result.")


@pytest.mark.parametrize(("lang", "hint"), [("fr", ""), ("NL", " (did you mean 'nl'?)"),
                                             ("", ""), (None, ""), (3, ""), (["nl"], "")])
def test_an_unknown_language_is_refused_naming_the_valid_ones(lang, hint):
    with pytest.raises(ResultaatError) as e:
        text.verify_language(lang)
    assert isinstance(e.value, ValueError)
    assert str(e.value) == f"unknown language {lang!r}{hint}; the languages are en, nl"


@pytest.mark.parametrize("call", [
    lambda m: resultaat.claims(m, "municipality", lang="NL"),
    lambda m: resultaat.judge(m, "municipality", "participates", lang="fr"),
    lambda m: resultaat.check(m, lang="fr"),
    lambda m: resultaat.readiness(m, "municipality", lang="NL"),
    lambda m: resultaat.to_dot(m, lang="NL"),
    lambda m: resultaat.report(m, lang="fr"),
    lambda m: resultaat.check(m, lang=""),
])
def test_every_function_refuses_an_unknown_language(call):
    with pytest.raises(ResultaatError, match=r"^unknown language '(fr|NL|)'( \(did you mean "
                                             r"'nl'\?\))?; the languages are en, nl$"):
        call(resultaat.example("wheelchair"))


def test_join_uses_the_language_and_word():
    assert text.join("nl", ["A", "B", "C"]) == "A, B en C"
    assert text.join("en", ["A"]) == "A"
    assert text.join("en", []) == ""


def test_the_command_line_counts_with_real_plurals(capsys, tmp_path):
    from resultaat.cli._main import main

    assert main(["check", str(resultaat.example_path("steering"))]) == 0
    out = capsys.readouterr().out
    assert ": a valid model (4 parties, 1 intervention, 4 results).\n" in out
    assert "\nWarnings (6):\n" in out
    assert main(["example", "steering", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.endswith(f"The check finds 9 things to look at: resultaat check "
                        f"{tmp_path / 'steering.yaml'}\n")


def test_messages_refuse_an_unknown_language_too():
    with pytest.raises(ResultaatError, match=r"^unknown language 'de'; the languages are en, nl$"):
        text.message("de", "claims.none", party="P", result="R")


def test_the_builder_names_the_kind_with_its_article():
    b = resultaat.ModelBuilder("x")
    b.party("p", "P", kind="municipality")
    b.intervention("i", "I", by="p")
    with pytest.raises(resultaat.ModelError) as e:
        b.result("res", "S", level="micro", owner="i")
    assert str(e.value) == ("the model has 1 problem:\n"
                            "  - result(owner='i'): 'i' is an intervention, not a party")


SAME_IN_DUTCH = {"check.source", "cli.group", "kind.professional", "kind.school",
                 "level.macro", "level.meso", "level.micro",
                 "report.cost_item", "report.indicator", "report.recognition", "report.status",
                 "report.trend", "share.range",
                 "export.col.code", "export.col.effect", "export.col.id", "export.col.indicator",
                 "export.col.trend", "export.sheet.claims", "word.quoted"}
"""Ids whose Dutch is the English (a format, a loanword): any other copy is untranslated."""


def test_dutch_is_not_an_english_copy():
    en, nl = text.catalogue("en"), text.catalogue("nl")
    assert {k for k in en if en[k] == nl[k]} == SAME_IN_DUTCH


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_no_sentence_names_the_same_party_twice(lang):
    """A name said twice in one sentence reads badly ("… for P: nothing done by P …")."""
    twice = []
    for msgid, forms in text.catalogue(lang).items():
        for form in (forms,) if isinstance(forms, str) else forms:
            for sentence in re.split(r"[.;?]\s", form):
                if any(sentence.count(f"{{{name}}}") > 1 for name in ("party", "owner", "coop")):
                    twice.append(msgid)
    assert twice == []
