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
import contextvars
import functools
import gc
import io
import math
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO, cast

from resultaat.model._examples import EXAMPLES, EXAMPLES_NL
from resultaat.present._settings import ENGINES, SIZES
from resultaat.text._catalogue import (
    CHECK_CODE,
    DEFAULT,
    N_,
    SEVERITY,
    SIGNAL,
    TREND,
    capitalised,
    message,
    plural,
)
from resultaat.text._languages import LANGUAGES, write_errors_in

if TYPE_CHECKING:
    from pathlib import Path

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
  3    a picture or document could not be made (a program or package it needs is
       missing: the message says how to install it), or a file not written (an
       old file is kept)
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


class _Layout(argparse.RawDescriptionHelpFormatter):
    """argparse's layout of help, which asks the terminal's width only when it writes help.

    argparse makes a formatter for every option it is given, to check it;
    asking the width there imports shutil (and with it zlib, bz2 and lzma):
    2 ms of every command's start-up, for a width only help needs.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None, **more: Any) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or 80, **more)
        self._asked = None if width else max_help_position

    def format_help(self) -> str:
        if self._asked is not None:  # as argparse.HelpFormatter.__init__ sets them
            import shutil

            self._width = shutil.get_terminal_size().columns - 2
            self._max_help_position = min(self._asked, max(self._width - 20,
                                                           self._indent_increment * 2))
            self._asked = None
        return super().format_help()


class _Unused:
    """Stands in for the parser of a command that does not run, and takes its options."""

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass


def _command(sub: Any, only: str | None, name: str, help: str, example: str, *,
             file: bool = True, lang: bool = True) -> argparse.ArgumentParser:
    """A subcommand with its help and example; most take a model file and --lang.

    With ``only``, another command than ``only`` gets no parser.
    """
    if only is not None and name != only:
        return cast(argparse.ArgumentParser, _Unused())
    c: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=help, formatter_class=_Layout,
        epilog=f"example:\n  {example}")
    if file:
        c.add_argument("file")
    if lang:
        c.add_argument("--lang", choices=LANGUAGES)
    return c


def _report_arguments(c: argparse.ArgumentParser) -> None:
    """The options of ``report``."""
    c.add_argument("-o", "--output", help="the file to write; the suffix picks the format: "
                   ".md, .html, .docx (Word) or .pdf (needs pip install 'resultaat[pdf]' "
                   "and Pango) (default: print Markdown)")
    c.add_argument("--date", help="the date the report carries, YYYY-MM-DD (default: "
                   "SOURCE_DATE_EPOCH if set, else today)")
    c.add_argument("--diagram", nargs="?", const="svg", choices=("svg", "png"),
                   help="with -o FILE.md: write the diagram next to the report (FILE.svg, or "
                   "FILE.png) and show it; the default for -o FILE.md")
    c.add_argument("--no-diagram", action="store_true",
                   help="with -o FILE.md: no diagram")
    c.add_argument("--interactive", action="store_true",
                   help="with -o FILE.html: a page on which the reader switches the point of "
                   "view and clicks a result to read why")
    c.add_argument("--party", help="whose point of view")
    c.add_argument("--measurements", help="a CSV file of measurements")
    c.add_argument("--public", action="store_true",
                   help="write a report fit for publication: residents by role, no case ids, "
                   "no group of fewer than --min-group cases")
    c.add_argument("--min-group", type=_steps, default=None,
                   help="with --public: the smallest group of cases shown (default 5)")
    c.add_argument("--no-shares", action="store_true", help="leave the shares of credit out")
    c.add_argument("--moment", choices=("begroting", "bestuursrapportage", "jaarrekening"),
                   help="write it for a moment of the planning and control cycle: the budget "
                   "(begroting), the interim report (bestuursrapportage) or the annual "
                   "accounts (jaarrekening)")


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; for ``argv`` that starts with a command, that command's alone.

    The other commands' parsers (and their options) would be made for nothing:
    a command's arguments all go to its own parser, as the top level takes
    no value. Without ``argv``, or when it starts otherwise (``--help``),
    every command is in it.
    """
    p = argparse.ArgumentParser(
        prog="resultaat", formatter_class=_Layout,
        description="Honest result-based steering: who may claim which result, and why.",
        epilog=textwrap.dedent("""\
            examples:
              resultaat example wheelchair --dir out
              resultaat check model.yaml
              resultaat claims model.yaml --party municipality
              resultaat render model.yaml -o model.png
              resultaat report model.yaml -o memo.html
              resultaat export model.yaml -o tables.xlsx

            """) + EXIT_CODES + textwrap.dedent("""
            Files are written whole or not at all, never over an input file;
            init and example refuse to overwrite existing files without --force.
            """))
    from resultaat import __version__

    p.add_argument("--version", action="version", version=f"resultaat {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", prog=p.prog)  # no layout asked

    only = argv[0] if argv and argv[0] in _COMMANDS else None
    command = functools.partial(_command, sub, only)

    c = command("check", "Validate a model file and list what the check finds.",
                "resultaat check model.yaml --format csv > findings.csv")
    _format_arguments(c, "the findings")

    c = command("claims", "Judge every claim of one party, with reasons.",
                "resultaat claims model.yaml --party municipality --format csv > claims.csv")
    c.add_argument("--party", required=True, help="the party id")
    _format_arguments(c, "the claims")
    c.add_argument("--no-shares", action="store_true", help="leave the shares of credit out")

    _story_arguments(command("story", "Write a party's contribution story for one result, and "
                             "how strong it is.",
                             "resultaat story model.yaml --party municipality --result stable"))

    _render_arguments(command("render", "Draw the contribution graph (SVG, PNG, PDF or DOT).",
                              "resultaat render model.yaml -o model.png --perspective resident"))

    _report_arguments(command("report", "Write a memo section: Markdown, HTML, Word or PDF.",
                              "resultaat report model.yaml -o memo.docx --party municipality"))

    c = command("progress", "Compare measurements with what was expected.",
                "resultaat progress model.yaml --measurements cases.csv")
    c.add_argument("--measurements", help="a CSV, Parquet or Excel (.xlsx) file, a DuckDB or "
                   "SQLite file, or a database URL (default: the model's own measurements); "
                   "all but CSV need: pip install 'resultaat[data]'")
    c.add_argument("--table", help="the table to read, for a database file or URL")
    _tolerance_argument(c)
    c.add_argument("--keep-valid", action="store_true",
                   help="use the valid rows and list the bad ones, instead of stopping")
    _format_arguments(c, "progress and roll-up")
    c.add_argument("--rollup", action="store_true",
                   help="with --format csv: the roll-up table instead of progress")
    c.add_argument("--public", action="store_true", help="also leave out the period means over "
                   "fewer than --min-group cases (the model's own measurements or a CSV file)")
    c.add_argument("--min-group", type=_steps, default=None, help="the smallest group of "
                   "residents shown (default 5)")

    _export_arguments(command("export", "Write an Excel workbook of every table, or a map "
                              "for Kumu.", "resultaat export model.yaml -o tables.xlsx --lang nl"))

    _pileup_commands(command)

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


