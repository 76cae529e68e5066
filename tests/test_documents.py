"""Reports in Word and PDF, and the colophon every report ends with (issue 13)."""

import datetime
import functools
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib

import docx
import pytest
from docx.shared import Cm, Length

import resultaat as r
from helpers import MINIMAL
from resultaat.present import _docx, _pdf
from test_report import PAYLOADS, hostile_model

DAY = "2026-03-01"
EN = r.fingerprint(r.example("wheelchair"))  # pinned on a small model below
NL = r.fingerprint(r.example("rolstoel"))
COLOPHON_EN = ("Written on March 1, 2026 by resultaat 0.1.0 from the model “Wheelchair and "
               f"participation” (fingerprint `{EN}`).")
COLOPHON_NL = ("Opgesteld op 1 maart 2026 met het programma resultaat 0.1.0, uit het model "
               f"“Rolstoel en meedoen” (vingerafdruk `{NL}`).")


def need(program: str) -> str:
    """The path of a program a test needs: a failure in CI when it is missing, a skip elsewhere."""
    found = shutil.which(program)
    if found:
        return found
    if os.environ.get("RESULTAAT_REQUIRE_TOOLS"):
        pytest.fail(f"{program} is missing, and RESULTAAT_REQUIRE_TOOLS says it must be there")
    pytest.skip(f"{program} is not installed (CI installs it)")


# --- the colophon ----------------------------------------------------------------------


def test_every_format_says_date_model_fingerprint_and_version():
    en, nl = r.example("wheelchair"), r.example("rolstoel")
    assert r.report(en, date=DAY).splitlines()[-1] == COLOPHON_EN
    assert r.report(nl, date=DAY).splitlines()[-1] == COLOPHON_NL
    page = r.report(en, format="html", date=DAY)
    assert ("<p>Written on March 1, 2026 by resultaat 0.1.0 from the model “Wheelchair and "
            f"participation” (fingerprint <code>{EN}</code>).</p>") in page
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(
        r.report(nl, format="docx", date=DAY))).paragraphs)
    assert COLOPHON_NL.replace("`", "") in text
    assert COLOPHON_NL.replace("`", "") in r.report(nl, format="html", interactive=True,
                                                    date=DAY)


def test_the_date_comes_from_source_date_epoch_else_today(monkeypatch):
    m = r.example("wheelchair")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")
    assert r.report(m) == r.report(m, date=datetime.date(2026, 3, 1))
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    today = datetime.date.today()
    assert f"Written on {today:%B} {today.day}, {today.year} by" in r.report(m)


def test_a_bad_date_is_refused(monkeypatch):
    m = r.example("wheelchair")
    with pytest.raises(r.SettingError) as e:
        r.report(m, date="2026-13-01")
    assert str(e.value) == ("the report date '2026-13-01' is written YYYY-MM-DD but is no day of "
                            "the calendar; give a date that exists")
    with pytest.raises(r.SettingError) as e:
        r.report(m, date="13-01-2026")
    assert str(e.value) == "the report date must be a date written YYYY-MM-DD, got '13-01-2026'"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(r.SettingError) as e:
        r.report(m)
    assert str(e.value) == ("SOURCE_DATE_EPOCH='yesterday' in the environment is not a date: "
                            "set it to a whole number of seconds since 1970-01-01 UTC, or "
                            "unset it")


def test_the_fingerprint_is_of_the_content_not_the_writing():
    assert r.fingerprint(r.loads(MINIMAL)) == "3ad198edca04"  # the same in every release
    m = r.example("wheelchair")
    assert re.fullmatch(r"[0-9a-f]{12}", EN)
    assert r.fingerprint(r.loads(r.dumps(m, "json"), "json")) == EN
    text = r.example_path("wheelchair").read_text(encoding="utf-8")
    assert r.fingerprint(r.loads("# a comment\n" + text)) == EN
    changed = r.loads(text.replace("Wheelchair and participation", "Wheelchair"))
    assert re.fullmatch(r"[0-9a-f]{12}", r.fingerprint(changed))
    assert r.fingerprint(changed) != EN


def test_unknown_formats_and_interactive_elsewhere_are_refused(wheelchair):
    with pytest.raises(r.SettingError) as e:
        r.report(wheelchair, format="odt")
    assert str(e.value) == "format must be 'markdown', 'html', 'docx' or 'pdf', got 'odt'"
    with pytest.raises(r.SettingError) as e:
        r.report(wheelchair, format="pdf", interactive=True)
    assert str(e.value) == "an interactive page is HTML: use format='html', got 'pdf'"
    with pytest.raises(r.SettingError) as e:
        r.report(wheelchair, format="docx", diagram="memo.svg")
    assert str(e.value) == ("diagram= names the picture a Markdown report shows; a docx report "
                            "holds its own diagram: leave diagram out")
    with pytest.raises(r.SettingError) as e:
        r.report(wheelchair, format="html", interactive=True, measurements=[])
    assert str(e.value) == ("the interactive page shows no measurements: leave them out, or "
                            "write the HTML report, which shows them")


