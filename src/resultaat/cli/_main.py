"""The ``resultaat`` command line: a thin layer over the library.

Exit codes: 0 fine; 1 the model is valid but the check found errors; 2 the
input is wrong (model file, measurements, an unknown id, a bad option) or a
file would be overwritten (an input, or an existing file without
``--force``); 3 a picture could not be made or a file not written; 4 an
internal error of resultaat (a bug: please report it; ``RESULTAAT_DEBUG=1``
shows the traceback); 130 interrupted (Ctrl-C). When the reader of the
output stops early (``| head``), the exit code is still the command's own.

Output goes to stdout, problems to stderr; a character the console cannot
show (cp1252, ASCII) is printed as "?". Every file is written in UTF-8,
whole or not at all, and never over a file the command reads. Each command
imports the modules it needs when it runs, so that the command line starts
fast.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import functools
import io
import math
import os
import sys
import textwrap
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from resultaat.model._examples import EXAMPLES, EXAMPLES_NL
from resultaat.present._settings import ENGINES, SIZES
from resultaat.text._catalogue import DEFAULT, N_, SEVERITY, SIGNAL, TREND, message, plural
from resultaat.text._languages import LANGUAGES

if TYPE_CHECKING:
    from resultaat._errors import ModelError
    from resultaat.model._model import Measurement, Model

_VERDICT = {"owns": N_("cli.owns"), "contributes": N_("cli.contributes"), "none": N_("cli.none")}



def _examples_help(lang: str) -> str:
    """The bundled examples, one a line: the English ones, then their Dutch versions."""
    return "\n".join([*(f"  {k:20} {v}" for k, v in EXAMPLES.items()),
                      *(f"  {k:20} {message(lang, 'cli.dutch_version', name=v)}"
                        for k, v in EXAMPLES_NL.items())])


EXAMPLES_HELP = _examples_help(DEFAULT)


EXIT_CODES = """\
exit codes:
  0    fine
  1    the model is valid, but the check found errors
  2    wrong input: the model file, the measurements, an id or an option; or a
       file would be overwritten: an input, or an existing file without --force
  3    a picture could not be made, or a file not written (an old file is kept)
  4    an internal error: a bug in resultaat, not in your input; please report
       it (RESULTAAT_DEBUG=1 shows the traceback)
  130  interrupted (Ctrl-C)
"""

DEBUG_VARIABLE = "RESULTAAT_DEBUG"
REPORT_TO = "the resultaat maintainers (the project's issue tracker)"
INTERNAL_ERROR = ("resultaat: internal error ({kind}: {message}).\n"
                  "This is a bug in resultaat, not a problem with your input. Please report it "
                  "to {report_to}, with the command you ran; {variable}=1 shows the traceback.")
EXIT_BUG = 4


def _fraction(text: str) -> float:
    """An argparse type: a finite number of at least 0."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(message(DEFAULT, "cli.expected_fraction", got=repr(text)))
    return value