def _format_arguments(c: argparse.ArgumentParser, what: str) -> None:
    """``--format text|csv|json`` and ``--json``, the same as ``--format json``."""
    c.add_argument("--format", choices=("text", "csv", "json"), default="text",
                   help=f"print {what} as text (default), CSV (a header row, then a row per "
                   "record) or JSON")
    c.add_argument("--json", dest="format", action="store_const", const="json",
                   help="the same as --format json")


def _tolerance_argument(c: argparse.ArgumentParser) -> None:
    """``--tolerance``; its default is the library's (``TOLERANCE`` in analysis/_steering.py,
    not imported here so that the command line starts without it; a test keeps them equal)."""
    c.add_argument("--tolerance", type=_fraction, default=0.1,
                   help="deviation that becomes a signal, as a fraction (default 0.1)")


def _export_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("-o", "--output", required=True, help="the file to write: .xlsx (an Excel "
                   "workbook, one sheet per table; needs pip install 'resultaat[excel]') or "
                   ".json (a Kumu map)")
    c.add_argument("--party", help="the workbook: whose claims (default: every party's); "
                   "Kumu: whose verdicts (default: the model's point of view)")
    c.add_argument("--measurements", help="a CSV file of measurements")
    _tolerance_argument(c)
    c.add_argument("--public", action="store_true",
                   help="residents by role, no group of fewer than --min-group cases")
    c.add_argument("--min-group", type=_steps, default=None,
                   help="the smallest group of cases shown (default 5)")


