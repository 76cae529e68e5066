"""The interactive page: one offline file; the reader switches the point of view (issue 13).

The browser tests drive Debian's chromium with Playwright. Where chromium is
missing they fail when RESULTAAT_REQUIRE_TOOLS is set (CI sets it) and skip
only elsewhere.
"""

import base64
import hashlib
import html
import json
import os
import re
import shutil

import pytest

import resultaat as r
from resultaat.present import _page
from test_report import hostile_model

DAY = "2026-03-01"
HOSTILE = "<img src=x onerror=alert(1)> </script><b>bold</b> & \u2028"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def page_data(text: str) -> dict:
    found = re.search(r'<script type="application/json" id="resultaat-data">(.*?)</script>',
                      text, re.S)
    return json.loads(found.group(1))


def test_every_party_is_worked_out_in_python(wheelchair):
    data = page_data(r.report(wheelchair, format="html", interactive=True, date=DAY))
    assert data["start"] == "municipality"
    assert [p["id"] for p in data["parties"]] == list(wheelchair.parties)
    municipality = next(p for p in data["parties"] if p["id"] == "municipality")
    groups = {g["title"]: [x["id"] for x in g["results"]] for g in municipality["groups"]}
    mine = {c.result: c for c in r.claims(wheelchair, "municipality")}
    assert groups["What Municipality of Nijkerk may claim"] == ["mobility", "delivered"]
    assert groups["What Municipality of Nijkerk contributed to"] == [
        "moves", "participates", "lively"]
    first = municipality["groups"][0]["results"][0]
    assert first["reasons"] == list(mine["mobility"].reasons)


def test_dutch_page_is_dutch():
    text = r.report(r.example("rolstoel"), format="html", interactive=True, date=DAY)
    assert '<html lang="nl">' in text
    assert '<label for="party">Gezien vanuit</label>' in text
    data = page_data(text)
    assert data["labels"] == {"hint": "Klik op een resultaat om te lezen waarom.",
                              "reasons": "Waarom"}
    assert "Opgesteld op 1 maart 2026 met het programma resultaat 0.1.0" in text


def test_the_page_loads_nothing_and_runs_only_its_own_script(wheelchair):
    text = r.report(wheelchair, format="html", interactive=True, date=DAY)
    assert not re.search(r'\b(?:src|href|action)\s*=\s*"(?!#)', text)
    assert "@import" not in text
    assert "url(" not in text
    script = re.findall(r"<script>(.*?)</script>", text, re.S)
    assert len(script) == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in text
    assert "default-src 'none'" in text
    assert ".innerHTML" not in script[0]


def test_user_text_is_data_never_markup():
    text = r.report(hostile_model(HOSTILE), format="html", interactive=True, date=DAY)
    start = text.index('id="resultaat-data">')
    data_part = text[start:text.index("</script>", start)]
    for raw in ("<img", "<b>", "&", "\u2028"):
        assert raw not in data_part.split(">", 1)[1]
    assert page_data(text)["parties"][0]["name"] == HOSTILE
    outside = re.sub(r"<script.*?</script>|<svg.*?</svg>", "", text, flags=re.S)
    assert "<img" not in outside
    assert "<b>" not in outside
    assert html.escape(HOSTILE) in outside  # the title, as text


def test_script_json_escapes_what_could_end_the_script():
    assert _page.script_json(["</script>", "&amp;", "\u2028\u2029"]) == (
        '["\\u003c/script\\u003e", "\\u0026amp;", "\\u2028\\u2029"]')


# --- in a real browser -----------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        if os.environ.get("RESULTAAT_REQUIRE_TOOLS"):
            pytest.fail("chromium is missing, and RESULTAAT_REQUIRE_TOOLS says it must be there")
        pytest.skip("chromium is not installed (CI installs it: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=ARGS)
        yield launched
        launched.close()


def open_page(browser, tmp_path, model):
    path = tmp_path / "page.html"
    path.write_text(r.report(model, format="html", interactive=True, date=DAY), "utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    seen = {"requests": [], "dialogs": [], "console": []}
    page.on("request", lambda q: seen["requests"].append(q.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("console", lambda m: seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["console"].append(str(e)))
    page.goto(path.as_uri())
    return page, seen, path


def test_the_reader_switches_the_point_of_view_and_reads_why(browser, tmp_path):
    page, seen, path = open_page(browser, tmp_path, r.example("rolstoel"))
    assert page.locator("#party").input_value() == "municipality"
    assert page.locator("#results h2").first.text_content() == "Wat Gemeente Nijkerk mag claimen"
    assert page.locator("figure:visible").get_attribute("data-party") == "municipality"
    page.select_option("#party", "supplier")
    assert page.locator("#results h2").all_text_contents() == [
        "Waaraan de leverancier van hulpmiddelen een bijdrage leverde",
        "Neveneffecten waarin de leverancier van hulpmiddelen een aandeel had",
        "Resultaten buiten het bereik van de leverancier van hulpmiddelen"]
    assert page.locator("figure:visible").get_attribute("data-party") == "supplier"
    assert page.locator("figure:visible").count() == 1
    assert page.locator("#reasons").text_content() == "Klik op een resultaat om te lezen waarom."
    page.get_by_role("button", name="De mobiliteit van mevrouw Jansen is gefaciliteerd").click()
    assert page.locator("#reasons h2").text_content() == (
        "Waarom: De mobiliteit van mevrouw Jansen is gefaciliteerd")
    reasons = page.locator("#reasons li").all_text_contents()
    claim = r.judge(r.example("rolstoel"), "supplier", "mobility")
    assert reasons == list(claim.reasons)
    assert page.locator("button[aria-pressed=true]").count() == 1
    page.screenshot(path=str(tmp_path / "page.png"))
    assert seen == {"requests": [path.as_uri()], "dialogs": [], "console": []}


def test_hostile_text_shows_as_text_in_the_browser(browser, tmp_path):
    page, seen, _ = open_page(browser, tmp_path, hostile_model(HOSTILE))
    assert page.locator("h1").text_content() == HOSTILE
    assert page.locator("#party option").first.text_content() == HOSTILE
    page.locator("#results button").first.click()
    assert page.locator("#reasons h2").text_content().startswith("Why: ")
    assert page.locator("#results img, #reasons img, #results b, h1 b").count() == 0
    assert seen["dialogs"] == []
    assert seen["console"] == []
    assert len(seen["requests"]) == 1  # the page itself; the <img src=x> never loaded


def test_a_model_without_parties_has_no_page():
    with pytest.raises(r.UnknownIdError) as e:
        r.report(r.loads("resultaat: 2\nname: Empty\n"), format="html", interactive=True)
    assert str(e.value) == "the model has no parties to write a report for"


def test_a_public_page_shows_residents_by_role():
    text = r.report(r.example("debt-help"), format="html", interactive=True,
                    audience="public", date=DAY)
    assert "Yilmaz" not in text
    assert "household A" in {p["name"] for p in page_data(text)["parties"]}
