"""Safe file writing: whole or not at all, never over an input."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import resultaat
from resultaat._files import SameFileError, WriteError, refuse_overwrite, same_file, write_atomic


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_atomic_replaces_whole_and_keeps_mode(tmp_path):
    target = tmp_path / "memo.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert write_atomic(target, "new één") == target
    assert target.read_text(encoding="utf-8") == "new één"
    assert target.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_write_atomic_new_file_follows_umask(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.bin", b"\x00\x01")
    finally:
        os.umask(old)
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "a.bin").stat().st_mode & 0o777 == 0o640


def test_write_atomic_through_a_symlink(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


RO_WRITE = """
import sys
from resultaat._files import write_atomic, WriteError
try:
    write_atomic(sys.argv[1], "new")
except WriteError as e:
    print(e)
"""


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; see the "
                    "test below for the same failure made by hand")
def test_read_only_folder_names_path_and_reason(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "memo.md").write_text("old", encoding="utf-8")
    folder.chmod(0o555)
    try:
        done = subprocess.run([sys.executable, "-c", RO_WRITE, str(folder / "memo.md")],
                              capture_output=True, text=True, timeout=60, check=False)
    finally:
        folder.chmod(0o755)
    assert done.stdout == (f"cannot write {folder / 'memo.md'}: Permission denied; "
                           "the file was left as it was\n"), done.stderr
    assert (folder / "memo.md").read_text(encoding="utf-8") == "old"
    assert leftovers(folder) == []


def test_failed_rename_removes_the_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "memo.md"
    target.write_text("old", encoding="utf-8")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteError) as info:
        write_atomic(target, "new")
    assert str(info.value) == (f"cannot write {target}: Permission denied; the file was "
                               "left as it was")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_interrupted_write_removes_the_temporary_file(tmp_path, monkeypatch):
    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "memo.md", "new")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path):
    with pytest.raises(WriteError, match=r"cannot write .*/nope/a\.md: No such file or "
                                         r"directory; the file was left as it was"):
        write_atomic(tmp_path / "nope" / "a.md", "x")


FSIZE = """
import resource, sys
from resultaat._files import write_atomic, WriteError
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
try:
    write_atomic(sys.argv[1], "x" * 100_000)
except WriteError as e:
    print(e)
    sys.exit(3)
"""


def test_file_size_limit_leaves_the_old_file(tmp_path):
    target = tmp_path / "good.html"
    target.write_text("<p>good</p>", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", FSIZE, str(target)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 3, done.stderr
    assert done.stdout == (f"cannot write {target}: File too large; the file was left as "
                           "it was\n")
    assert target.read_text(encoding="utf-8") == "<p>good</p>"
    assert leftovers(tmp_path) == []


def test_dump_under_a_size_limit_keeps_the_model(tmp_path):
    target = tmp_path / "model.yaml"
    resultaat.dump(resultaat.example("wheelchair"), target)
    before = target.read_bytes()
    script = textwrap.dedent(f"""
        import resource, resultaat
        from resultaat._files import WriteError
        model = resultaat.example("steering")
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        try:
            resultaat.dump(model, {str(target)!r})
        except WriteError as e:
            print(type(e).__name__, e.reason)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.stdout == "WriteError File too large\n", done.stderr
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


def _write_many(path: str, letter: str) -> None:
    for _ in range(30):
        write_atomic(path, letter * 200_000)


def test_concurrent_writers_each_leave_a_whole_file(tmp_path):
    target = str(tmp_path / "one.txt")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(target, c)) for c in "abcd"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    text = Path(target).read_text(encoding="utf-8")
    assert len(text) == 200_000
    assert len(set(text)) == 1
    assert leftovers(tmp_path) == []


def test_same_file(tmp_path):
    a = tmp_path / "model.yaml"
    a.write_text("x", encoding="utf-8")
    (tmp_path / "hard.yaml").hardlink_to(a)
    (tmp_path / "soft.yaml").symlink_to(a)
    (tmp_path / "sub").mkdir()
    assert same_file(a, tmp_path / "sub" / ".." / "model.yaml")
    assert same_file(a, tmp_path / "hard.yaml")
    assert same_file(tmp_path / "soft.yaml", a)
    assert not same_file(a, tmp_path / "other.yaml")
    assert same_file(tmp_path / "new.md", tmp_path / "sub" / ".." / "new.md")


def test_refuse_overwrite(tmp_path):
    a = tmp_path / "model.yaml"
    a.write_text("x", encoding="utf-8")
    refuse_overwrite(tmp_path / "memo.md", [a, None])
    with pytest.raises(SameFileError) as info:
        refuse_overwrite(a, [None, str(a)])
    assert str(info.value) == (f"{a} is the input file {a}; it was not overwritten: choose "
                               "another output file")