# --- Word ------------------------------------------------------------------------------


def word(model, **options):
    return docx.Document(io.BytesIO(r.report(model, format="docx", date=DAY, **options)))


@pytest.mark.parametrize(("name", "title", "heading", "table_head"), [
    ("wheelchair", "Wheelchair and participation", "What Municipality of Nijkerk may claim",
     ["Result", "Level", "Place", "Indicators"]),
    ("rolstoel", "Rolstoel en meedoen", "Wat Gemeente Nijkerk mag claimen",
     ["Resultaat", "Niveau", "Ten opzichte van de grens", "Indicatoren"]),
])
def test_word_report_has_headings_tables_and_the_diagram(name, title, heading, table_head):
    doc = word(r.example(name))
    headings = [(p.style.name, p.text) for p in doc.paragraphs
                if p.style.name.startswith(("Title", "Heading"))]
    assert headings[0] == ("Title", title)
    assert ("Heading 1", heading) in headings
    assert [c.text for c in doc.tables[0].rows[0].cells] == table_head
    assert all(run.bold for run in doc.tables[0].rows[0].cells[0].paragraphs[0].runs)
    assert len(doc.inline_shapes) == 1
    picture = doc.inline_shapes[0]
    width, height = (round(Length(x).cm, 2) for x in (picture.width, picture.height))
    assert (width == 16 and height <= 24) or (height == 24 and width <= 16)
    section = doc.sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (21, 29.7)
    text_width = section.page_width - section.left_margin - section.right_margin
    assert round(Length(text_width).cm, 2) == 16
    assert doc.core_properties.language == {"wheelchair": "en-GB", "rolstoel": "nl-NL"}[name]
    assert doc.core_properties.title == title


def test_word_report_is_the_same_bytes_for_the_same_model_and_date(wheelchair):
    first = r.report(wheelchair, format="docx", date=DAY)
    assert first == r.report(wheelchair, format="docx", date=DAY)
    assert first != r.report(wheelchair, format="docx", date="2026-03-02")


def test_a_tall_diagram_is_narrowed_to_fit_the_page():
    doc = docx.Document()
    _docx._picture(doc, png(10, 40), Cm, "caption")
    shape = doc.inline_shapes[0]
    assert shape.height == Cm(24)
    assert shape.width == Cm(6)


@pytest.mark.parametrize("name", [*r.EXAMPLES, *r.EXAMPLES_NL])
def test_every_example_prints_its_diagram_whole_in_word_and_pdf(name, tmp_path):
    doc = word(r.example(name))
    [picture] = doc.inline_shapes
    width, height = (round(Length(x).cm, 2) for x in (picture.width, picture.height))
    assert (width == 16 and height <= 24) or (height == 24 and width <= 16)  # to the EMU
    text = pdf_text(r.report(r.example(name), format="pdf", date=DAY), tmp_path)
    title = r.example(name).name
    assert " ".join(text.split()).count(title) >= 3  # the heading, the diagram, the colophon