def _steps(text: str) -> int:
    """An argparse type: a whole number of at least 0."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(message(DEFAULT, "cli.expected_steps", got=repr(text)))
    return value


def _command(sub: Any, name: str, help: str, example: str, *, file: bool = True,
             lang: bool = True) -> argparse.ArgumentParser:
    """A subcommand with its help and example; most take a model file and --lang."""
    c: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"example:\n  {example}")
    if file:
        c.add_argument("file")
    if lang:
        c.add_argument("--lang", choices=LANGUAGES)
    return c


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="resultaat", formatter_class=fmt,
        description="Honest result-based steering: who may claim which result, and why.",
        epilog=textwrap.dedent("""\
            examples:
              resultaat example wheelchair --dir out
              resultaat check model.yaml
              resultaat claims model.yaml --party municipality
              resultaat render model.yaml -o model.png
              resultaat report model.yaml -o memo.html

            """) + EXIT_CODES + textwrap.dedent("""
            Files are written whole or not at all, never over an input file;
            init and example refuse to overwrite existing files without --force.
            """))
    from resultaat import __version__

    p.add_argument("--version", action="version", version=f"resultaat {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    command = functools.partial(_command, sub)

    c = command("check", "Validate a model file and list what the check finds.",
                "resultaat check model.yaml --json")
    c.add_argument("--json", action="store_true", help="print the findings as JSON")

    c = command("claims", "Judge every claim of one party, with reasons.",
                "resultaat claims model.yaml --party municipality")
    c.add_argument("--party", required=True, help="the party id")
    c.add_argument("--json", action="store_true")
    c.add_argument("--no-shares", action="store_true", help="leave the shares of credit out")

    _story_arguments(command("story", "Write a party's contribution story for one result, and "
                             "how strong it is.",
                             "resultaat story model.yaml --party municipality --result stable"))

    _render_arguments(command("render", "Draw the contribution graph (SVG, PNG, PDF or DOT).",
                              "resultaat render model.yaml -o model.png --perspective resident"))

    c = command("report", "Write a memo section in Markdown or HTML.",
                "resultaat report model.yaml -o memo.html --party municipality")
    c.add_argument("-o", "--output", help="the file to write: .md or .html (default: print "
                   "Markdown)")
    c.add_argument("--party", help="whose point of view")
    c.add_argument("--measurements", help="a CSV file of measurements")
    c.add_argument("--public", action="store_true",
                   help="write a report fit for publication: residents by role, no case ids, "
                   "no group of fewer than --min-group cases")
    c.add_argument("--min-group", type=_steps, default=None,
                   help="with --public: the smallest group of cases shown (default 5)")
    c.add_argument("--no-shares", action="store_true", help="leave the shares of credit out")

    c = command("progress", "Compare measurements with what was expected.",
                "resultaat progress model.yaml --measurements cases.csv")
    c.add_argument("--measurements", help="a CSV, Parquet or Excel (.xlsx) file, a DuckDB or "
                   "SQLite file, or a database URL (default: the model's own measurements); "
                   "all but CSV need: pip install 'resultaat[data]'")
    c.add_argument("--table", help="the table to read, for a database file or URL")
    c.add_argument("--tolerance", type=_fraction, default=0.1,
                   help="deviation that becomes a signal, as a fraction (default 0.1)")
    c.add_argument("--keep-valid", action="store_true",
                   help="use the valid rows and list the bad ones, instead of stopping")
    c.add_argument("--json", action="store_true")
    c.add_argument("--public", action="store_true", help="also leave out the period means over "
                   "fewer than --min-group cases (the model's own measurements or a CSV file)")
    c.add_argument("--min-group", type=_steps, default=None, help="the smallest group of "
                   "residents shown (default 5)")

    c = command("init", "Write a commented starter model file that passes the check.",
                "resultaat init my-model.yaml --lang nl", file=False, lang=False)
    c.add_argument("file", nargs="?", default="resultaat.yaml")
    c.add_argument("--lang", choices=LANGUAGES, default="en")
    c.add_argument("--force", action="store_true", help="overwrite an existing file")

    c = command("example", "Write a bundled example: model, diagram and report.\n\n"
                "The examples:\n" + EXAMPLES_HELP, "resultaat example wheelchair --lang nl",
                file=False, lang=False)
    c.add_argument("name", nargs="?")
    c.add_argument("--lang", choices=LANGUAGES, help="the version to write: nl picks the "
                   "Dutch one (default: the one NAME names)")
    c.add_argument("--dir", default=".", help="the folder to write into (default: here)")
    c.add_argument("--force", action="store_true", help="overwrite existing files")

    c = command("upgrade", "Rewrite a model file in the newest format version, keeping its "
                "comments, and show what changed.", "resultaat upgrade model.yaml --dry-run",
                lang=False)
    c.add_argument("--dry-run", action="store_true", help="show the change without writing it")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        _replace_unshowable(stream)
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _emit(f"resultaat: {message(DEFAULT, 'cli.interrupted')}\n", sys.stderr)
        return 130
    except BrokenPipeError:  # help text piped into `head`
        _silence(sys.stdout)
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            return _run(args)
    finally:  # also what was printed before an interruption
        _emit(out.getvalue(), sys.stdout)
        _emit(err.getvalue(), sys.stderr)


def _replace_unshowable(stream: TextIO | None) -> None:
    """Let a console that cannot show a character ("→", "€") show "?" instead of crashing.

    A UTF-8 stream keeps its encoding and its error handler, unless that is
    "strict" (a file name with undecodable bytes could still crash it); any
    other encoding (cp1252, ASCII: a Windows console, a redirected file)
    replaces what it cannot encode.
    """
    if not isinstance(stream, io.TextIOWrapper):
        return
    utf8 = codecs.lookup(stream.encoding).name == "utf-8"
    if not utf8 or stream.errors == "strict":
        stream.reconfigure(errors="replace")


def _emit(text: str, stream: TextIO) -> None:
    """Print the command's output; a reader that stops early does not change the exit code."""
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _silence(stream)


