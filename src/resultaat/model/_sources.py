"""Where measurements come from: files and database tables, as Ibis tables.

Everything here but :func:`xlsx_text` needs the ``data`` extra
(``pip install 'resultaat[data]'``: Ibis with DuckDB and SQLite, and
openpyxl); each function imports what it needs when called, so the plain
install and ``resultaat --help`` never load them.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from types import ModuleType
from typing import Any

from resultaat._errors import MeasurementError, Problem, UsageError
from resultaat._errors import shown as _shown

INSTALL = "pip install 'resultaat[data]'"
NEEDS_EXTRA = ("{what} needs the optional 'data' extra (Ibis, DuckDB, openpyxl); install it "
               "with: " + INSTALL)
PARQUET = (".parquet", ".pq")
EXCEL = (".xlsx", ".xlsm")
DATABASES = (".duckdb", ".ddb", ".db", ".sqlite", ".sqlite3")
NEEDS_TABLE = "{name} is a database; name the table to read with --table (table=...)"
NO_TABLE = "a table name is for a database file or URL, not for {name}"
MEMORY = "1GB"
"""DuckDB's memory limit for the connections made here; past it, DuckDB spills to disk."""


def duckdb_connection(ibis: ModuleType, path: str | os.PathLike[str] | None = None, *,
                      read_only: bool = False) -> Any:
    """A DuckDB connection that stays within :data:`MEMORY`, spilling to a temporary folder."""
    import tempfile

    spill = Path(tempfile.gettempdir()) / "resultaat-duckdb"
    return ibis.duckdb.connect(":memory:" if path is None else path, read_only=read_only,
                               memory_limit=MEMORY, temp_directory=str(spill))


def ibis_module(what: str = "reading this source") -> ModuleType:
    """The ``ibis`` module, or a clear error that says how to install it.

    Raises:
        UsageError: the ``data`` extra is not installed.
    """
    try:
        import ibis
    except ImportError:
        raise UsageError(NEEDS_EXTRA.format(what=what)) from None
    module: ModuleType = ibis
    return module


def literal(path: str | os.PathLike[str]) -> str:
    """A file name as DuckDB reads it literally: ``*``, ``?`` and ``[`` escaped.

    DuckDB takes every file name it reads as a pattern: without this,
    ``m[1].csv`` would read ``m1.csv`` and ``a*.csv`` every file it matches.

    >>> literal("cases [2025].csv"), literal("a*b?.parquet")
    ('cases [[]2025].csv', 'a[*]b[?].parquet')
    """
    return "".join(f"[{c}]" if c in "*?[" else c for c in os.fspath(path))


def is_table(source: object) -> bool:
    """Whether ``source`` is an Ibis table expression (without importing Ibis)."""
    return type(source).__module__.startswith("ibis.") and hasattr(source, "schema")


def is_url(source: object) -> bool:
    return isinstance(source, str) and "://" in source and "\n" not in source


def kind(source: str | os.PathLike[str]) -> str:
    """``csv``, ``parquet``, ``excel``, ``database`` or ``url``, from the name."""
    if is_url(source):
        return "url"
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return "csv"
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in PARQUET or (path.is_dir() and any(path.glob("*.parquet"))):
        return "parquet"
    if suffix in EXCEL:
        return "excel"
    if suffix in DATABASES:
        return "database"
    return "csv"


def open_table(source: str | os.PathLike[str], table: str | None = None) -> Any:
    """An Ibis table of a Parquet file (or folder), a database file's table or a URL's.

    Raises:
        UsageError: the extra is missing, or a table name is missing or not wanted.
        MeasurementError: the file or table cannot be read.
    """
    what = kind(source)
    name = str(source)
    ibis = ibis_module(f"reading {what} ({name!r})")
    if what in ("database", "url") and not table:
        raise UsageError(NEEDS_TABLE.format(name=_shown(name)))
    if what == "parquet" and table:
        raise UsageError(NO_TABLE.format(name=_shown(name)))
    try:
        if what == "parquet":
            path = Path(source)
            pattern = literal(path) + "/*.parquet" if path.is_dir() else literal(path)
            return duckdb_connection(ibis).read_parquet(pattern)
        if what == "url":
            return ibis.connect(name).table(table)
        path = Path(source)
        if not path.is_file():
            raise MeasurementError([Problem("", "cannot read the file: no such file; check "
                                            "the path", name)])
        if path.suffix.lower() in (".sqlite", ".sqlite3") or _is_sqlite(path):
            return ibis.sqlite.connect(path).table(table)
        return duckdb_connection(ibis, path, read_only=True).table(table)
    except MeasurementError:
        raise
    except Exception as e:  # each engine has its own errors; all mean "cannot read"
        raise MeasurementError([Problem("", f"cannot read {what}: {type(e).__name__}: "
                                        f"{_shown(str(e)[:300])}", name)]) from None


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def xlsx_text(path: str | os.PathLike[str]) -> str:
    """The first sheet of an Excel workbook as CSV text, row for row (line n is Excel row n).

    Numbers keep their value exactly (written as Python writes floats, with
    a decimal point); text cells stay text, so the CSV reader checks them as
    it checks any CSV file.

    Raises:
        UsageError: the extra is missing.
        MeasurementError: the file cannot be read as a workbook.
    """
    try:
        import openpyxl
    except ImportError:
        raise UsageError(NEEDS_EXTRA.format(what="reading Excel files")) from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # zip, XML and openpyxl errors alike
        raise MeasurementError([Problem("", f"cannot read the workbook: {type(e).__name__}",
                                        str(path))]) from None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            writer.writerow([_cell(c) for c in row])
    finally:
        book.close()
    text = out.getvalue()
    return text if "\n" in text else text + "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value)
