"""Writing files safely: whole or not at all, never over the file being read."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from resultaat._errors import ResultaatError

if TYPE_CHECKING:  # pathlib is imported when a file is written: the command line starts faster
    from pathlib import Path


class WriteError(OSError, ResultaatError):
    """A file could not be written; whatever was there before is untouched.

    >>> str(WriteError("out/memo.html", "File too large"))
    'cannot write out/memo.html: File too large; the file was left as it was'
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}; the file was left as it was")

    def __str__(self) -> str:
        return str(self.args[0])


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one.

    The data goes to a temporary file in the same folder, is flushed to disk
    and renamed into place. On any error the temporary file is removed and
    the old file, if any, stays as it was. A symbolic link is written
    through: its target gets the new content. Text is written as UTF-8.

    Args:
        path: the file to write.
        data: its new content.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.

    Raises:
        WriteError: the file could not be written, with the operating
            system's reason.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.txt", "één").read_text(encoding="utf-8")
    'één'
    """
    from pathlib import Path

    p = Path(path)
    target = Path(os.path.realpath(p))
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = _create_temp(p, target)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
            mode = _mode(target)
            if mode is not None:
                os.fchmod(f.fileno(), mode)
        os.replace(temp, target)
        _sync_folder(target.parent)
    except BaseException as e:
        _remove(temp)
        if isinstance(e, OSError):
            raise WriteError(p, e.strerror or str(e)) from e
        raise
    return p


def _create_temp(p: Path, target: Path) -> tuple[int, str]:
    """A new temporary file beside ``target``, with the usual permissions for a new file."""
    while True:
        temp = str(target.with_name(f".{target.name[:80]}.{os.urandom(6).hex()}.tmp"))
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
        except OSError as e:
            raise WriteError(p, e.strerror or str(e)) from e


def _sync_folder(folder: Path) -> None:
    """Make the rename itself last through a power cut, where the system allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode(target: Path) -> int | None:
    """The permissions of the file being replaced, if there is one."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return None


def _remove(temp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (through links, ``..`` or another spelling)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def refuse_overwrite(output: str | os.PathLike[str],
                     inputs: Iterable[str | os.PathLike[str] | None]) -> None:
    """Refuse to write ``output`` when it is one of the ``inputs``.

    Raises:
        SameFileError: ``output`` is the same file as an input.
    """
    for given in inputs:
        if given is not None and same_file(output, given):
            raise SameFileError(output, given)


class SameFileError(ValueError, ResultaatError):
    """The output would overwrite an input file.

    >>> str(SameFileError("model.yaml", "./model.yaml"))
    'model.yaml is the input file ./model.yaml; it was not overwritten: choose another output file'
    """

    def __init__(self, output: str | os.PathLike[str], given: str | os.PathLike[str]) -> None:
        self.output = str(output)
        self.input = str(given)
        super().__init__(f"{output} is the input file {given}; it was not overwritten: choose "
                         "another output file")
