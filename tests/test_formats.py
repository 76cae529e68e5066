"""Format versions: every earlier version loads, upgrades with its comments kept, newer is refused.

The files in tests/fixtures/format-N/ were written in format version N and
are kept forever, unchanged: a library that cannot read them has broken
someone's model.
"""

import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import resultaat as r
from resultaat._files import WriteError
from resultaat.cli._main import main
from resultaat.model import _formats, _upgrade
from resultaat.model._formats import FORMAT_VERSION, MIGRATIONS, migrate, rename_key
from resultaat.model._upgrade import upgrade_file, upgrade_text

FIXTURES = Path(__file__).parent / "fixtures"
VERSION_1 = sorted((FIXTURES / "format-1").glob("*.yaml"))
STAMP = f"written_by: resultaat {_formats.library_version()}"
FIXTURE_COMMENTS = [
    "resultaat: 2  # format version 1: kept as a fixture, never changed",
    "# Added for the fixture: a comment before the results.",
    "# Added for the fixture: the last line of the file.",
]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_there_is_a_step_from_every_version_to_the_next():
    assert FORMAT_VERSION == 2
    assert sorted(MIGRATIONS) == list(range(_formats.FIRST_VERSION, FORMAT_VERSION))
    for start, step in MIGRATIONS.items():
        assert _formats.summary(step).startswith(f"Version {start + 1}: ")


def test_the_version_1_fixtures_are_the_five_examples_of_that_time():
    assert [p.name for p in VERSION_1] == ["debt-help.yaml", "neighbourhood-team.yaml",
                                           "steering.yaml", "wheelchair.yaml",
                                           "youth-region.yaml"]
    for path in VERSION_1:
        assert path.read_text(encoding="utf-8").count("\nresultaat: 1 ") == 1


@pytest.mark.parametrize("path", VERSION_1, ids=lambda p: p.name)
def test_a_version_1_file_loads_and_means_what_it_meant(path):
    model = r.load(path)
    assert model.results
    as_newest = path.read_text(encoding="utf-8").replace("\nresultaat: 1 ", "\nresultaat: 2 ")
    assert r.loads(as_newest) == model


@pytest.mark.parametrize("path", VERSION_1, ids=lambda p: p.name)
def test_a_version_1_file_upgrades_keeping_every_comment(tmp_path, path):
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    done = upgrade_file(copy)
    old = path.read_text(encoding="utf-8").splitlines()
    new = copy.read_text(encoding="utf-8").splitlines()
    at = old.index("resultaat: 1  # format version 1: kept as a fixture, never changed")
    assert new == [*old[:at], FIXTURE_COMMENTS[0], STAMP, *old[at + 1:]]
    for comment in FIXTURE_COMMENTS:
        assert comment in new
    assert r.load(copy) == r.load(path)
    assert done.version == 1
    assert done.changes == (
        "Version 2: the optional key `written_by` says which resultaat wrote the file.",)
    assert upgrade_file(copy).changes == ()  # up to date now


def test_a_json_file_upgrades_with_the_json_module(tmp_path):
    copy = tmp_path / "wheelchair.json"
    shutil.copyfile(FIXTURES / "format-1" / "wheelchair.json", copy)
    upgrade_file(copy)
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert list(data)[:3] == ["resultaat", "written_by", "name"]
    assert data["resultaat"] == 2
    assert copy.read_text(encoding="utf-8").startswith('{\n  "resultaat": 2,\n')
    assert r.load(copy) == r.load(FIXTURES / "format-1" / "wheelchair.json") \
        == r.load(FIXTURES / "format-1" / "wheelchair.yaml")


def test_dump_writes_the_newest_version():
    model = r.load(FIXTURES / "format-1" / "wheelchair.yaml")
    text = r.dumps(model)
    assert text.startswith(f"resultaat: 2\n{STAMP}\nname: Wheelchair and participation\n")
    assert r.loads(text) == model
    data = json.loads(r.dumps(model, "json"))
    assert (data["resultaat"], data["written_by"]) == (2, STAMP.removeprefix("written_by: "))