def _pileup_commands(command: Any) -> None:
    """The pile-up scan of one household and the ledger of who pays and who gains."""
    c = command("household", "Scan what lands on one household: conflicts, coordination, "
                "what could stop, why each thing is measured; asked as questions.",
                "resultaat household model.yaml --party family")
    c.add_argument("--party", required=True, help="the household's party id")
    c.add_argument("--json", action="store_true")
    c = command("ledger", "Show who pays and who gains, per party, and the wrong pocket.",
                "resultaat ledger model.yaml -o ledger.svg")
    c.add_argument("-o", "--output", help="also write the bar figure to this .svg file")
    c.add_argument("--json", action="store_true")


def run() -> None:
    """The ``resultaat`` command (and ``python -m resultaat``): :func:`main`, then exit.

    The process ends with the command, so the raised threshold of
    :func:`_fewer_collections` is kept to the end: put back to 700, it would
    have the collector go over every object the command made (a tenth of a
    check's time) just before the process lets them all go.
    """
    gc.set_threshold(GC_ALLOCATIONS, *gc.get_threshold()[1:])
    try:
        sys.exit(main())
    finally:  # nor as the interpreter exits: frozen objects are left alone
        gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        _replace_unshowable(stream)
    try:
        with _fewer_collections():
            return _main(argv)
    except KeyboardInterrupt:
        _emit(f"resultaat: {message(DEFAULT, 'cli.interrupted')}\n", sys.stderr)
        return 130
    except BrokenPipeError:  # help text piped into `head`
        _silence(sys.stdout)
        return 0


GC_ALLOCATIONS = 100_000
"""While a command runs, the garbage collector looks at new objects after this many (not 700)."""


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while a command runs.

    A command first imports the modules it needs: tens of thousands of
    objects that all live on, which the collector would go over again and
    again, for about a tenth of the start-up time. Garbage is still
    collected, every :data:`GC_ALLOCATIONS` allocations; the thresholds are
    restored afterwards.
    """
    before = gc.get_threshold()
    gc.set_threshold(GC_ALLOCATIONS, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _main(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser(argv).parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            return contextvars.copy_context().run(_run, args)  # its error language stays in it
    finally:  # also what was printed before an interruption
        _emit(out.getvalue(), sys.stdout, utf8=getattr(args, "format", "text") != "text")
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


def _emit(text: str, stream: TextIO, *, utf8: bool = False) -> None:
    """Print the command's output; a reader that stops early does not change the exit code.

    With ``utf8`` (CSV and JSON: data for a file or a program, not for the
    eye) the text goes out as UTF-8 whatever the console's encoding, so
    that no character is replaced (only what UTF-8 cannot hold: a file
    name's undecodable bytes, as the stream's error handler says).
    """
    try:
        buffer = getattr(stream, "buffer", None) if utf8 else None
        if buffer is None:
            stream.write(text)
            stream.flush()
        else:
            stream.flush()
            errors = getattr(stream, "errors", None) or "replace"
            buffer.write(text.encode("utf-8", "replace" if errors == "strict" else errors))
            buffer.flush()
    except BrokenPipeError:
        _silence(stream)


def _silence(stream: TextIO) -> None:
    """Send the rest to nowhere, so that closing the stream at exit raises nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, stream.fileno())


