import resultaat as r


def test_markdown_sections_in_order(wheelchair):
    text = r.report(wheelchair)
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == [
        "## What Municipality of Nijkerk may claim",
        "## What Municipality of Nijkerk contributed to",
        "## Side effects Municipality of Nijkerk had a part in",
        "## The ceiling of accountability",
        "## Process conditions",
        "## Side effects",
        "## Findings of the check",
        "## Contribution stories",
        "## The budget's three questions",
        "## What lands on one household: Mrs Jansen",
        "## Ready to steer itself?",
    ]
    assert "- Mrs Jansen takes part in neighbourhood life (not ours to claim: the result of " \
        "Mrs Jansen; we contribute)" in text


def test_dutch_report_is_dutch(wheelchair):
    text = r.report(wheelchair, lang="nl")
    assert "## De grens van aanspreekbaarheid\n" in text
    assert "Wat willen we bereiken?" in text
    assert "may claim" not in text


def test_expected_versus_realised():
    model = r.example("steering")
    text = r.report(model)
    assert "## Expected and realised" in text
    assert "| Job seekers find and keep paid work | in work after six months | 2025-H2 | 20 | " \
        "32 (revised 2025-H2: the regional labour market cooled) | 26 | 26.5 | +0.5 | " \
        "on track | improving | – |" in text
    assert "| Lower youth unemployment in the city | youth unemployment | 2025 | 9 | 7 | 8.2 | " \
        "8.7 | -0.5 | **worse than expected** | improving | **nothing logged** |" in text
    assert "5 weeks against 4 expected, where fewer is better, is -1." in text


def test_household_view():
    text = r.report(r.example("debt-help"))
    assert "7 interventions under 6 policy areas, carried out by 5 organisations, land " \
        "on The Yilmaz family, at a combined €15,750 a year." in text


def test_other_party_and_html_escaping():
    b = r.ModelBuilder("<script>alert(1)</script>")
    b.party("p", "A & B <c>", "municipality")
    b.result("x", "Uses | pipes and **stars**", "micro", owner="p")
    b.contribute("p", "x")
    model = b.build()
    page = r.report(model, format="html")
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert "A &amp; B &lt;c&gt;" in page
    assert "Uses \\| pipes" in r.report(model)


# --- user text is never markup ---------------------------------------------------------

import html as _html  # noqa: E402
import re  # noqa: E402
from html.parser import HTMLParser  # noqa: E402

import markdown  # noqa: E402
import pytest  # noqa: E402

from resultaat.present._markup import cut, html_text, markdown_text  # noqa: E402

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    "![img](x.png \"t\") and ![y](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://evil.example/>",
    "[ref] and [ref]: javascript:alert(1)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#106;avascript:alert(1) &amp; &copy;",
    "x\n\n# Heading",
    "x\t\n\t\n## Tab heading\t\n<script>1</script>",
    "# Heading",
    "## Closing hashes ##",
    "- a list item",
    "+ plus item",
    "1. numbered",
    "12) numbered",
    "> quoted",
    "| a | b |\n|---|---|\n| c | d |",
    "a | b || c",
    "`code` and ``more``",
    "**bold** and __bold__ and *em* and _em_",
    "~~struck~~",
    "---",
    "x\n---",
    "{: onclick=\"alert(1)\" }",
    "back\\slash\\",
    "\\*not bold\\*",
    "    indented code",
    "<!-- comment -->",
]


