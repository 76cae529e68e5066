"""CSV files as spreadsheets and case systems write them.

Everything about a file's form is decided here, once per file and from the
file itself: the encoding, the column separator and the decimal sign.
What the columns mean is :mod:`resultaat.analysis._steering`'s business.

* Encoding: a byte order mark names it (UTF-8, UTF-16, UTF-32); without
  one the file is UTF-8 when it all decodes as UTF-8, else Windows-1252
  (what Excel's "CSV (puntkomma)" writes). A file that is neither, or mixes
  the two, is refused at the first bad byte.
* Separator: ``;`` when the header line holds more ``;`` than ``,``.
* Decimal sign: see :class:`Numbers`.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import math
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

from resultaat._errors import MeasurementError, Problem
from resultaat.model._values import MAX_NUMBER
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language as _lang
from resultaat.text._numbers import error_number as _num

LIMIT = MAX_NUMBER
"""The largest size of a value read from a file: sums of such values never overflow."""

_CHUNK = 1 << 20
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class CsvFile:
    """A CSV file (or CSV text) whose encoding and separator are known.

    Opening it reads the header line; :meth:`rows` reads the rest, and may
    be called again to read the file anew.

    Raises:
        MeasurementError: the file cannot be read or decoded.
    """

    def __init__(self, source: str | os.PathLike[str]) -> None:
        self.text: str | None = None
        self.path: Path | None = None
        self.encoding = "utf-8"
        self.skip = 0
        if isinstance(source, str) and ("\n" in source or "\r" in source):
            self.name = "<text>"
            self.text = source.removeprefix("\ufeff")
        else:
            self.path = Path(source)
            self.name = str(self.path)
            self.encoding, self.skip = _encoding(self.path)
        with self._open() as f:
            self.first = f.readline()
        self.delimiter = ";" if self.first.count(";") > self.first.count(",") else ","

    def _open(self) -> IO[str]:
        if self.text is not None:
            return io.StringIO(self.text, newline="")
        assert self.path is not None
        raw = self.path.open("rb")
        raw.seek(self.skip)
        return io.TextIOWrapper(raw, encoding=self.encoding, newline="")

    def header(self) -> list[str] | Problem:
        """The header's cells, lower case and stripped, or what is wrong with it."""
        if "\x00" in self.first:
            return Problem("", message(_lang(), "error.csv_utf16_no_bom"), self.name, 1)
        try:
            cells = next(csv.reader([self.first], delimiter=self.delimiter), [])
        except csv.Error as e:
            return Problem("", csv_message(e), self.name, 1)
        return [c.strip().lower() for c in cells]

    @contextlib.contextmanager
    def reader(self) -> Iterator[Any]:
        """A csv reader of the rows after the header; ``line_num`` counts from there."""
        with self._open() as f:
            f.readline()
            try:
                yield csv.reader(f, delimiter=self.delimiter)
            except UnicodeDecodeError:  # the file changed since it was checked
                raise MeasurementError([Problem("", message(
                    _lang(), "error.csv_changed", encoding=_NAMES[self.encoding]),
                    self.name)]) from None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Yield (line, cells) for each row after the header that csv can read.

        The line is where the row starts (a quoted cell may span lines).
        """
        with self.reader() as reader:
            done = 0
            while True:
                try:
                    for row in reader:
                        yield done + 2, row
                        done = reader.line_num
                    return
                except csv.Error:
                    done = reader.line_num


def csv_message(e: csv.Error) -> str:
    if "field limit" in str(e):
        return message(_lang(), "error.csv_cell_too_long", limit=_num(csv.field_size_limit()))
    return message(_lang(), "error.csv_unreadable_line", error=e)


def _encoding(path: Path) -> tuple[str, int]:
    """The file's encoding and the length of its byte order mark."""
    if "\x00" in str(path):
        raise _unreadable(path, message(_lang(), "error.file_bad_name"))
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise _unreadable(path, message(_lang(), "error.file_not_a_file"))
        with path.open("rb") as f:
            head = f.read(4)
            for bom, encoding in _BOMS:
                if head.startswith(bom):
                    _check(path, f, encoding, len(bom))
                    return encoding, len(bom)
            if _check(path, f, "utf-8", 0, fallback=True):
                return "utf-8", 0
            _check(path, f, "cp1252", 0)
            return "cp1252", 0
    except FileNotFoundError:
        raise _unreadable(path, message(_lang(), "error.file_missing")) from None
    except PermissionError:
        raise _unreadable(path, message(_lang(), "error.file_permission")) from None
    except OSError as e:
        raise _unreadable(path, e.strerror or type(e).__name__) from None