def _run(args: argparse.Namespace) -> int:
    from resultaat._errors import (
        MeasurementError,
        MissingExtraError,
        ModelError,
        RenderError,
        ResultaatError,
    )
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
    except (RenderError, WriteError, MissingExtraError) as e:
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
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    print(INTERNAL_ERROR.format(kind=type(error).__name__, message=cut(str(error)),
                                report_to=REPORT_TO, variable=DEBUG_VARIABLE), file=sys.stderr)
    return EXIT_BUG


def _cmd_check(args: argparse.Namespace) -> int:
    from resultaat._errors import ModelError
    from resultaat.analysis._check import Severity, check
    from resultaat.model._io import load
    from resultaat.present._markup import SENTENCE_LIMIT, one_line

    try:
        model = load(args.file, lang=args.lang)
    except ModelError as e:
        if args.format == "json":
            print(_json({"valid": False, "problems": [
                {"file": p.file, "line": p.line, "where": p.where, "message": p.message}
                for p in e.problems]}))
        else:
            lang = e.lang or args.lang or DEFAULT
            print(f"{message(lang, 'cli.not_a_model', file=args.file)}\n{_problems(e, lang)}",
                  file=sys.stderr)
        return 2
    lang = _language(args, model)
    findings = check(model, lang=lang)
    errors = any(f.severity is Severity.ERROR for f in findings)
    if args.format == "json":
        print(_json({"valid": True, "findings": [f.as_dict() for f in findings]}))
        return 1 if errors else 0
    if args.format == "csv":
        _print_csv("findings", [f.as_dict() for f in findings], lang)
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
                label = message(lang, CHECK_CODE[f.code])
                print(textwrap.fill(f"[{label}] {one_line(f.message, SENTENCE_LIMIT)}", width=88,
                                    initial_indent="  - ", subsequent_indent="    "))
    return 1 if errors else 0


def _json(data: Any, *, allow_nan: bool = True) -> str:
    """``data`` as the commands print JSON (json is imported only when a command prints it)."""
    import json

    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=allow_nan)


def _cmd_claims(args: argparse.Namespace) -> int:
    from resultaat.analysis._claims import claims
    from resultaat.model._io import load
    from resultaat.present._markup import SENTENCE_LIMIT, one_line

    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    found = claims(model, args.party, lang=lang, shares=not args.no_shares)
    if args.format != "text":
        _print_table("claims", [c.as_dict(model) for c in found], lang, args.format)
        return 0
    for c in found:  # long texts cut, as in reports; --json gives them whole
        print(f"{message(lang, _VERDICT[c.verdict.value]):12} "
              f"{one_line(model.results[c.result].statement)}")
        for reason in c.reasons:
            print(textwrap.fill(one_line(reason, SENTENCE_LIMIT), width=88, initial_indent="  ",
                                subsequent_indent="  "))
        print()
    if not found:
        print(message(lang, "cli.no_claims", party=one_line(model.parties[args.party].name)))
    return 0


def _print_table(table: str, rows: list[dict[str, Any]], lang: str, fmt: str) -> None:
    """Records as JSON (a list of ``as_dict()``) or as CSV."""
    if fmt == "json":
        print(_json(rows, allow_nan=False))
    else:
        _print_csv(table, rows, lang)