def _silence(stream: TextIO) -> None:
    """Send the rest to nowhere, so that closing the stream at exit raises nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, stream.fileno())


def _run(args: argparse.Namespace) -> int:
    from resultaat._errors import MeasurementError, ModelError, RenderError, ResultaatError
    from resultaat._files import WriteError

    lang = getattr(args, "lang", None) or DEFAULT
    try:
        return _COMMANDS[args.command](args)
    except ModelError as e:
        lang = e.lang or lang
        file = getattr(args, "file", None) or message(lang, "cli.the_model")
        print(f"resultaat: {message(lang, 'cli.not_a_model', file=file)}", file=sys.stderr)
        print(_problems(e, lang), file=sys.stderr)
        return 2
    except MeasurementError as e:
        hint = ("\n" + message(lang, "cli.keep_valid_hint")
                if e.valid and getattr(args, "keep_valid", None) is False else "")
        print(f"resultaat: {message(lang, 'cli.bad_measurements')}\n{e}{hint}",
              file=sys.stderr)
        return 2
    except (RenderError, WriteError) as e:
        print(f"resultaat: {e}", file=sys.stderr)
        return 3
    except ResultaatError as e:
        print(f"resultaat: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # anything else is a bug, and says so
        return _bug(e)


def _problems(error: ModelError, lang: str) -> str:
    """Every problem of a model, the first ones listed, under a heading in the language."""
    from resultaat._errors import SHOWN_PROBLEMS

    n = len(error.problems)
    lines = [_count(lang, "cli.problems", n) + ":",
             *(f"  - {p}" for p in error.problems[:SHOWN_PROBLEMS])]
    if n > SHOWN_PROBLEMS:
        lines.append("  " + _count(lang, "cli.more_problems", n - SHOWN_PROBLEMS))
    return "\n".join(lines)


def _bug(error: Exception) -> int:
    """Report an internal error as a bug: a short message, the traceback only on request."""
    from resultaat.present._markup import cut

    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        traceback.print_exception(error, file=sys.stderr)
    print(INTERNAL_ERROR.format(kind=type(error).__name__, message=cut(str(error)),
                                report_to=REPORT_TO, variable=DEBUG_VARIABLE), file=sys.stderr)
    return EXIT_BUG


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from resultaat._errors import ModelError
    from resultaat.analysis._check import Severity, check
    from resultaat.model._io import load
    from resultaat.present._markup import SENTENCE_LIMIT, cut

    try:
        model = load(args.file, lang=args.lang)
    except ModelError as e:
        if args.json:
            print(json.dumps({"valid": False, "problems": [
                {"file": p.file, "line": p.line, "where": p.where, "message": p.message}
                for p in e.problems]}, indent=2, ensure_ascii=False))
        else:
            lang = e.lang or args.lang or DEFAULT
            print(f"{message(lang, 'cli.not_a_model', file=args.file)}\n{_problems(e, lang)}",
                  file=sys.stderr)
        return 2
    lang = _language(args, model)
    findings = check(model, lang=lang)
    errors = any(f.severity is Severity.ERROR for f in findings)
    if args.json:
        print(json.dumps({"valid": True, "findings": [f.as_dict() for f in findings]},
                         indent=2, ensure_ascii=False))
        return 1 if errors else 0
    print(message(lang, "cli.valid_model", file=args.file,
                  parties=_count(lang, "cli.parties", len(model.parties)),
                  interventions=_count(lang, "cli.interventions", len(model.interventions)),
                  results=_count(lang, "cli.results", len(model.results))))
    if not findings:
        print(message(lang, "check.nothing_found"))
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        group = [f for f in findings if f.severity is sev]
        if group:
            print("\n" + message(lang, "cli.group", heading=message(lang, SEVERITY[sev]),
                                 n=number(lang, len(group))))
            for f in group:
                print(textwrap.fill(f"[{f.code}] {cut(f.message, SENTENCE_LIMIT)}", width=88,
                                    initial_indent="  - ", subsequent_indent="    "))
    return 1 if errors else 0


def _cmd_claims(args: argparse.Namespace) -> int:
    import json

    from resultaat.analysis._claims import claims
    from resultaat.model._io import load
    from resultaat.present._markup import SENTENCE_LIMIT, cut

    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    found = claims(model, args.party, lang=lang, shares=not args.no_shares)
    if args.json:
        print(json.dumps([{
            "party": c.party, "result": c.result, "owner": c.owner, "verdict": c.verdict.value,
            "via": [list(v) for v in c.via], "co_contributors": list(c.co_contributors),
            "factors": list(c.factors), "share": c.share, "share_exact": c.share_exact,
            "share_range": list(c.share_range) if c.share_range else None,
            "claimable_value": c.claimable_value, "reasons": list(c.reasons),
        } for c in found], indent=2, ensure_ascii=False))
        return 0
    for c in found:  # long texts cut, as in reports; --json gives them whole
        print(f"{message(lang, _VERDICT[c.verdict.value]):12} "
              f"{cut(model.results[c.result].statement)}")
        for reason in c.reasons:
            print(textwrap.fill(cut(reason, SENTENCE_LIMIT), width=88, initial_indent="  ",
                                subsequent_indent="  "))
        print()
    if not found:
        print(message(lang, "cli.no_claims", party=cut(model.parties[args.party].name)))
    return 0


def _render_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("-o", "--output", help="the picture to write; the suffix picks the format "
                   "(default: the model file's name with .svg)")
    c.add_argument("--perspective", help="the party whose point of view is drawn")
    c.add_argument("--focus", help="draw only what feeds this result (or what this party "
                   "reaches)")
    c.add_argument("--depth", type=_steps, help="with --focus: how many steps to draw")
    c.add_argument("--engine", choices=ENGINES, default="auto")
    c.add_argument("--public", action="store_true",
                   help="draw residents and their network by role, fit for publication")
    c.add_argument("--no-shares", action="store_true", help="leave the shares of credit out")
    c.add_argument("--size", help="fit the picture for print: " + ", ".join(SIZES)
                   + ", or a width such as 12cm (no text prints smaller than 7 pt at a named "
                   "size; default: natural size, for a screen)")
    c.add_argument("--dpi", type=float, help="the resolution of a PNG (default 144)")
    c.add_argument("--compact", action="store_true", help="leave the legend out and write it "
                   "beside the picture as a caption text (NAME.caption.txt)")
    c.add_argument("--summary", action="store_true", help="draw the one-glance summary of the "
                   "--perspective party instead: what it may claim, contributes to and answers "
                   "for (default size a4-third)")
    c.add_argument("--measurements", help="a CSV file of measurements: mark each result ▲ "
                   "better, ▼ worse or ● on track in its latest period")


def _story_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("--party", required=True, help="the party id")
    c.add_argument("--result", required=True, help="the result id")
    c.add_argument("--json", action="store_true")


def _cmd_story(args: argparse.Namespace) -> int:
    import json

    from resultaat.model._io import load
    from resultaat.present._story import story

    model = load(args.file)
    s = story(model, args.party, args.result, lang=args.lang)
    if args.json:
        print(json.dumps({
            "party": s.party, "result": s.result, "strength": s.strength.value,
            "route": list(s.route),
            "weakest": [{"from": c.source, "to": c.target, "strength": c.strength.value,
                         "assumptions": list(c.assumptions)} for c in s.weakest],
            "rivals_open": [{"explanation": r.explanation, "status": r.status.value}
                            for r in s.rivals_open],
            "strengthen": list(s.strengthen), "text": s.text,
        }, indent=2, ensure_ascii=False))
    else:
        print(s.text, end="")
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    from resultaat._files import refuse_overwrite, write_atomic
    from resultaat.model._io import load
    from resultaat.present._output import caption_path, render_to, summary_figure

    out = Path(args.output) if args.output else Path(args.file).with_suffix(".svg")
    refuse_overwrite(out, [args.file, args.measurements])
    if args.compact:
        refuse_overwrite(caption_path(out), [args.file, args.measurements])
    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    if args.summary:
        _summary_alone(args, lang)
        fmt = out.suffix.lower().lstrip(".")
        write_atomic(out, summary_figure(model, args.perspective, lang=args.lang, format=fmt,
                                         size=args.size or "a4-third", dpi=args.dpi,
                                         engine=args.engine,
                                         audience="public" if args.public else "internal"))
        print(message(lang, "cli.wrote", path=out))
        return 0
    render_to(model, out, engine=args.engine, perspective=args.perspective, focus=args.focus,
              depth=args.depth, lang=args.lang, shares=not args.no_shares,
              audience="public" if args.public else "internal", size=args.size,
              dpi=args.dpi, compact=args.compact, progress=_signals(model, args, lang))
    print(message(lang, "cli.wrote", path=out))
    if args.compact:
        print(message(lang, "cli.wrote", path=caption_path(out)))
    return 0


def _summary_alone(args: argparse.Namespace, lang: str) -> None:
    """Refuse the options of the diagram that the summary figure would ignore."""
    from resultaat._errors import UsageError

    given = [name for name, value in (("--focus", args.focus), ("--depth", args.depth),
                                      ("--no-shares", args.no_shares),
                                      ("--compact", args.compact),
                                      ("--measurements", args.measurements)) if value]
    if given:
        raise UsageError(message(lang, "cli.summary_alone", options=", ".join(given)))


def _signals(model: Model, args: argparse.Namespace, lang: str) -> dict[str, str] | None:
    """The ▲▼● mark of each result measured in the model or --measurements, or ``None``
    without --measurements."""
    from resultaat.analysis._steering import latest_signals, progress

    rows = _measurements(model, args.measurements, lang=lang)
    if rows is None:
        return None
    return latest_signals(progress(model, [*model.measurements, *rows]))


def _language(args: argparse.Namespace, model: Model) -> str:
    """The language of a command's output: ``--lang``, else the model's, never the machine's."""
    return str(args.lang or model.language.value)