def test_a_newer_file_is_refused_with_the_release_it_needs():
    text = "resultaat: 3\nwritten_by: resultaat 9.1.0\nrivals: [a new key]\n"
    with pytest.raises(r.ModelError) as e:
        r.loads(text, source="budget.yaml")
    assert [str(p) for p in e.value.problems] == [
        "budget.yaml:1 @ resultaat: this file is format version 3, written by resultaat 9.1.0; "
        f"this resultaat ({_formats.library_version()}) reads format versions 1 to 2: upgrade "
        "with `pip install -U resultaat`"]
    with pytest.raises(r.ModelError) as e:
        r.loads('{"resultaat": 12, "written_by": ["x"]}', "json", source="b.json")
    assert [str(p) for p in e.value.problems] == [
        "b.json:1 @ resultaat: this file is format version 12, written by a newer resultaat; "
        f"this resultaat ({_formats.library_version()}) reads format versions 1 to 2: upgrade "
        "with `pip install -U resultaat`"]


def test_written_by_is_text_and_not_part_of_the_model():
    base = "resultaat: 2\nname: M\n"
    assert r.loads(base + "written_by: somebody's script\n") == r.loads(base)
    with pytest.raises(r.ModelError) as e:
        r.loads(base + "written_by: [1, 2]\n", source="m.yaml")
    assert [str(p) for p in e.value.problems] == [
        "m.yaml:3 @ written_by: must be text, got [1, 2]; put it in quotes"]


def test_the_command_shows_the_change_and_dry_run_writes_nothing(capsys, tmp_path):
    copy = tmp_path / "model.yaml"
    shutil.copyfile(FIXTURES / "format-1" / "steering.yaml", copy)
    before = copy.read_bytes()
    code, out, err = run(capsys, "upgrade", str(copy), "--dry-run")
    assert (code, err) == (0, "")
    assert copy.read_bytes() == before
    assert out.startswith(
        f"{copy}: format version 1 to the newest:\n"
        "  - Version 2: the optional key `written_by` says which resultaat wrote the file.\n"
        f"--- {copy} (format version 1)\n+++ {copy} (format version 2)\n")
    assert "\n-resultaat: 1  # format version 1" in out
    assert "\n+resultaat: 2  # format version 1" in out
    assert f"\n+{STAMP}\n" in out
    assert out.endswith("(dry run: nothing written)\n")
    code, out, _ = run(capsys, "upgrade", str(copy))
    assert code == 0
    assert out.endswith(f"wrote {copy}\n")
    assert copy.read_bytes() != before
    code, out, _ = run(capsys, "upgrade", str(copy))
    assert (code, out) == (0, f"{copy} is up to date: format version 2, the newest.\n")


def test_the_command_refuses_a_newer_or_broken_file(capsys, tmp_path):
    newer = tmp_path / "newer.yaml"
    newer.write_text("resultaat: 3\n", encoding="utf-8")
    code, out, err = run(capsys, "upgrade", str(newer))
    assert (code, out) == (2, "")
    assert "newer.yaml:1 @ resultaat: this file is format version 3, written by a newer " in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("resultaat: 1\nresults: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "upgrade", str(broken))
    assert code == 2
    assert "broken.yaml:2 @ results: must be a list" in err
    assert broken.read_text(encoding="utf-8") == "resultaat: 1\nresults: 3\n"


def test_nothing_in_the_file_is_run(capsys, tmp_path):
    marker = tmp_path / "ran"
    evil = tmp_path / "evil.yaml"
    text = f"resultaat: 1\nname: !!python/object/apply:os.system ['touch {marker}']\n"
    evil.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "upgrade", str(evil))
    assert code == 2
    assert "evil.yaml:2: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not " \
           "allowed" in err
    YAML(typ="rt").load(text)  # the round-trip reader keeps tags as data, should it see one
    assert not marker.exists()
    assert evil.read_text(encoding="utf-8") == text