def _print_csv(table: str, rows: list[dict[str, Any]], lang: str) -> None:
    from resultaat.present._export import csv_text

    print(csv_text(table, rows, lang=lang), end="")
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
    from resultaat.model._io import load
    from resultaat.present._story import story

    model = load(args.file)
    s = story(model, args.party, args.result, lang=args.lang)
    if args.json:
        print(_json(s.as_dict(model)))
    else:
        print(s.text, end="")
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    from pathlib import Path

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
    """The language of a command's output: ``--lang``, else the model's, never the machine's.

    Errors from here on (an unknown party or result id) are written in it too.
    """
    lang = str(args.lang or model.language.value)
    write_errors_in(lang)
    return lang


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
    from pathlib import Path

    from resultaat._files import refuse_overwrite, write_atomic
    from resultaat.model._io import load
    from resultaat.present._report import report

    inputs = [args.file, args.measurements]
    if args.output:
        refuse_overwrite(args.output, inputs)
    fmt = _report_format(args, args.lang or DEFAULT)
    picture = _report_diagram(args, fmt, args.lang or DEFAULT)
    if picture:
        refuse_overwrite(picture, inputs)
    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    rows = _measurements(model, args.measurements, lang=lang)
    options: dict[str, Any] = {
        "party": args.party, "lang": args.lang,
        "measurements": None if args.interactive else rows,
        "audience": "public" if args.public else "internal", "min_group": args.min_group,
        "shares": not args.no_shares}
    text = report(model, format=fmt, interactive=args.interactive,  # type: ignore[call-overload]
                  diagram=Path(picture).name if picture else None, date=args.date,
                  moment=args.moment, **options)
    if picture:  # only once the report is written: a refused report leaves no diagram behind
        from resultaat.present._report import report_diagram

        write_atomic(picture, report_diagram(model, format=Path(picture).suffix[1:], **options))
        print(message(lang, "cli.wrote", path=picture))
    if args.output:
        write_atomic(args.output, text)
        print(message(lang, "cli.wrote", path=args.output))
    else:
        print(text, end="")
    return 0


REPORT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html",
                   ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
"""The files ``report -o`` writes, by suffix; any other suffix is refused."""


def _report_format(args: argparse.Namespace, lang: str) -> str:
    """The format ``-o``'s suffix asks for; an error for one that cannot be written."""
    from pathlib import Path

    from resultaat._errors import SettingError

    if not args.output:
        fmt = "markdown"
    else:
        name = Path(args.output).name
        found = REPORT_SUFFIXES.get(Path(args.output).suffix.lower())
        if found is None:
            raise SettingError(message(lang, "error.report_suffix", name=repr(name)))
        fmt = found
    if args.interactive and fmt != "html":
        raise SettingError(message(lang, "error.interactive_suffix",
                                   name=repr(Path(args.output or "-").name)))
    if args.interactive and args.measurements:
        raise SettingError(message(lang, "error.interactive_measurements"))
    return fmt


def _report_diagram(args: argparse.Namespace, fmt: str, lang: str) -> str | None:
    """The diagram file a Markdown report shows, written next to it; ``None`` for none."""
    from pathlib import Path

    from resultaat._errors import SettingError

    asked = args.diagram is not None or args.no_diagram
    if asked and (fmt != "markdown" or args.interactive):
        raise SettingError(message(lang, "error.diagram_markdown"))
    if args.diagram and args.no_diagram:
        raise SettingError(message(lang, "error.diagram_both"))
    if args.no_diagram or fmt != "markdown":
        return None
    if not args.output:
        if args.diagram:
            raise SettingError(message(lang, "error.diagram_stdout"))
        return None
    return str(Path(args.output).with_suffix("." + (args.diagram or "svg")))


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
    from resultaat._errors import UsageError
    from resultaat.analysis._privacy import public_name
    from resultaat.model._io import load
    from resultaat.present._markup import one_line
    from resultaat.text._catalogue import plural_template
    from resultaat.text._numbers import percent

    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    items, ups = _progress_and_rollup(model, args, lang)
    if ups.suppressed:
        print(ups.note(lang), file=sys.stderr)
    if args.format == "json":
        print(_json({
            "progress": [p.as_dict(model, lang=lang) for p in items],
            "rollup": [u.as_dict(model, lang=lang) for u in ups],
            "suppressed": [[getattr(x, "label", x) for x in g] for g in ups.suppressed],
        }, allow_nan=False))
        return 0
    if args.format == "csv":
        return _progress_csv(model, items, ups, lang, rollup=args.rollup)
    if args.rollup:
        raise UsageError(message(lang, "cli.rollup_needs_csv"))
    if not items and not ups:
        print(message(lang, "cli.no_measurements"))
    for p in items:
        target = "–" if p.target is None else number(lang, p.target)
        trend = f", {message(lang, TREND[p.trend.value])}" if p.trend else ""
        path = p.expected is not None and p.expected != p.target
        said = N_("cli.progress_path") if path else N_("cli.progress")
        print(f"{p.period.label:8} " + message(
            lang, said, result=one_line(p.result),
            indicator=one_line(p.indicator), realised=number(lang, p.realised), target=target,
            expected=number(lang, p.expected) if path else "",
            signal=message(lang, SIGNAL[p.signal.value]), trend=trend))
    for u in ups:
        where = f"{one_line(u.intervention or '-')} {one_line(u.area or '-')}"
        goal = message(lang, "cli.own_goal", reached=number(lang, u.reached_goal),
                       with_goal=number(lang, u.with_goal)) if u.with_goal else ""
        print(f"{u.period.label:8} " + plural_template(lang, "cli.rollup", u.cases).format(
            n=number(lang, u.cases), where=where, reached=number(lang, u.reached),
            share=percent(lang, u.share_reached), goal=goal, owner=one_line(public_name(
                model, u.owner, "public" if args.public else "internal", lang=lang)
                if u.owner in model.parties else u.owner)))
    return 0