def _count(lang: str, msgid: str, n: int) -> str:
    """``1.234 results``: a plural message with its number in the language's notation."""
    from resultaat.text._catalogue import plural_template

    return plural_template(lang, msgid, n).format(n=number(lang, n))


def number(lang: str, x: float) -> str:
    """A number in the language's notation (Babel is imported only when a command runs)."""
    from resultaat.text._numbers import number as formatted

    return formatted(lang, x)


def _measurements(model: Model, path: str | None, keep_valid: bool = False, lang: str = DEFAULT
                  ) -> list[Measurement] | None:
    from resultaat.analysis._steering import load_measurements

    if path is None:
        return None
    rows = load_measurements(model, path, keep_valid=keep_valid)
    for p in rows.problems:
        print(message(lang, "cli.skipped", problem=p), file=sys.stderr)
    return list(rows)


def _cmd_report(args: argparse.Namespace) -> int:
    from resultaat._files import refuse_overwrite, write_atomic
    from resultaat.model._io import load
    from resultaat.present._report import report

    if args.output:
        refuse_overwrite(args.output, [args.file, args.measurements])
    model = load(args.file, lang=args.lang)
    rows = _measurements(model, args.measurements, lang=_language(args, model))
    html = bool(args.output) and Path(args.output).suffix.lower() in (".html", ".htm")
    text = report(model, party=args.party, lang=args.lang, measurements=rows,
                  format="html" if html else "markdown",
                  audience="public" if args.public else "internal", min_group=args.min_group,
                  shares=not args.no_shares)
    if args.output:
        write_atomic(args.output, text)
        print(message(_language(args, model), "cli.wrote", path=args.output))
    else:
        print(text, end="")
    return 0


