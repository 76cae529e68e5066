"""Rewriting a model file in the newest format version, keeping what a person wrote.

The file is first read as any model file is (:func:`~resultaat.model._io.loads`:
no tags, bounded size, a valid model), so the round-trip reader only ever
sees text that is plain data. YAML is then read again with ``ruamel.yaml``
in round-trip mode, which keeps comments, key order, flow style and quotes;
the same migration steps that loading runs change it in place, and it is
written back. JSON has no comments and is rewritten with :mod:`json`.
Nothing is written unless the new text reads as the same model.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import re
from typing import Any

import attrs

from resultaat._errors import ModelError
from resultaat._files import WriteError, write_atomic
from resultaat.model import _formats
from resultaat.model._formats import FORMAT_VERSION
from resultaat.model._io import Format, loads, read_file
from resultaat.model._model import Model
from resultaat.model._reader import YamlReader

NEEDS_RUAMEL = ("upgrading a YAML file needs ruamel.yaml, which keeps its comments: "
                "pip install 'resultaat[upgrade]' (or pip install ruamel.yaml)")


@attrs.frozen
class Upgrade:
    """What upgrading one model file's text gives.

    Attributes:
        source: the file's name, as shown.
        version: the format version the file had.
        changes: what each version step changed (empty when the file was up to date).
        old: the text as it was.
        new: the text in the newest format (the old text when it was up to date).
    """

    source: str
    version: int
    changes: tuple[str, ...]
    old: str
    new: str

    @property
    def diff(self) -> str:
        """The change as a unified diff (empty when there is none)."""
        return "".join(difflib.unified_diff(
            self.old.splitlines(keepends=True), self.new.splitlines(keepends=True),
            f"{self.source} (format version {self.version})",
            f"{self.source} (format version {FORMAT_VERSION})"))


def upgrade_text(text: str, format: Format = "yaml", *, source: str | None = None) -> Upgrade:
    """The text of a model file, rewritten in the newest format version.

    Args:
        text: the file's text.
        format: ``"yaml"`` or ``"json"``.
        source: the file's name, for messages.

    Raises:
        ModelError: the text is not a valid model file (of any version this library reads).
        ModuleNotFoundError: a YAML file needs upgrading and ``ruamel.yaml`` is missing.
        WriteError: the rewritten text would not read as the same model (a bug; please report it).
    """
    name = source if source is not None else "<text>"
    model = loads(text, format, source=name)  # refuses tags, bombs, newer and broken files
    version = _file_version(text, format)
    if version == FORMAT_VERSION:
        return Upgrade(name, version, (), text, text)
    if format == "json":
        new, changes = _upgrade_json(text)
    else:
        new, changes = _upgrade_yaml(text)
    if not _same(model, new, format):
        raise WriteError(name, "the upgraded text would read as a different model, which is "
                         "a bug in resultaat; please report it with the file")
    return Upgrade(name, version, tuple(changes), text, new)


def _same(model: Model, text: str, format: Format) -> bool:
    try:
        return loads(text, format) == model
    except ModelError:
        return False


def upgrade_file(path: str | os.PathLike[str], *, write: bool = True) -> Upgrade:
    """Rewrite a model file in the newest format version, whole or not at all.

    Args:
        path: the model file (``.yaml``, ``.yml`` or ``.json``).
        write: ``False`` works out the change without writing it.

    Raises:
        ModelError: the file cannot be read or is not a valid model.
        ModuleNotFoundError: a YAML file needs upgrading and ``ruamel.yaml`` is missing.
        WriteError: the file could not be written; it is left as it was.
    """
    text, fmt = read_file(path)
    done = upgrade_text(text, fmt, source=str(path))
    if write and done.changes:
        write_atomic(path, done.new)
    return done


def _file_version(text: str, format: Format) -> int:
    """The format version of text that the model reader has accepted, so a whole number."""
    data = json.loads(text) if format == "json" else YamlReader(text, "<text>").read()
    return int(data["resultaat"])


def _upgrade_json(text: str) -> tuple[str, list[str]]:
    data = json.loads(text)
    changes = _migrate(data)
    indent = re.search(r"\n([ \t]+)\S", text)
    out = json.dumps(data, indent=indent.group(1) if indent else None, ensure_ascii=False)
    return out + ("\n" if text.endswith("\n") else ""), changes


def _upgrade_yaml(text: str) -> tuple[str, list[str]]:
    try:
        from ruamel.yaml import YAML
        from ruamel.yaml.util import load_yaml_guess_indent
    except ImportError:
        raise ModuleNotFoundError(NEEDS_RUAMEL, name="ruamel.yaml") from None
    _, indent, offset = load_yaml_guess_indent(text)
    rt = YAML(typ="rt")  # round trip: tags stay data, nothing is constructed or run
    rt.preserve_quotes = True
    rt.width = 4096  # never wrap a line the person wrote
    rt.indent(mapping=2, sequence=indent or 2, offset=offset or 0)
    rt.explicit_start = re.search(r"^---\s*$", text, re.MULTILINE) is not None
    data = rt.load(text)
    data["resultaat"] = int(data["resultaat"])
    changes = _migrate(data)
    out = io.StringIO()
    rt.dump(data, out)
    new = out.getvalue()
    if "\r\n" in text:
        new = new.replace("\r\n", "\n").replace("\n", "\r\n")
    return new, changes


def _migrate(data: dict[str, Any]) -> list[str]:
    """Run the steps, then stamp the file with this library, under the format version."""
    changes = _formats.migrate(data)
    stamp = _formats.written_by()
    if stamp is not None:
        _put_after(data, "resultaat", "written_by", stamp)
    return changes


def _put_after(mapping: dict[str, Any], anchor: str, key: str, value: Any) -> None:
    """Set ``key``; a new key goes right after ``anchor``."""
    if key in mapping:
        mapping[key] = value
        return
    at = list(mapping).index(anchor) + 1
    insert = getattr(mapping, "insert", None)
    if insert is not None:  # ruamel's CommentedMap
        insert(at, key, value)
        return
    rest = {k: mapping.pop(k) for k in list(mapping)[at:]}
    mapping[key] = value
    mapping.update(rest)