def png(width: int, height: int) -> bytes:
    """A white PNG of the size given."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_word_shows_user_text_as_text(payload):
    data = r.report(hostile_model(payload), format="docx", date=DAY)
    doc = docx.Document(io.BytesIO(data))
    shown = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert " ".join(payload.split()) in " ".join(shown.split())
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    for tag in ("<script", "<img", "<b>", "<svg", "<iframe"):
        assert tag not in body
    assert bold_runs(plain_word()) == bold_runs(data)  # no **bold** in user text became bold


@functools.cache
def plain_word() -> bytes:
    return r.report(hostile_model("plain text"), format="docx", date=DAY)


def bold_runs(data: bytes) -> int:
    doc = docx.Document(io.BytesIO(data))
    return sum(1 for p in doc.paragraphs for run in p.runs if run.bold)


def test_word_runs_keep_the_library_markup_apart_from_user_text():
    from resultaat.present._report import _Said, _t

    assert _docx.runs(_t("**{x}** in `{c}`", x="**no**", c=_Said("`x`"))) == [
        ("**no**", True, False), (" in ", False, False), ("`x`", False, True)]


# --- PDF -------------------------------------------------------------------------------


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    done = subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True)
    return done.stdout


@pytest.mark.parametrize(("name", "words"), [
    ("wheelchair", ["Wheelchair and participation — seen from Municipality of Nijkerk",
                    "What Municipality of Nijkerk may claim", f"fingerprint {EN}"]),
    ("rolstoel", ["Rolstoel en meedoen — gezien vanuit Gemeente Nijkerk",
                  "Wat Gemeente Nijkerk mag claimen", "Opgesteld op 1 maart 2026",
                  f"vingerafdruk {NL}"]),
])
def test_pdf_report_prints_on_a4_with_the_diagram_and_no_graphviz(name, words, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setenv("RESULTAAT_ENGINE", "bundled")
    monkeypatch.setenv("PATH", "/nonexistent")  # no Graphviz program to fall back on
    data = r.report(r.example(name), format="pdf", date=DAY)
    again = r.report(r.example(name), format="pdf", date=DAY)
    monkeypatch.undo()
    assert data.startswith(b"%PDF-")
    text = " ".join(pdf_text(data, tmp_path).split())
    for each in words:  # the first is the diagram's own title: drawn from the SVG
        assert each in text
    info = subprocess.run([need("pdfinfo"), str(tmp_path / "report.pdf")], capture_output=True,
                          check=True, text=True).stdout
    assert re.search(r"Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info)
    assert data == again


def test_pdf_shows_user_text_as_text(tmp_path):
    payload = "<img src=x onerror=alert(1)> **bold** <b>tag</b>"
    text = " ".join(pdf_text(r.report(hostile_model(payload), format="pdf", date=DAY),
                             tmp_path).split())
    assert payload in text


def test_pdf_without_weasyprint_says_how_to_get_it(wheelchair, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(r.MissingExtraError) as e:
        r.report(wheelchair, format="pdf")
    assert isinstance(e.value, ImportError)
    assert str(e.value) == (
        "a PDF report needs WeasyPrint and the Pango library, and WeasyPrint is not installed: "
        "pip install 'resultaat[pdf]', and Pango (Debian/Ubuntu: apt-get install "
        "libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango); or write .html or "
        ".docx, which need neither")


def test_pdf_without_pango_says_how_to_get_it():
    said = _pdf._what_is_missing(OSError("cannot load library 'libpango-1.0-0'"))
    assert said == "Pango could not be loaded (cannot load library 'libpango-1.0-0')"


def test_pdf_loads_nothing_from_outside():
    with pytest.raises(ValueError, match="a report loads nothing from outside"):
        _pdf._refuse("https://example.org/x.png")


def test_word_without_python_docx_says_how_to_get_it(wheelchair, monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(r.MissingExtraError) as e:
        r.report(wheelchair, format="docx")
    assert str(e.value) == ("a Word report needs the python-docx package, which is missing: "
                            "pip install python-docx")


# --- the command line ------------------------------------------------------------------


def cli(capsys, *args):
    from resultaat.cli._main import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_suffix_picks_the_format(capsys, tmp_path):
    model = r.example_path("rolstoel")
    for name, start in (("memo.md", b"Dit rapport"), ("memo.html", b"<!DOCTYPE html>"),
                        ("memo.docx", b"PK\x03\x04"), ("memo.PDF", b"%PDF-")):
        code, _out, err = cli(capsys, "report", model, "-o", tmp_path / name, "--date", DAY)
        assert (code, err) == (0, "")
        assert (tmp_path / name).read_bytes().startswith(start)
    assert (tmp_path / "memo.docx").read_bytes() == r.report(r.example("rolstoel"),
                                                             format="docx", date=DAY)


def test_a_suffix_that_cannot_be_written_is_refused(capsys, tmp_path):
    for name in ("memo.odt", "memo.txt", "memo"):
        code, out, err = cli(capsys, "report", r.example_path("wheelchair"), "-o",
                             tmp_path / name)
        assert (code, out) == (2, "")
        assert err == (f"resultaat: cannot write a report to '{name}': the suffix picks the "
                       "format; use .md, .html, .docx or .pdf\n")
    assert list(tmp_path.iterdir()) == []


def test_a_markdown_report_writes_its_diagram_next_to_it(capsys, tmp_path):
    model = r.example_path("wheelchair")
    code, out, _ = cli(capsys, "report", model, "-o", tmp_path / "memo.md")
    assert code == 0
    assert out == f"wrote {tmp_path / 'memo.svg'}\nwrote {tmp_path / 'memo.md'}\n"
    assert "![Contribution graph](memo.svg)" in (tmp_path / "memo.md").read_text("utf-8")
    assert (tmp_path / "memo.svg").read_bytes().startswith(b"<?xml")
    code, out, _ = cli(capsys, "report", model, "-o", tmp_path / "png.md", "--diagram", "png")
    assert (tmp_path / "png.png").read_bytes().startswith(b"\x89PNG")
    code, out, _ = cli(capsys, "report", model, "-o", tmp_path / "bare.md", "--no-diagram")
    assert "![" not in (tmp_path / "bare.md").read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bare.md", "memo.md", "memo.svg", "png.md", "png.png"]


@pytest.mark.parametrize(("args", "said"), [
    (["-o", "memo.html", "--no-diagram"], "--diagram and --no-diagram are for a Markdown "
     "report (-o FILE.md); an HTML, Word or PDF report always holds its diagram"),
    (["--diagram"], "--diagram needs -o FILE.md: the diagram is written as a file next to "
     "the report"),
    (["-o", "memo.md", "--diagram", "--no-diagram"], "give --diagram or --no-diagram, not both"),
    (["-o", "memo.docx", "--interactive"], "--interactive writes an HTML page: use -o "
     "FILE.html, got 'memo.docx'"),
    (["--date", "1 March"], "the report date must be a date written YYYY-MM-DD, got '1 March'"),
    (["-o", "p.html", "--interactive", "--measurements", "cases.csv"], "the interactive page "
     "shows no measurements: leave them out, or write the HTML report, which shows them"),
])
def test_report_options_that_do_not_fit_are_refused(capsys, tmp_path, monkeypatch, args, said):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "report", r.example_path("wheelchair"), *args)
    assert (code, out, err) == (2, "", f"resultaat: {said}\n")
    assert list(tmp_path.iterdir()) == []


def test_the_interactive_page_from_the_command_line(capsys, tmp_path):
    code, _, _ = cli(capsys, "report", r.example_path("wheelchair"), "-o", tmp_path / "p.html",
                     "--interactive", "--date", DAY)
    assert code == 0
    assert (tmp_path / "p.html").read_text("utf-8") == r.report(
        r.example("wheelchair"), format="html", interactive=True, date=DAY)


def test_pdf_without_the_extra_stops_with_code_3(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    code, out, err = cli(capsys, "report", r.example_path("wheelchair"), "-o",
                         tmp_path / "memo.pdf")
    assert (code, out) == (3, "")
    assert "pip install 'resultaat[pdf]'" in err
    assert list(tmp_path.iterdir()) == []


def test_a_public_report_names_the_model_by_role_in_its_colophon(tmp_path):
    model = r.example("debt-help")
    assert "Yilmaz" in model.name
    said = (f"Written on March 1, 2026 by resultaat 0.1.0 from the model “Debt help for "
            f"household A” (fingerprint `{r.fingerprint(model)}`).")
    assert r.report(model, audience="public", date=DAY).splitlines()[-1] == said
    page = r.report(model, format="html", interactive=True, audience="public", date=DAY)
    assert said.replace("`", "") in page
    assert "Yilmaz" not in page
    word = r.report(model, format="docx", audience="public", date=DAY)
    assert said.replace("`", "") in [p.text for p in docx.Document(io.BytesIO(word)).paragraphs]


def test_word_tables_fill_the_text_width_and_a_wide_one_gets_a_landscape_page():
    from docx.enum.section import WD_ORIENT

    doc = word(r.example("sturing"))
    widths = [round(sum(Length(c.width).cm for c in t.columns), 1) for t in doc.tables]
    assert [len(t.columns) for t in doc.tables] == [4, 6, 11, 5]
    assert widths == [16.0, 16.0, 24.7, 16.0]
    orientations = [s.orientation for s in doc.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = doc.sections[1]
    assert (round(landscape.page_width.cm, 1), round(landscape.page_height.cm, 1)) == (29.7, 21)
    assert [c.text for c in doc.tables[2].rows[0].cells][:3] == ["Resultaat", "Indicator",
                                                                 "Periode"]


def test_the_markdown_diagram_is_the_picture_the_html_report_embeds(capsys, tmp_path):
    model, cases = r.example_path("sturing"), r.example_path("sturing").with_name(
        "sturing-cases.csv")
    for name in ("memo.md", "memo.html"):
        code, _, _ = cli(capsys, "report", model, "--measurements", cases, "--public", "-o",
                         tmp_path / name)
        assert code == 0
    svg = (tmp_path / "memo.svg").read_text("utf-8")
    assert "▲" in svg or "▼" in svg  # the signals of the measurements are drawn
    assert svg[svg.index("<svg"):] in (tmp_path / "memo.html").read_text("utf-8")
