import re
import shutil

import pytest

import resultaat as r
from resultaat.present import _engine


def node_line(dot, statement_start):
    return next(line for line in dot.splitlines() if statement_start in line)


def test_dot_is_deterministic(wheelchair):
    assert r.to_dot(wheelchair) == r.to_dot(r.loads(r.dumps(wheelchair)))


def test_bands_ceiling_and_perspective_colours(wheelchair):
    dot = r.to_dot(wheelchair)
    for cluster in ("cluster_who", "cluster_work", "cluster_micro", "cluster_meso",
                    "cluster_micro_ceiling", "cluster_work_ceiling"):
        assert f"subgraph {cluster} {{" in dot
    assert "cluster_macro" not in dot  # no macro results in this model
    own = node_line(dot, "Mrs Jansen&#x27;s mobility is")
    assert "fillcolor=\"#0072B2\"" in own
    assert "peripheries=2" in own
    theirs = node_line(dot, "<B>Mrs Jansen takes part in")
    assert "#FBE5B3" in theirs
    assert "of Mrs Jansen" in theirs
    collective = node_line(dot, "<B>More residents take part")
    assert "shape=octagon" in collective
    negative = node_line(dot, "<B>Other residents wait")
    assert "shape=note" in negative
    assert "#D55E00" in negative
    assert "unintended, negative" in negative
    factor = node_line(dot, "Accessible pavements")
    assert "dashed" in factor
    joined = dot.replace('<BR ALIGN="LEFT"/>', " ")
    assert "below the ceiling of accountability: in the hands of Municipality of Nijkerk" in joined


def test_other_perspective_and_language(wheelchair):
    dot = r.to_dot(wheelchair, perspective="resident", lang="nl")
    assert "gezien vanuit Mrs Jansen" in dot
    mine = node_line(dot, "<B>Mrs Jansen moves around")
    assert "#0072B2" in mine
    unreached = node_line(dot, "<B>Mrs Jansen&#x27;s mobility")
    assert "dashed" in unreached
    assert "geen bijdrage van Mrs Jansen" in unreached


def test_conditions_shown_compactly_with_details_in_tooltip(wheelchair):
    line = node_line(wheelchair and r.to_dot(wheelchair), "<B>Provide a wheelchair")
    assert "conditions: 2 met · 1 unknown" in line
    assert "Delivery times monitored [quality]: unknown" in line


def test_focus_and_depth(wheelchair):
    dot = r.to_dot(wheelchair, focus="moves", depth=1)
    assert "<B>Mrs Jansen moves around" in dot
    assert "Mrs Jansen takes part" not in dot
    assert "Provide a wheelchair" not in dot  # two steps away
    full = r.to_dot(wheelchair, focus="moves")
    assert "Provide a wheelchair" in full
    assert "Mrs Jansen takes part" not in full
    with pytest.raises(KeyError, match="neither a result nor a party"):
        r.to_dot(wheelchair, focus="nothing")


def test_labels_can_be_overridden(wheelchair):
    dot = r.to_dot(wheelchair, labels={"legend": "Key"}, title="For the council")
    assert ">Key<" in dot
    assert "For the council" in dot
    with pytest.raises(ValueError, match="unknown label 'legnd'"):
        r.to_dot(wheelchair, labels={"legnd": "x"})


HOSTILE = 'Quote " and <b>tag</b> & {brace} \\ back\\slash \\" \nnew line ë é ï 😀 ' + "long " * 40


def hostile_model():
    b = r.ModelBuilder(HOSTILE)
    b.party("p<1>", HOSTILE, "municipality")
    b.party("node", "graph", "citizen")
    b.intervention("edge", HOSTILE, by="p<1>", policy=HOSTILE,
                   conditions=[r.Condition(HOSTILE, "method", "met", evidence=HOSTILE)])
    b.factor("{f}", HOSTILE, HOSTILE)
    b.result("r\\", HOSTILE, "micro", owner="node",
             indicators=[r.Indicator(HOSTILE.strip(), unit=HOSTILE)])
    b.contribute("edge", "r\\", evidence=HOSTILE, weight=2)
    b.contribute("{f}", "r\\")
    return b.build()