def _unreadable(path: Path, why: str) -> MeasurementError:
    return MeasurementError([Problem("", message(_lang(), "error.file_unreadable", why=why),
                                     str(path))])


_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16-le": "UTF-16",
          "utf-16-be": "UTF-16", "utf-32-le": "UTF-32", "utf-32-be": "UTF-32"}


def _check(path: Path, f: IO[bytes], encoding: str, start: int, *, fallback: bool = False
           ) -> bool:
    """Decode the whole file, keeping nothing; False if UTF-8 fails where cp1252 may do.

    Raises:
        MeasurementError: at the first byte that does not decode.
    """
    f.seek(start)
    decoder = codecs.getincrementaldecoder(encoding)()
    pos = start  # where the decoder's buffered bytes begin
    seen = False  # any non-ASCII text decoded so far
    while chunk := f.read(_CHUNK):
        pending = decoder.getstate()[0]
        if encoding == "utf-8" and not pending and chunk.isascii():
            pos += len(chunk)
            continue
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as e:
            seen = seen or not (pending + chunk)[:e.start].isascii()
            if fallback and not seen:
                return False
            _refuse(path, f, encoding, start, pos + e.start, seen and fallback)
        seen = seen or not chunk.isascii()
        pos += len(pending) + len(chunk) - len(decoder.getstate()[0])
    if decoder.getstate()[0]:
        if fallback and not seen:
            return False
        _refuse(path, f, encoding, start, pos, seen and fallback)
    return True


def _refuse(path: Path, f: IO[bytes], encoding: str, start: int, offset: int,
            mixed: bool) -> NoReturn:
    f.seek(offset)
    byte = f.read(1).hex().upper() or message(_lang(), "error.csv_end_of_file")
    what = (message(_lang(), "error.csv_mixed", byte=byte) if mixed else
            message(_lang(), "error.csv_not_encoding", encoding=_NAMES[encoding], byte=byte)
            if encoding != "cp1252" else message(_lang(), "error.csv_not_utf8_or_1252", byte=byte))
    line = _line_at(f, encoding, start, offset)
    raise MeasurementError([Problem("", what, str(path), line)])


def _line_at(f: IO[bytes], encoding: str, start: int, offset: int) -> int:
    """The line that the byte at ``offset`` is on; lines end in \\n, \\r or \\r\\n."""
    f.seek(start)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    line, cr = 1, False
    while start < offset:
        text = decoder.decode(f.read(min(_CHUNK, offset - start)))
        start += _CHUNK
        line += text.count("\n") + text.count("\r") - text.count("\r\n")
        line -= cr and text.startswith("\n")
        cr = text.endswith("\r") or (cr and not text)
    return line


# --- numbers -----------------------------------------------------------------