def _progress_and_rollup(model: Model, args: argparse.Namespace, lang: str
                         ) -> tuple[list[Any], Any]:
    """Progress and roll-up of the model's own measurements or of --measurements.

    A CSV file (or none) is read here, row by row; any other source is rolled
    up where it is (``resultaat.measure``). With --public, period means over
    fewer than --min-group cases are left out too, which needs the rows.
    """
    from resultaat._errors import UsageError
    from resultaat.analysis._privacy import small_progress
    from resultaat.analysis._steering import MIN_GROUP, progress, rollup, verify_min_group

    least = verify_min_group(MIN_GROUP if args.min_group is None else args.min_group)
    source = args.measurements
    if source is None and args.table:
        raise UsageError(message(lang, "cli.table_needs_measurements"))
    if source is None or (not args.table and str(source).lower().endswith(".csv")):
        rows = _measurements(model, source, args.keep_valid, lang)
        rows = list(model.measurements) if rows is None else rows
        items = progress(model, rows, tolerance=args.tolerance)
        ups = rollup(model, rows, min_group=least)
    else:
        if args.public:
            raise UsageError(message(lang, "cli.public_needs_rows"))
        from resultaat.analysis._rollup_query import measure

        found = measure(model, source, table=args.table, keep_valid=args.keep_valid,
                        min_group=least, tolerance=args.tolerance)
        for problem in found.problems:
            print(message(lang, "cli.skipped", problem=problem), file=sys.stderr)
        return found.progress, found.rollup
    if args.public:
        items, hidden = small_progress(items, rows, least)
        if hidden:
            print(plural(lang, "report.suppressed", hidden, least=least), file=sys.stderr)
    return items, ups


