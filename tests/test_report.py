import resultaat as r


def test_markdown_sections_in_order(wheelchair):
    text = r.report(wheelchair)
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == [
        "## What Municipality of Nijkerk may claim",
        "## What Municipality of Nijkerk contributed to",
        "## The ceiling of accountability",
        "## Process conditions",
        "## Side effects",
        "## Findings of the check",
        "## The budget's three questions",
        "## What lands on one household: Mrs Jansen",
        "## Ready to steer itself?",
    ]
    assert "- Mrs Jansen takes part in neighbourhood life (not ours to claim: the result of " \
        "Mrs Jansen; we contribute)" in text


def test_dutch_report_is_dutch(wheelchair):
    text = r.report(wheelchair, lang="nl")
    assert "## Het plafond van verantwoording" in text
    assert "Wat willen we bereiken?" in text
    assert "may claim" not in text


def test_expected_versus_realised():
    model = r.example("steering")
    text = r.report(model)
    assert "## Expected and realised" in text
    assert "| Job seekers find and keep paid work | in work after six months | 2025-H2 | 20 | " \
        "30 (revised 2025-H2: the regional labour market cooled) | 31 | +1 | on track | " \
        "improving |" in text


def test_household_view():
    text = r.report(r.example("debt-help"))
    assert "6 intervention(s) under 6 policy area(s), carried out by 5 organisation(s), land " \
        "on The Yilmaz family, at a combined € 15,450 a year." in text


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
