"""The diagram in a memo: sizes, resolution, the 7 pt rule, contrast, legend and summary."""

import functools
import html
import re
import shutil
import struct

import pytest

import resultaat as r
from resultaat.cli import _main as cli
from resultaat.present import _dot

CM = 72 / 2.54
NAMES = sorted(set(r.EXAMPLES) | set(r.EXAMPLES_NL))
ENGINES = ["bundled", *(["system"] if shutil.which("dot") else [])]


def _points(value):
    number, unit = re.fullmatch(r"([\d.]+)(pt|cm|in|px)?", value).groups()
    return float(number) * {"pt": 1, "cm": CM, "in": 72, "px": 0.75, None: 0.75}[unit]


def printed(svg):
    """(width cm, height cm, smallest font in pt as printed): font size × the scale of the SVG's
    width and height against its viewBox, and of the drawing's own transform."""
    text = svg.decode()
    head = re.search(r"<svg[^>]*>", text).group(0)
    width = _points(re.search(r'width="([^"]+)"', head).group(1))
    height = _points(re.search(r'height="([^"]+)"', head).group(1))
    box = [float(x) for x in re.search(r'viewBox="([^"]+)"', head).group(1).split()]
    inner = float(re.search(r'class="graph" transform="scale\(([\d.]+)', text).group(1))
    sx, sy = width / box[2] * inner, height / box[3] * inner
    assert sx == pytest.approx(sy, rel=0.01)
    sizes = [float(x) for x in re.findall(r'font-size="([\d.]+)"', text)]
    return width / CM, height / CM, min(sizes) * sx


@functools.cache
def at_a4(name, engine):
    """What the example prints like at size a4: (width cm, height cm, smallest text pt)."""
    return printed(r.render(r.example(name), size="a4", engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", NAMES)
def test_at_a4_the_picture_fits_the_text_area(name, engine):
    width, height, _ = at_a4(name, engine)
    assert width <= 16.005
    assert height <= 24.005
    assert max(width / 16, height / 24) == pytest.approx(1, abs=0.001)  # fills one side


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", NAMES)
def test_at_a4_no_text_prints_smaller_than_7_pt(name, engine):
    # Fitted to A4 as they were first drawn, the examples printed 1.9 to 3.7 pt.
    assert at_a4(name, engine)[2] >= 7


def test_a_running_legend_says_what_the_caption_says():
    m = r.example("debt-help")
    running = [lay for lay in _dot.print_layouts(453, 7) if lay.legend_flow]
    assert running
    dot = _dot.drawing(m, layout=running[0]).source()
    legend = legend_of(dot)
    assert "<TABLE" not in legend
    words = " ".join(re.findall(r"([^<>]+)<BR", legend.replace("<B>", "").replace("</B>", "")))
    assert words == html.escape(r.caption(m), quote=False)
    assert legend.startswith("legend [label=<<B>Legend:</B> dark blue, double border")


def test_arrows_that_do_not_pull_are_only_in_print():
    m = r.example("debt-help")
    loose = next(lay for lay in _dot.print_layouts(453, 7) if lay.loose)
    assert "weight=0" in _dot.drawing(m, layout=loose).source()
    assert "weight=0" not in r.to_dot(m)


@pytest.mark.parametrize("name", NAMES)
def test_the_summary_figure_is_readable_at_a_third_of_a_page(name):
    width, height, smallest = printed(r.summary_figure(r.example(name), engine="bundled"))
    assert width <= 16.005
    assert height <= 8.005
    assert smallest >= 7


def test_an_explicit_width_and_the_png_resolution():
    m = r.example("wheelchair")
    assert printed(r.render(m, size="12cm", engine="bundled"))[0] == pytest.approx(12, abs=0.01)
    png = r.render(m, size="12cm", format="png", dpi=300, engine="bundled")
    width, _ = struct.unpack(">II", png[16:24])
    assert width == pytest.approx(12 / 2.54 * 300, abs=3)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"size": "a5"}, "unknown picture size 'a5'; the sizes are a4, a4-landscape, a4-third, "
                     "slide, or a width from 1 to 200 cm such as 12cm"),
    ({"size": "a4-landscap"}, "unknown picture size 'a4-landscap' (did you mean "
                              "'a4-landscape'?); the sizes are a4, a4-landscape, a4-third, "
                              "slide, or a width from 1 to 200 cm such as 12cm"),
    ({"size": "0cm"}, "unknown picture size '0cm'; the sizes are a4, a4-landscape, a4-third, "
                      "slide, or a width from 1 to 200 cm such as 12cm"),
    ({"size": "0.1cm"}, "unknown picture size '0.1cm'; the sizes are a4, a4-landscape, "
                        "a4-third, slide, or a width from 1 to 200 cm such as 12cm"),
    ({"size": "10000cm"}, "unknown picture size '10000cm'; the sizes are a4, a4-landscape, "
                          "a4-third, slide, or a width from 1 to 200 cm such as 12cm"),
    ({"format": "png", "dpi": 0}, "dpi 0 is not a resolution; give a number of dots per inch "
                                  "from 30 to 1200"),
    ({"format": "svg", "dpi": 300}, "dpi is the resolution of a PNG picture; leave it out for "
                                    "SVG"),
])
def test_bad_sizes_and_resolutions_are_refused_by_name(kwargs, error):
    with pytest.raises(r.SettingError) as e:
        r.render(r.example("wheelchair"), **kwargs)
    assert str(e.value) == error