def _cmd_progress(args: argparse.Namespace) -> int:
    import json

    from resultaat.model._io import load
    from resultaat.present._markup import cut
    from resultaat.text._catalogue import plural_template
    from resultaat.text._numbers import percent

    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    items, ups = _progress_and_rollup(model, args, lang)
    if ups.suppressed:
        print(ups.note(lang), file=sys.stderr)
    if args.json:
        print(json.dumps({
            "progress": [_plain(p) for p in items], "rollup": [_plain(u) for u in ups],
            "suppressed": [[getattr(x, "label", x) for x in g] for g in ups.suppressed],
        }, indent=2, ensure_ascii=False))
        return 0
    if not items and not ups:
        print(message(lang, "cli.no_measurements"))
    for p in items:
        target = "–" if p.target is None else number(lang, p.target)
        trend = f", {message(lang, TREND[p.trend.value])}" if p.trend else ""
        print(f"{p.period.label:8} " + message(
            lang, "cli.progress", result=cut(p.result), indicator=cut(p.indicator),
            realised=number(lang, p.realised), target=target,
            signal=message(lang, SIGNAL[p.signal.value]), trend=trend))
    for u in ups:
        where = f"{cut(u.intervention or '-')} {cut(u.area or '-')}"
        print(f"{u.period.label:8} " + plural_template(lang, "cli.rollup", u.cases).format(
            n=number(lang, u.cases), where=where, reached=number(lang, u.reached),
            share=percent(lang, u.share_reached), owner=cut(u.owner)))
    return 0


def _plain(record: Any) -> dict[str, Any]:
    import attrs

    out = {}
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        out[f.name] = getattr(value, "label", value)
    return out


def _cmd_init(args: argparse.Namespace) -> int:
    from resultaat._files import write_atomic

    path = Path(args.file)
    if path.exists() and not args.force:
        print(f"resultaat: {message(DEFAULT, 'cli.exists', path=path)}", file=sys.stderr)
        return 2
    from resultaat.cli._starter import STARTER

    write_atomic(path, STARTER[args.lang].format(name=path.name))
    print(message(DEFAULT, "cli.wrote_starter", path=path))
    return 0


