"""Release files: one version, a changelog section per version, publiccode.yml, the licence."""

import re
import tomllib
from pathlib import Path

import pytest
import yaml

import resultaat as r

ROOT = Path(__file__).resolve().parent.parent
VERSION_HEADING = re.compile(r"## (\d+\.\d+\.\d+)(?: — (\d{4}-\d{2}-\d{2})| \(unreleased\))$")
LICENCES = {"MIT License": "MIT", "EUROPEAN UNION PUBLIC LICENCE v. 1.2": "EUPL-1.2"}
"""The first line of a LICENSE file → its SPDX identifier."""


def publiccode() -> dict:
    return yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))


def changelog_headings() -> list[str]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_the_version_is_written_once():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/resultaat/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", r.__version__)


def test_the_changelog_has_unreleased_on_top_and_a_section_per_version():
    headings = changelog_headings()
    assert headings[0] == "## Unreleased"
    versions = [VERSION_HEADING.fullmatch(h) for h in headings[1:]]
    assert all(versions), [h for h, m in zip(headings[1:], versions, strict=True) if not m]
    assert r.__version__ in [m.group(1) for m in versions if m]


def test_publiccode_describes_this_version():
    code = publiccode()
    assert code["softwareVersion"] == r.__version__
    heading = next(h for h in changelog_headings() if h.startswith(f"## {r.__version__}"))
    released = VERSION_HEADING.fullmatch(heading).group(2)  # type: ignore[union-attr]
    assert code.get("releaseDate") == released  # both set when the version is released


def test_publiccode_has_what_the_standard_requires():
    code = publiccode()
    assert code["publiccodeYmlVersion"] == "0.4"
    for key in ("name", "url", "platforms", "categories", "developmentStatus", "softwareType",
                "description", "legal", "maintenance", "localisation"):
        assert code[key], key
    assert code["url"].startswith("https://")
    assert code["developmentStatus"] in ("concept", "development", "beta", "stable", "obsolete")
    assert code["softwareType"] == "library"
    assert code["maintenance"]["type"] in ("internal", "contract", "community", "none")
    if code["maintenance"]["type"] in ("internal", "community"):
        assert code["maintenance"]["contacts"]
    assert code["localisation"]["availableLanguages"] == ["nl", "en"]
    assert code["localisation"]["localisationReady"] is True
    assert sorted(code["description"]) == ["en", "nl"]
    for lang, text in code["description"].items():
        assert 0 < len(text["shortDescription"]) <= 150, lang
        assert "\n" not in text["shortDescription"], lang
        assert 150 <= len(text["longDescription"]) <= 10_000, lang
        assert text["features"], lang


def test_publiccode_names_the_licence_in_the_license_file():
    first_line = (ROOT / "LICENSE").read_text(encoding="utf-8").splitlines()[0].strip()
    assert publiccode()["legal"]["license"] == LICENCES[first_line]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license-files"] == ["LICENSE"]
    assert "license" not in project  # the LICENSE file alone says which licence


def test_the_command_line_prints_the_version(capsys):
    from resultaat.cli._main import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"resultaat {r.__version__}\n"