def _progress_csv(model: Model, items: list[Any], ups: list[Any], lang: str, *,
                  rollup: bool) -> int:
    """One table of progress as CSV: progress, or with ``--rollup`` the roll-up."""
    if rollup:
        _print_csv("rollups", [u.as_dict(model, lang=lang) for u in ups], lang)
        return 0
    _print_csv("progress", [p.as_dict(model, lang=lang) for p in items], lang)
    if ups:
        print(plural(lang, "cli.rollup_not_in_csv", len(ups)), file=sys.stderr)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from resultaat._files import refuse_overwrite
    from resultaat.analysis._steering import MIN_GROUP
    from resultaat.model._io import load
    from resultaat.present._export import export

    refuse_overwrite(args.output, [args.file, args.measurements])
    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    rows = _measurements(model, args.measurements, lang=lang)
    path = export(model, args.output, party=args.party, measurements=rows, lang=args.lang,
                  audience="public" if args.public else "internal", tolerance=args.tolerance,
                  min_group=MIN_GROUP if args.min_group is None else args.min_group)
    print(message(lang, "cli.wrote", path=path))
    return 0


def _cmd_household(args: argparse.Namespace) -> int:
    from resultaat.analysis._pileup import pileup
    from resultaat.model._io import load
    from resultaat.present._markup import SENTENCE_LIMIT, cut, one_line

    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    scan = pileup(model, args.party, lang=lang)
    if args.json:
        print(_json(_household_data(scan)))
        return 0
    h = scan.household
    print(capitalised(message(
        lang, "cli.household", party=one_line(model.label(scan.party)),
        interventions=_count(lang, "cli.interventions", len(h.interventions)),
        organisations=_count(lang, "cli.organisations", len(scan.organisations)))))
    for it in h.interventions:
        by = one_line(model.label(it.by))
        print(f"  {one_line(it.policy or '-')}: {one_line(it.name)} ({by})")
    if scan.coordinator is not None:
        print(message(lang, "cli.coordinator",
                      coordinator=one_line(model.label(scan.coordinator))))
    print("\n" + (message(lang, "cli.questions") if scan.questions else
                  message(lang, "cli.no_questions")))
    for q in scan.questions:
        print(textwrap.fill(one_line(q.text, SENTENCE_LIMIT), width=88, initial_indent="  - ",
                            subsequent_indent="    "))
    if scan.measured:
        print("\n" + message(lang, "cli.measured_about"))
    for m in scan.measured:
        why = cut(m.purpose) if m.purpose else message(lang, "report.not_stated")
        print(textwrap.fill(f"{one_line(m.indicator)}: {why}", width=88, initial_indent="  - ",
                            subsequent_indent="    "))
    return 0