def _cmd_example(args: argparse.Namespace) -> int:
    from resultaat._files import WriteError, refuse_overwrite, write_atomic
    from resultaat.analysis._check import check
    from resultaat.model._examples import cases_path, example_name, example_path
    from resultaat.model._io import load

    if not args.name:
        lang = args.lang or DEFAULT
        print(message(lang, "cli.examples"))
        print(_examples_help(lang))
        return 0
    name = example_name(args.name, args.lang)
    source, cases = example_path(name), cases_path(name)
    model = load(source)
    lang = model.language.value  # the example's own language, as for any model
    folder = Path(args.dir)
    inputs = [source, *([cases] if cases else [])]
    names = [p.name for p in inputs] + [f"{name}.svg", f"{name}.png", f"{name}-report.md",
                                        f"{name}-report.html"]
    for each in names:
        refuse_overwrite(folder / each, inputs)
    existing = [each for each in names if (folder / each).exists()]
    if existing and not args.force:
        print("resultaat: " + message(lang, "cli.folder_holds", folder=folder,
                                      names=", ".join(existing)), file=sys.stderr)
        return 2
    files = _example_files(name, model, inputs, lang)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WriteError(folder, e.strerror or str(e)) from e
    written = []
    try:
        for each, data in files.items():
            written.append(write_atomic(folder / each, data))
    except BaseException:
        if written:
            print("resultaat: " + message(lang, "cli.stopped",
                                          names=", ".join(map(str, written))), file=sys.stderr)
        raise
    shows = EXAMPLES.get(name) or message(lang, "cli.dutch_version", name=EXAMPLES_NL[name])
    print(f"{name}: {shows}")
    for path in written:
        print("  " + message(lang, "cli.wrote", path=path))
    findings = check(model)
    print(plural(lang, "cli.example_findings", len(findings), path=folder / source.name))
    return 0


def _example_files(name: str, model: Model, inputs: list[Path], lang: str
                   ) -> dict[str, str | bytes]:
    """The files of a bundled example, made in memory before any is written.

    ``inputs`` are the model file (copied with its comments) and the
    measurements file it comes with, if any.
    """
    from resultaat._errors import RenderError
    from resultaat.analysis._steering import load_measurements
    from resultaat.present._output import render
    from resultaat.present._report import report

    files: dict[str, str | bytes] = {p.name: p.read_bytes() for p in inputs}
    rows: list[Measurement] | None = None
    if len(inputs) > 1:
        rows = [*model.measurements, *load_measurements(model, inputs[1])]
    files[f"{name}.svg"] = render(model, format="svg")
    try:
        files[f"{name}.png"] = render(model, format="png")
    except RenderError as e:
        print(message(lang, "cli.no_png", error=e), file=sys.stderr)
    files[f"{name}-report.md"] = report(model, measurements=rows, diagram=f"{name}.svg")
    files[f"{name}-report.html"] = report(model, measurements=rows, format="html")
    return files


def _cmd_upgrade(args: argparse.Namespace) -> int:
    from resultaat.model._upgrade import upgrade_file

    try:
        done = upgrade_file(args.file, write=not args.dry_run)
    except ModuleNotFoundError as e:
        print(f"resultaat: {e}", file=sys.stderr)
        return 3
    if not done.changes:
        print(f"{args.file} is up to date: format version {done.version}, the newest.")
        return 0
    print(f"{args.file}: format version {done.version} to the newest:")
    for change in done.changes:
        print(f"  - {change}")
    print(done.diff, end="")
    print("(dry run: nothing written)" if args.dry_run else f"wrote {args.file}")
    return 0


_COMMANDS = {
    "check": _cmd_check, "claims": _cmd_claims, "story": _cmd_story, "render": _cmd_render,
    "report": _cmd_report,
    "progress": _cmd_progress, "init": _cmd_init, "example": _cmd_example,
    "upgrade": _cmd_upgrade,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