class Structure(HTMLParser):
    """The tags and attributes of an HTML text, without its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag, ()))

    def handle_comment(self, data):
        self.tags.append(("<!--", ()))

    def handle_data(self, data):
        self.text.append(data)


def structure(page: str) -> tuple[list, str]:
    parser = Structure()
    parser.feed(page)
    parser.close()
    return parser.tags, " ".join(" ".join(parser.text).split())


def hostile_model(text: str):
    ident = " ".join(text.split()) or "x"
    b = r.ModelBuilder(text, perspective="m")
    b.party("m", text, "municipality")
    b.party("res", text + " (resident)", "citizen")
    b.factor("f", text, description=text)
    b.intervention("i", text, by="m", for_="res", policy=text, cost=100,
                   conditions=[r.Condition(name=text, kind="method", status="met",
                                           evidence=text)])
    b.intervention("bare", text + " bare", by="m", for_="res")
    b.result("own", text, "micro", owner="m", indicators=[r.Indicator(
        name=ident, baseline=1, target=2,
        revisions=(r.TargetRevision(3, r.Period.parse("2025-H2"), text),))])
    b.result("theirs", text + " 2", "micro", owner="res")
    b.side_effect("side", text + " 3", "micro", owner="res")
    b.contribute("i", "own", role="necessary", evidence=text)
    b.contribute("own", "theirs")
    b.contribute("f", "theirs")
    b.contribute("i", "side")
    b.claim("m", "own")
    b.claim("m", "theirs", source=text)
    b.measure("own", ident, "2025-H1", 1.5, case="c1", area=ident, intervention="i")
    b.measure("own", ident, "2025-H2", 9, case="c1", area=ident, intervention="i")
    return b.build()


def rendered(model, **options):
    md = r.report(model, diagram="pic.svg", **options)
    return md, markdown.markdown(md, extensions=["tables"])


def without_figure(page: str) -> str:
    return re.sub(r"<figure>.*?</figure>", "", page, flags=re.S)


def test_at_least_twenty_payloads():
    assert len(PAYLOADS) >= 20


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_report_shows_payload_as_text(payload):
    plain_tags, _ = structure(rendered(hostile_model("plain text"))[1])
    md, page = rendered(hostile_model(payload))
    tags, text = structure(page)
    assert tags == plain_tags  # no tag, attribute or link came from the payload
    shown = " ".join(payload.split())
    assert shown in text
    for line in md.splitlines():  # the structure of the Markdown itself is the library's
        assert not line.startswith((">", "-" * 3, "    ", "\t"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_report_shows_payload_literally(payload):
    plain = r.report(hostile_model("plain text"), format="html")
    page = r.report(hostile_model(payload), format="html")
    assert structure(without_figure(page))[0] == structure(without_figure(plain))[0]
    assert payload in _html.unescape(page) or " ".join(payload.split()) in structure(
        without_figure(page))[1]
    assert "<strong>bold</strong>" not in page


def test_bold_in_user_text_stays_text_in_html():
    page = r.report(hostile_model("**x**"), format="html")
    assert "<strong>x</strong>" not in page
    assert "**x**" in page
    assert "<strong>better than expected</strong>" in page  # the library's own markup


def test_markdown_text_escapes():
    assert markdown_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert markdown_text("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert markdown_text("x\r\n\r\n# Heading") == "x \\# Heading"
    assert markdown_text("# Heading") == "\\# Heading"
    assert markdown_text("C #") == "C \\#"
    assert markdown_text("- a") == "\\- a"
    assert markdown_text("+ a") == "\\+ a"
    assert markdown_text("12) a") == "12\\) a"
    assert markdown_text("1. a") == "1\\. a"
    assert markdown_text("a | b") == "a \\| b"
    assert markdown_text("`x` **y** _z_ ~~s~~") == ("\\`x\\` \\*\\*y\\*\\* \\_z\\_ "
                                                  "&#126;&#126;s&#126;&#126;")
    assert markdown_text("&amp; {a}") == "&amp;amp; \\{a\\}"
    assert markdown_text("  indented") == "indented"
    assert markdown_text("a\\") == "a\\\\"


def test_html_text_escapes():
    assert html_text("<b a=\"1\" b='2'>&") == "&lt;b a=&quot;1&quot; b=&#x27;2&#x27;&gt;&amp;"


def test_cut():
    assert cut("abc", 3) == "abc"
    assert cut("abcd", 3) == "ab…"
    assert len(markdown_text("x" * 10_000)) == 500
    assert markdown_text("x" * 10_000).endswith("x…")
    assert len(html_text("x" * 10_000)) == 500


def test_long_texts_are_cut_in_reports_but_kept_in_the_model():
    statement = "word " * 200_000  # a million characters
    model = hostile_model(statement)
    md = r.report(model)
    page = r.report(model, format="html")
    assert len(md) < 150_000  # dozens of texts, each cut to 500 or 2,000 characters
    assert len(page) < 300_000
    assert ("word " * 99 + "word…") in md
    assert model.results["own"].statement == statement
    assert r.loads(r.dumps(model)).results["own"].statement == statement


def test_payload_file_name_of_the_diagram_is_a_link_target_only():
    text = r.report(r.example("wheelchair"), diagram="a b).svg <x>")
    assert "![Contribution graph](a%20b%29.svg%20%3Cx%3E)" in text


def test_a_residents_report_leaves_out_what_does_not_apply(wheelchair):
    text = r.report(wheelchair, party="resident")
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == [
        "## What Mrs Jansen may claim",
        "## What Mrs Jansen contributed to",
        "## Side effects Mrs Jansen had a part in",
        "## Process conditions",
        "## Side effects",
        "## Findings of the check",
        "## What lands on one household: Mrs Jansen",
    ]
    assert "Mrs Jansen answers for its" not in text
    assert "zijn deel" not in r.report(wheelchair, party="resident", lang="nl")


def test_the_budget_keeps_side_effects_apart_from_goals(wheelchair):
    text = r.report(wheelchair)
    achieve = text.split("### What do we want to achieve?")[1].split("###")[0]
    assert "Other residents wait longer" not in achieve
    effects = text.split("### What side effects does our work have?")[1].split("###")[0]
    assert ("- Other residents wait longer for their aids (a harmful side effect: we answer for "
            "our part in it)") in effects
    assert ("- Her daughter spends less time taking her out (a positive side effect, not a goal; "
            "owner: Her daughter and son-in-law; we contribute)") in effects


def test_the_budget_and_the_ceiling_agree_on_what_the_party_answers_for():
    text = r.report(r.example("schuldhulp"))
    ceiling = text.split("## De grens van aanspreekbaarheid")[1].split("\n## ")[0]
    achieve = text.split("### Wat willen we bereiken?")[1].split("###")[0]
    assert ("| Binnen drie maanden is er een betalingsregeling | micro | onder de grens: "
            "aanspreekbaar |") in ceiling
    assert ("- Binnen drie maanden is er een betalingsregeling (niet ons eigen resultaat, maar "
            "wel in onze hand, zelf of via een contract: we zijn erop aanspreekbaar)") in achieve
    assert ("- De schulden van het gezin zijn gestabiliseerd (niet door ons te claimen: resultaat "
            "van het gezin Yilmaz; wij dragen bij)") in achieve


def test_the_household_is_charged_cost_over_reach_and_programme_costs_apart():
    text = r.report(r.example("youth-region"))
    assert ("| Local youth team refers children in time | Municipality of Nijkerk | Jeugdwet | "
            "€3,000 (€1,800,000 a year for 600) |") in text
    assert "**€ 1,800,000**" not in text
    b = r.ModelBuilder("costs")
    b.party("m", "Town", "municipality")
    b.party("c", "Ann", "citizen")
    b.intervention("fund", "Programme", by="m", for_="c", cost=50_000)
    text = r.report(b.build())
    assert "| Programme | Town | (no policy named) | programme cost €50,000 a year, not charged " \
           "to one household |" in text
    assert "Programme costs are shown apart and not added to what lands on Ann: “Programme”." \
        in text


def test_readiness_is_asked_of_the_parties_that_carry_out_the_work(wheelchair):
    text = r.report(wheelchair)
    assert "### Ready to steer itself: Municipality of Nijkerk" in text
    assert "### Ready to steer itself: Aids supplier" in text


def test_the_conditions_table_writes_the_recognition_in_words():
    text = r.report(r.example("neighbourhood-team"))
    assert "| Kitchen-table conversation method | method: well described | met |" in text
    assert ("“Draw up a support plan with the family”: method “Kitchen-table conversation "
            "method” is not a proven method (well described).") in text