def test_without_ruamel_the_command_says_how_to_get_it(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ruamel.yaml", None)
    copy = tmp_path / "model.yaml"
    shutil.copyfile(FIXTURES / "format-1" / "wheelchair.yaml", copy)
    before = copy.read_bytes()
    code, out, err = run(capsys, "upgrade", str(copy))
    assert (code, out) == (3, "")
    assert err == ("resultaat: upgrading a YAML file needs ruamel.yaml, which keeps its "
                   "comments: pip install 'resultaat[upgrade]' (or pip install ruamel.yaml)\n")
    assert copy.read_bytes() == before
    json_copy = tmp_path / "model.json"  # JSON needs no ruamel
    shutil.copyfile(FIXTURES / "format-1" / "wheelchair.json", json_copy)
    assert run(capsys, "upgrade", str(json_copy))[0] == 0


def test_nothing_is_written_when_the_new_text_would_mean_something_else(tmp_path, monkeypatch):
    def careless(data):
        data["name"] = "Another name"
        return []

    monkeypatch.setattr(_upgrade, "_migrate", careless)
    copy = tmp_path / "model.yaml"
    shutil.copyfile(FIXTURES / "format-1" / "wheelchair.yaml", copy)
    before = copy.read_bytes()
    with pytest.raises(WriteError, match="would read as a different model"):
        upgrade_file(copy)
    assert copy.read_bytes() == before


def test_a_yaml_1_1_file_is_not_misread_on_its_way_back():
    text = "%YAML 1.1\n---\nresultaat: 1\nname: yes\n"  # a round trip would write `true`
    assert r.loads(text).name == "yes"
    with pytest.raises(WriteError, match="would read as a different model"):
        upgrade_text(text, source="m.yaml")


def test_line_ends_quotes_and_flow_style_are_kept():
    text = ("resultaat: 1\r\nname: 'Quoted name'  # why\r\n"
            "parties: [{id: p, name: \"P\", kind: citizen}]\r\n")
    new = upgrade_text(text, source="m.yaml").new
    assert new == (f"resultaat: 2\r\n{STAMP}\r\nname: 'Quoted name'  # why\r\n"
                   "parties: [{id: p, name: \"P\", kind: citizen}]\r\n")


def step_3(data):
    """Version 3 (for this test only): an intervention's `for` is called `beneficiary`."""
    for item in data.get("interventions") or []:
        if isinstance(item, dict):
            rename_key(item, "for", "beneficiary")


def test_a_rename_keeps_place_and_comments_and_may_meet_a_value_twice():
    text = ("resultaat: 1  # old\n"
            "interventions:\n"
            "  - &w\n"
            "    id: w  # the wheelchair\n"
            "    for: resident  # Mrs Jansen\n"
            "    by: municipality\n"
            "  - *w\n")
    rt = YAML(typ="rt")
    rt.indent(mapping=2, sequence=4, offset=2)
    data = rt.load(text)
    steps = {1: MIGRATIONS[1], 2: step_3}
    assert migrate(data, steps) == [_formats.summary(MIGRATIONS[1]), _formats.summary(step_3)]
    out = io.StringIO()
    rt.dump(data, out)
    expected = text.replace("resultaat: 1", "resultaat: 3").replace("for:", "beneficiary:")
    assert re.sub(" +#", " #", out.getvalue()) == re.sub(" +#", " #", expected)
    plain = {"resultaat": 2, "interventions": [{"id": "w", "for": "r", "by": "m"}, "x"]}
    assert migrate(plain, steps) == [_formats.summary(step_3)]
    assert plain == {"resultaat": 3, "interventions": [{"id": "w", "beneficiary": "r",
                                                          "by": "m"}, "x"]}
    assert list(plain["interventions"][0]) == ["id", "beneficiary", "by"]


@pytest.mark.parametrize("version", [None, True, "1", 1.0, 0, 3, [1]])
def test_migrate_leaves_what_it_does_not_know(version):
    data = {"resultaat": version, "name": "x"}
    assert migrate(data) == []
    assert data == {"resultaat": version, "name": "x"}