def _luminance(colour):
    colour = {"white": "#FFFFFF"}.get(colour.lower(), colour).lstrip("#")
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _attr(line, name):
    found = re.search(rf'\b{name}="?(#?\w+)"?', line)
    return found.group(1) if found else None


def text_on_fill(dot):
    """(text colour, fill) for every text of a drawing; an unfilled node or a cluster's label
    is checked against every band colour it may lie on."""
    grounds = [*_dot.BAND_FILLS.values(), "#FFFFFF"]
    for line in dot.splitlines():
        if "label=" not in line or "style=invis" in line:
            continue
        fill = _attr(line, "fillcolor")
        filled = fill and "filled" in (_attr(line, "style") or "filled") and "->" not in line
        backs = [fill] if filled else grounds
        colours = [_attr(line, "fontcolor") or _dot.INK,
                   *re.findall(r'FONT[^>]*COLOR="(#?\w+)"', line)]
        for colour in colours:
            for back in backs:
                yield colour, back


@pytest.mark.parametrize("name", NAMES)
def test_every_text_has_a_contrast_of_at_least_4_5(name):
    m = r.example(name)
    signals = r.latest_signals(r.progress(m))
    for layout in (_dot.SCREEN, *_dot.print_layouts(453, 7)[::8]):
        dot = _dot.drawing(m, progress=signals, layout=layout).source()
        pairs = set(text_on_fill(dot))
        assert pairs
        for colour, back in pairs:
            assert contrast(colour, back) >= 4.5, (colour, back)
    summary = r.summary_figure(m, format="dot").decode()
    for colour, back in re.findall(r'BGCOLOR="(#?\w+)"[^>]*><FONT COLOR="(#?\w+)"', summary):
        assert contrast(colour, back) >= 4.5


def test_the_contrast_of_the_old_amber_is_computed_as_too_low():
    assert contrast("#E69F00", "#FFFFFF") == pytest.approx(2.25, abs=0.01)


def legend_of(dot):
    return dot[dot.index("legend [label="):]


def test_the_legend_lists_only_what_the_picture_shows():
    team = r.to_dot(r.example("neighbourhood-team"))
    assert "external factor" not in legend_of(team)  # the model has no factors
    assert "evidence:" not in legend_of(team)
    debt = r.to_dot(r.example("debt-help"))
    assert "external factor" in legend_of(debt)
    assert "evidence: ●●● strong" in legend_of(debt)
    assert "measured" not in legend_of(debt)


def test_the_legend_names_colours_truly_and_explains_the_signal_marks():
    m = r.example("steering")
    dot = r.to_dot(m, progress={"working": "better", "unemployment": "worse"})
    legend = legend_of(dot).replace('<BR ALIGN="LEFT"/>', " ")
    assert "red border" not in legend
    assert "vermillion (red-orange) border: harmful side effect" in legend
    assert "measured, latest period: ▲ better than expected · ▼ worse than expected" in legend
    assert "on track" not in legend  # no result is on track


def test_a_compact_picture_has_its_legend_as_a_caption(tmp_path):
    m = r.example("wheelchair")
    assert "legend [label=" not in r.render(m, format="dot", compact=True).decode()
    text = r.caption(m)
    assert text.startswith("Legend: dark blue, double border — result Municipality of Nijkerk "
                           "owns and may claim; light orange — result of someone else")
    assert "external factor" in text
    assert "dashed blue frame: what Municipality of Nijkerk answers for" in text
    assert "evidence" not in text
    path = r.render_to(m, tmp_path / "memo.svg", compact=True, engine="bundled")
    assert (tmp_path / "memo.caption.txt").read_text(encoding="utf-8") == text + "\n"
    assert b"Legend" not in path.read_bytes()


def test_a_cooperation_seen_from_itself_is_not_named_twice():
    dot = r.to_dot(r.example("youth-region"))
    assert "Youth care region Vallei — from its own perspective" in dot
    assert "seen from Youth care region Vallei" not in dot
    assert "Jeugdhulpregio Vallei — vanuit eigen perspectief" in r.to_dot(r.example("jeugdregio"))


def test_weights_are_labels_beside_their_arrows_and_the_ceiling_text_is_a_node():
    dot = r.to_dot(r.example("wheelchair"))
    assert 'xlabel="×2"' in dot
    assert ' label=" ×' not in dot
    assert "ceiling_micro [label=<<I>below the ceiling of accountability" in dot