_SHAPE = re.compile(r"([+-]?)([0-9.,]+)([eE][+-]?[0-9]+)?", re.ASCII)
_GROUPED = {".": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+", re.ASCII),
            ",": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+", re.ASCII)}
_OTHER = {".": ",", ",": "."}
_SIGN_NAME = {".": N_("error.csv_point"), ",": N_("error.csv_comma")}


def readings(text: str, *, semicolon: bool) -> tuple[float | None, float | None]:
    """The value of ``text`` with a decimal point, and with a decimal comma.

    ``None`` where that reading is not a number. A thousands separator (the
    other sign) must group by three; none with an exponent; in a file
    separated by ``;`` a comma is never a thousands separator.

    >>> readings("17.000", semicolon=True)
    (17.0, 17000.0)
    >>> readings("3,125", semicolon=True)
    (None, 3.125)
    >>> readings("3,125", semicolon=False)
    (3125.0, 3.125)
    """
    m = _SHAPE.fullmatch(text)
    if not m:
        return None, None
    sign, body, exponent = m[1], m[2], m[3] or ""
    point = None if semicolon and "," in body else _under(body, ".", exponent)
    comma = _under(body, ",", exponent)
    return (None if point is None else float(sign + point),
            None if comma is None else float(sign + comma))


def _under(body: str, decimal: str, exponent: str) -> str | None:
    thousands = _OTHER[decimal]
    if body.count(decimal) > 1:
        return None
    whole, _, fraction = body.partition(decimal)
    if thousands in fraction:
        return None
    if thousands in whole:
        if exponent or not _GROUPED[thousands].fullmatch(whole):
            return None
        whole = whole.replace(thousands, "")
    if not (whole or fraction):
        return None
    return f"{whole or '0'}.{fraction or '0'}{exponent}"


def _plain(x: float) -> str:
    return format(x, ".15g")


class Numbers:
    """Reads a file's values with the decimal sign that the file itself shows.

    A value that can be read only one way (``3,5``, ``2.25``, ``0,125``,
    ``17.000,5``, ``1.234.567``) shows the file's decimal sign; the first
    such value in the file decides it. A value that could be read both ways
    (``17.000``: 17 or 17000) is read with that sign, looking ahead in the
    file if need be, and refused when no value shows it. A value written
    with the other sign is refused; so are values beyond :data:`LIMIT`.

    Args:
        semicolon: the file separates columns with ``;`` (a comma is then
            always a decimal comma).
        ahead: finds the first value in the whole file that shows the sign,
            as (sign, line, text), or ``None``.
    """

    def __init__(self, *, semicolon: bool,
                 ahead: Callable[[Numbers], tuple[str, int, str] | None]) -> None:
        self.semicolon = semicolon
        self.sign: str | None = None
        self.since: tuple[int, str] = (0, "")
        self._ahead = ahead
        self._looked = False

    def shows(self, raw: str) -> str | None:
        """The decimal sign that ``raw`` shows, if it shows one."""
        point, comma = readings(raw.strip(), semicolon=self.semicolon)
        if (point is None) == (comma is None):
            return None
        return "." if comma is None else ","

    def read(self, raw: str, line: int) -> float | str:
        """The value of one cell, or what is wrong with it."""
        text = raw.strip()
        point, comma = readings(text, semicolon=self.semicolon)
        if point is None and comma is None:
            return self._not_a_number(text)
        if point is None or comma is None:
            sign = "." if comma is None else ","
            if self.sign is None:
                self.sign, self.since = sign, (line, raw)
            elif sign != self.sign:
                return message(_lang(), "error.csv_mixed_signs",
                               sign=message(_lang(), _SIGN_NAME[sign]),
                               file_sign=message(_lang(), _SIGN_NAME[self.sign]),
                               line=self.since[0])
        elif point != comma and (self.sign or self._look_ahead()) is None:
            return message(_lang(), "error.csv_ambiguous", point=_plain(point),
                           comma=_plain(comma))
        value = comma if comma is not None and (point is None or self.sign == ",") else point
        assert value is not None  # both None returned above
        if not -LIMIT <= value <= LIMIT:
            return message(_lang(), "error.csv_too_large")
        return value

    def _look_ahead(self) -> str | None:
        if not self._looked:
            self._looked = True
            found = self._ahead(self)
            if found:
                self.sign, line, raw = found
                self.since = (line, raw)
        return self.sign

    @staticmethod
    def _not_a_number(text: str) -> str:
        """What is wrong with a value; never the value itself, which may be personal data."""
        if not text:
            return message(_lang(), "error.csv_empty")
        try:
            value = float(text)
        except ValueError:
            return message(_lang(), "error.csv_not_a_number")
        if not math.isfinite(value):
            return message(_lang(), "error.csv_not_finite")
        return message(_lang(), "error.csv_not_a_number")
