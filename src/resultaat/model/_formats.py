"""The model-file format versions, and the migration from each to the next.

Every model file says its format version (``resultaat: 2``). A new version
is made when a key is added that an older library would refuse, or when a
key changes its name or meaning. Each step from version N to N + 1 is one
function in :data:`MIGRATIONS`; its docstring says what changed, and the
model-file reference lists the same in its "Format versions" section.

Loading a file of an earlier version runs the steps in memory, one after the
other; ``resultaat upgrade`` runs the same steps on the file's round-trip
YAML (which keeps the comments) and writes the result. A step therefore
changes the mapping it is given in place, with plain ``dict`` operations
(``rename_key`` keeps a renamed key where it was), and it must not rely on
the data being valid: the model is checked after the last step. A value
can appear twice (a YAML alias), so a step must leave a value it has
already changed as it is when it meets it again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from resultaat._errors import shown

Migration = Callable[[dict[str, Any]], None]

FIRST_VERSION = 1


def _to_2(data: dict[str, Any]) -> None:
    """Version 2: the optional key `written_by` says which resultaat wrote the file.

    Nothing in a version-1 file changes meaning. ``dump`` and ``resultaat
    upgrade`` write ``written_by: resultaat 0.1.0`` under the format
    version, so that a file that is too new for a reader can say which
    release it needs. Version 2 is the first release's format, so the
    optional keys added before that release (a target's ``deadline``,
    ``baseline_period`` and ``path``, ``purpose``, ``adjustments``, ``goal``,
    ``spent``, ``effect``, ``beneficiaries``, ``coordinator``,
    ``commitments``) belong to it: a resultaat that reads only version 1
    refuses a version-2 file on its version, before it meets them.
    """


MIGRATIONS: dict[int, Migration] = {1: _to_2}
"""The step from each format version (the key) to the next."""

FORMAT_VERSION = FIRST_VERSION + len(MIGRATIONS)
"""The format version that ``dump`` and ``resultaat upgrade`` write."""


def summary(step: Migration) -> str:
    """The first line of a step's docstring: what that version changed."""
    return (step.__doc__ or "").strip().splitlines()[0]


def migrate(data: dict[str, Any], migrations: dict[int, Migration] = MIGRATIONS) -> list[str]:
    """Bring the data of an earlier format version up to the newest, in place.

    Data whose version is not a known earlier one (missing, not a whole
    number, the newest already, or newer) is left as it is; :func:`problem`
    says what is wrong with it.

    Args:
        data: a model file's top-level mapping, as read.
        migrations: the steps; the default is this library's.

    Returns:
        What each step taken changed (:func:`summary`), oldest first.

    >>> data = {"resultaat": 1, "name": "Budget 2026"}
    >>> migrate(data)
    ['Version 2: the optional key `written_by` says which resultaat wrote the file.']
    >>> data
    {'resultaat': 2, 'name': 'Budget 2026'}
    """
    version = data.get("resultaat")
    newest = FIRST_VERSION + len(migrations)
    if type(version) is not int or not FIRST_VERSION <= version < newest:
        return []
    done = []
    for step_from in range(version, newest):
        step = migrations[step_from]
        step(data)
        data["resultaat"] = step_from + 1
        done.append(summary(step))
    return done


def problem(version: Any, written_by: Any = None) -> str | None:
    """What is wrong with a file's format version (the value of ``resultaat``), if anything.

    >>> print(problem(True))
    the format version must be a whole number from 1 to 2, such as `resultaat: 2`, got True
    """
    if type(version) is int and FIRST_VERSION <= version <= FORMAT_VERSION:
        return None
    readable = f"{FIRST_VERSION} to {FORMAT_VERSION}"
    if version is None:
        return (f"missing `resultaat: {FORMAT_VERSION}` at the top, which says this is a "
                "resultaat model file and which format version it is")
    if type(version) is not int:
        return (f"the format version must be a whole number from {readable}, such as "
                f"`resultaat: {FORMAT_VERSION}`, got {shown(version)}")
    if version < FIRST_VERSION:
        return (f"there is no format version {version}; the versions are {readable} "
                f"(write `resultaat: {FORMAT_VERSION}`)")
    return too_new(version, written_by)


def too_new(version: int, written_by: Any = None) -> str:
    """The message for a file of a format newer than this library reads.

    >>> print(too_new(7, "resultaat 3.1.0"))
    this file is format version 7, written by resultaat 3.1.0; this resultaat (...) reads
    format versions 1 to 2: upgrade with `pip install -U resultaat`
    """
    by = (f"resultaat {written_by.removeprefix('resultaat ')}"
          if isinstance(written_by, str) and len(written_by) <= 60 and written_by.isprintable()
          else "a newer resultaat")
    return (f"this file is format version {shown(version)}, written by {by}; this resultaat "
            f"({library_version() or 'development copy'}) reads format versions "
            f"{FIRST_VERSION} to {FORMAT_VERSION}: "
            "upgrade with `pip install -U resultaat`")


def rename_key(mapping: dict[str, Any], old: str, new: str) -> None:
    """Rename a key in place, keeping its place among the others (and, in a
    round-trip mapping, the comments of the keys around it).

    Nothing happens when ``old`` is absent or ``new`` is there already (a
    step met the same mapping twice, or the file is wrong and the check
    will say so).

    >>> d = {"a": 1, "for": 2, "c": 3}
    >>> rename_key(d, "for", "beneficiary")
    >>> d
    {'a': 1, 'beneficiary': 2, 'c': 3}
    """
    if old not in mapping or new in mapping:
        return
    keys = list(mapping)
    at = keys.index(old)
    value = mapping.pop(old)
    insert = getattr(mapping, "insert", None)
    if insert is not None:  # ruamel's CommentedMap: the comments on the line go along
        comments = mapping.ca.items  # type: ignore[attr-defined]
        said = comments.pop(old, None)
        insert(at, new, value)
        if said is not None:
            comments[new] = said
        return
    after = {k: mapping.pop(k) for k in keys[at + 1:]}
    mapping[new] = value
    mapping.update(after)


def written_by() -> str | None:
    """The value of ``written_by`` in files this library writes (``None`` when unknown)."""
    version = library_version()
    return None if version is None else f"resultaat {version}"


@functools.cache
def library_version() -> str | None:
    """This library's version, read from its installed metadata when first needed."""
    from importlib import metadata

    try:
        return metadata.version("resultaat")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a bare source tree
        return None