def test_the_summary_reads_the_perspective():
    m = r.example("wheelchair")
    svg = r.summary_figure(m, format="dot").decode().replace('<BR ALIGN="LEFT"/>', "\n")
    cells = re.findall(r'<TD BGCOLOR="(#\w+)" ALIGN="LEFT" VALIGN="TOP">(.*?)</TD>', svg, re.S)
    fills = list(dict.fromkeys(fill for fill, _ in cells))
    claims, contributes, answers = ("".join(t for f, t in cells if f == fill) for fill in fills)
    view = r.perspective(m, "municipality")
    own = [x.statement for k, x in m.results.items()
           if x.intended and view[k].standing is r.Standing.OWN]
    assert own
    for statement in own:
        assert statement.split()[0] in claims
    assert "of Mrs Jansen" in contributes
    assert "Other residents wait" in answers
    assert "unintended, negative" in answers
    dutch = r.summary_figure(r.example("rolstoel"), format="dot").decode().replace(
        '<BR ALIGN="LEFT"/>', " ")
    assert "Te claimen: eigen resultaten van Gemeente Nijkerk" in dutch
    region = r.summary_figure(r.example("youth-region"), format="dot").decode()
    assert "Youth care region Vallei: own results, contributions and side effects" in region


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_render_on_the_command_line_at_a_size_with_marks(capsys, tmp_path):
    model = r.example_path("steering")
    cases = model.with_name("steering-cases.csv")
    out = tmp_path / "memo.svg"
    code, said, _ = run(capsys, "render", str(model), "-o", str(out), "--size", "a4",
                        "--measurements", str(cases), "--engine", "bundled")
    assert code == 0, said
    svg = out.read_text(encoding="utf-8")
    assert "▲ better than expected" in svg
    assert "measured, latest period" in svg
    assert printed(svg.encode())[0] <= 16.005
    code, _, err = run(capsys, "render", str(model), "-o", str(out), "--size", "A5")
    assert code == 2
    assert "unknown picture size 'A5'" in err


def test_summary_and_compact_on_the_command_line(capsys, tmp_path):
    model = str(r.example_path("rolstoel"))
    code, said, _ = run(capsys, "render", model, "-o", str(tmp_path / "s.png"), "--summary",
                        "--dpi", "150", "--engine", "bundled")
    assert code == 0
    png = (tmp_path / "s.png").read_bytes()
    assert struct.unpack(">II", png[16:24])[0] == pytest.approx(16 / 2.54 * 150, abs=3)
    code, said, _ = run(capsys, "render", model, "-o", str(tmp_path / "c.svg"), "--compact",
                        "--engine", "bundled")
    assert code == 0
    assert "c.caption.txt geschreven" in said
    assert (tmp_path / "c.caption.txt").read_text(encoding="utf-8").startswith("Legenda: ")


def test_a_public_summary_names_residents_by_role():
    m = r.example("wheelchair")
    assert "Mrs Jansen" in r.summary_figure(m, format="dot").decode()
    public = r.summary_figure(m, format="dot", audience="public").decode()
    assert "Mrs Jansen" not in public
    assert "May claim" in public


def test_the_summary_refuses_the_options_of_the_diagram(capsys, tmp_path):
    code, _, err = run(capsys, "render", str(r.example_path("wheelchair")), "-o",
                       str(tmp_path / "s.svg"), "--summary", "--focus", "moves", "--compact")
    assert code == 2
    assert err == ("resultaat: --summary draws the one-glance summary, which does not take "
                   "--focus, --compact; leave them out, or draw the diagram without "
                   "--summary\n")
    assert not (tmp_path / "s.svg").exists()


def test_a_pdf_at_a_size_is_refused_rather_than_drawn_at_another_size():
    with pytest.raises(r.SettingError, match="a PDF picture cannot be drawn at a size"):
        r.render(r.example("steering"), format="pdf", size="12cm")


def test_the_layout_search_stops_when_its_time_is_spent(monkeypatch):
    # A large model's wrapped layouts can take Graphviz minutes: after the first layout the
    # others share SEARCH_SECONDS, and a layout that runs out of it ends the search.
    from resultaat.present import _output
    from resultaat.present._engine import LayoutTimeoutError

    real, given = _output.run, []

    def slow(source, fmt, engine, *, timeout=600.0, **kw):
        given.append(timeout)
        if len(given) > 1:
            raise LayoutTimeoutError("too slow")
        return real(source, fmt, engine, **kw)

    monkeypatch.setattr(_output, "run", slow)
    monkeypatch.setattr(_output, "SMALLEST_TEXT", 1000)  # no layout is ever good enough
    svg = r.render(r.example("debt-help"), size="a4", engine="bundled")
    assert printed(svg)[0] <= 16.005  # the first layout, fitted
    assert len(given) == 2
    assert given[0] == 600.0
    assert 0 < given[1] <= _output.SEARCH_SECONDS