def test_hostile_text_is_escaped_in_dot():
    dot = r.to_dot(hostile_model())
    assert "&lt;b&gt;tag&lt;/b&gt;" in dot  # escaped inside HTML labels
    for line in dot.splitlines():
        # raw only inside plain quoted strings (tooltips), with quotes escaped
        for raw in re.finditer(r"<b>tag</b>", line):
            before = line[: raw.start()].replace("\\\\", "").replace('\\"', "")
            assert before.count('"') % 2 == 1, line
    assert "p<1>" not in dot  # ids never reach DOT as names


@pytest.mark.engine
def test_hostile_text_renders_as_text(tmp_path):
    svg = r.render(hostile_model()).decode("utf-8")
    assert "&lt;b&gt;tag&lt;/b&gt;" in svg
    assert "<b>" not in svg
    assert "back\\slash" in svg  # a backslash stays a backslash
    import xml.dom.minidom

    xml.dom.minidom.parseString(svg)  # well-formed


@pytest.mark.engine
def test_svg_is_byte_identical_every_run(wheelchair):
    assert r.render(wheelchair) == r.render(wheelchair)


@pytest.mark.engine
def test_png_and_render_to(wheelchair, tmp_path):
    png = r.render_to(wheelchair, tmp_path / "w.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert r.render_to(wheelchair, tmp_path / "w.dot").read_text().startswith("digraph")
    with pytest.raises(ValueError, match="cannot tell the format"):
        r.render_to(wheelchair, tmp_path / "w.jpg")


@pytest.mark.engine
def test_bundled_engine_without_system_graphviz(wheelchair, monkeypatch):
    monkeypatch.setattr(_engine, "system_dot", lambda: None)  # as on a machine without it
    assert _engine.choose("auto")[0] == "bundled"
    assert r.render(wheelchair)[:5] == b"<?xml"
    with pytest.raises(r.RenderError, match="PDF needs the Graphviz programs"):
        r.render(wheelchair, format="pdf")
    with pytest.raises(r.RenderError, match="apt-get install graphviz"):
        r.render(wheelchair, engine="system")


def test_environment_can_force_the_bundled_engine(monkeypatch):
    monkeypatch.setenv("RESULTAAT_ENGINE", "bundled")
    assert _engine.choose("auto")[0] == "bundled"


@pytest.mark.engine
@pytest.mark.skipif(shutil.which("dot") is None, reason="system Graphviz not installed "
                    "(CI runs this in its second pass, after installing it)")
def test_system_engine(wheelchair):
    assert r.render(wheelchair, engine="system")[:5] == b"<?xml"
    assert r.render(wheelchair, engine="system", format="pdf")[:4] == b"%PDF"


def test_jupyter_shows_svg(wheelchair):
    assert wheelchair._repr_svg_().lstrip().startswith("<?xml")


def test_output_does_not_depend_on_hash_seed():
    import subprocess
    import sys

    script = (
        "import resultaat as r, hashlib\n"
        "out = []\n"
        "for name in r.EXAMPLES:\n"
        "    m = r.example(name)\n"
        "    out.append(r.to_dot(m))\n"
        "    out.append(r.report(m))\n"
        "    out += [c.text for p in m.parties for c in r.claims(m, p)]\n"
        "print(hashlib.sha256('\\n'.join(out).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       check=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed}
                       ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def test_a_layout_that_takes_too_long_says_what_to_do(wheelchair, monkeypatch):
    monkeypatch.setattr(_engine, "TIMEOUT", 0.001)
    with pytest.raises(r.RenderError, match="draw a part of it with focus="):
        r.render(wheelchair, engine="bundled")


def test_long_texts_are_cut_in_the_diagram_and_kept_in_the_model():
    long = "Residents " * 100_000  # a million characters
    b = r.ModelBuilder(long, perspective="m")
    b.party("m", long, "municipality")
    b.factor("f", long, description=long)
    b.intervention("i", long, by="m", policy=long)
    b.result("x", long, "micro", owner="m")
    b.contribute("i", "x", evidence=long)
    b.contribute("f", "x")
    model = b.build()
    dot = r.to_dot(model)
    assert len(dot) < 40_000
    assert "Residents Residents Residents<BR/>" in dot  # wrapped, 8 lines and "…"
    assert "<BR/>…</B>" in dot
    tips = re.findall(r'tooltip="([^"]*)"', dot)
    assert tips
    assert max(len(t) for t in tips) <= 2000
    assert model.results["x"].statement == long
    assert model.interventions["i"].policy == long



DRAWN = {  # standing → (fill, border, shape) of an intended result
    "own": ("#0072B2", "#0072B2", "box"),
    "theirs": ("#FBE5B3", "#E69F00", "box"),
    "collective": ("#C7EADF", "#009E73", "octagon"),
    "out_of_reach": ("white", "#8C8C8C", None),
}


def _attr(line, key):
    found = re.search(rf'\s{key}="?([^"\s\]]+)', line.split(">", 1)[-1].rsplit("tooltip=", 1)[0])
    return found.group(1) if found else None


@pytest.mark.parametrize("name", r.EXAMPLES)
def test_every_result_is_drawn_as_the_perspective_sees_it(name):
    m = r.example(name)
    for pid in m.parties:
        view = r.perspective(m, pid)
        lines = r.to_dot(m, perspective=pid, legend=False).splitlines()
        for n, (rid, res) in enumerate(m.results.items()):
            if not res.intended:
                continue
            line = next(x for x in lines if x.lstrip("\t").startswith(f"r{n} [label="))
            fill, border, shape = DRAWN[view[rid].standing.value]
            shape = shape or ("octagon" if view[rid].belongs_to is None else "box")
            assert (_attr(line, "fillcolor"), _attr(line, "color"), _attr(line, "shape")) == (
                fill, border, shape), (name, pid, rid)


def test_a_commissioner_has_its_own_edge_style_named_in_the_legend(wheelchair):
    dot = r.to_dot(wheelchair)
    assert 'p3 -> i2 [arrowhead=empty color="#0072B2" penwidth=1.4 style=dashed]' in dot
    assert "dashed blue line: commissions and funds (by contract)" in dot
    assert "what Municipality of Nijkerk does or commissions" in dot.replace(
        '<BR ALIGN="LEFT"/>', " ")


def test_a_harmful_side_effect_is_answered_for_never_claimed(wheelchair):
    dot = r.to_dot(wheelchair)
    node = next(line for line in dot.splitlines() if "Other residents wait longer" in line)
    assert "a part for Municipality of Nijkerk to answer for" in node
    assert "may claim" not in node


def test_a_harm_that_befalls_the_party_itself_is_not_drawn_as_its_claim():
    m = r.example("debt-help")  # the family owns "deals with seven professionals" unasked
    for lang, claim in (("en", "may claim"), ("nl", "te claimen")):
        dot = r.to_dot(m, perspective="family", lang=lang)
        node = next(line for line in dot.splitlines() if "\tseven_contacts" in line
                    or line.lstrip().startswith(("r6 ", "seven_contacts ")))
        assert "(!)" in node
        assert claim not in node


def test_a_recognition_is_written_in_words_in_the_tooltip(wheelchair):
    assert "(well founded)" in r.to_dot(wheelchair)
    assert "(goed onderbouwd)" in r.to_dot(wheelchair, lang="nl")
def test_evidence_marks_weight_ranges_and_weakest_links():
    m = r.example("debt-help")
    dot = r.to_dot(m)
    assert 'xlabel="×3 ●●●"' in dot  # counselling → plan: strong
    assert 'xlabel="×1–3 ○○○"' in dot  # the national rule: a weight range, untested
    assert "evidence: ●●● strong, ●●○ moderate, ●○○ weak, ○○○ untested" in dot
    story = r.story(m, "municipality", "fewer_evictions")
    lit = r.to_dot(m, highlight=story.weakest)
    assert 'xlabel="●○○ (weakest link)"' in lit
    assert "penwidth=3.4" in lit
    assert "penwidth=3.4" not in dot


def test_ungraded_models_draw_as_before_and_shares_can_be_left_out():
    m = r.example("wheelchair")
    dot = r.to_dot(m)
    assert "○○○" not in dot
    assert "evidence:" not in dot
    assert "share of credit about 42% (stated weights)" in dot
    assert "share of credit" not in r.to_dot(m, shares=False)
    assert "toe te rekenen aandeel ongeveer 42% (opgegeven gewichten)" in r.to_dot(m, lang="nl")