def _household_data(scan: Any) -> dict[str, Any]:
    return {
        "party": scan.party, "interventions": [i.id for i in scan.household.interventions],
        "organisations": list(scan.organisations), "coordinator": scan.coordinator,
        "conflicts": [{"against": c.against, "result": c.result, "serves": list(c.serves)}
                      for c in scan.conflicts],
        "unrelated": list(scan.unrelated),
        "measured": [{"result": m.result, "indicator": m.indicator, "purpose": m.purpose}
                     for m in scan.measured],
        "questions": [{"ask": q.ask.value, "subject": q.subject, "text": q.text}
                      for q in scan.questions]}


def _cmd_ledger(args: argparse.Namespace) -> int:
    from pathlib import Path

    import attrs

    from resultaat._files import refuse_overwrite, write_atomic
    from resultaat.analysis._ledger import ledger
    from resultaat.analysis._plain import plain
    from resultaat.model._io import load

    if args.output:
        refuse_overwrite(args.output, [args.file])
    model = load(args.file, lang=args.lang)
    lang = _language(args, model)
    if args.output and Path(args.output).suffix.lower() != ".svg":
        from resultaat._errors import SettingError

        raise SettingError(message(lang, "error.ledger_suffix", name=repr(Path(args.output).name)))
    book = ledger(model)
    if args.json:
        print(_json({"entries": [plain(attrs.asdict(e, recurse=False)) for e in book],
                     "society": book.society, "society_range": list(book.society_range),
                     "uncosted": list(book.uncosted)}))
    else:
        _print_ledger(model, book, lang)
    if args.output:
        from resultaat.present._ledger import ledger_svg

        write_atomic(args.output, ledger_svg(model, lang=lang, book=book))
        print(message(lang, "cli.wrote", path=args.output), file=sys.stderr if args.json
              else sys.stdout)
    return 0


def _print_ledger(model: Model, book: Any, lang: str) -> None:
    from resultaat.present._ledger import POCKET
    from resultaat.present._markup import one_line
    from resultaat.text._catalogue import join
    from resultaat.text._numbers import money

    if not book.entries:
        print(message(lang, "cli.ledger_empty"))
        return
    print(f"{message(lang, 'report.party'):32} {message(lang, 'report.invests'):>14} "
          f"{message(lang, 'report.gains'):>14} {message(lang, 'report.balance'):>14}")
    for e in book:
        pocket = f"  {message(lang, POCKET[e.wrong_pocket])}" if e.wrong_pocket else ""
        print(f"{one_line(model.label(e.party), 32):32} {money(lang, e.invests):>14} "
              f"{money(lang, e.gains):>14} {money(lang, e.balance):>14}{pocket}")
    if book.wrong_pocket:
        names = {side: join(lang, [one_line(model.label(e.party)) for e in book
                                   if e.wrong_pocket is not None and e.wrong_pocket.value == side])
                 for side in ("pays", "collects")}
        print("\n" + textwrap.fill(message(lang, "report.wrong_pocket_text", pays=names["pays"],
                                           collects=names["collects"]), width=88))
    for e in book:
        low, high = e.balance_range
        if round(low) != round(high):
            print(message(lang, "cli.ledger_range", party=one_line(model.label(e.party)),
                          low=money(lang, low), high=money(lang, high)))


def _cmd_init(args: argparse.Namespace) -> int:
    from pathlib import Path

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
    from pathlib import Path

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
    "report": _cmd_report, "household": _cmd_household, "ledger": _cmd_ledger,
    "progress": _cmd_progress, "export": _cmd_export, "init": _cmd_init,
    "example": _cmd_example, "upgrade": _cmd_upgrade,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
