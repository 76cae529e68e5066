"""Check what a built wheel and sdist hold: what a user needs, and nothing else.

    python .ci/check_dist.py DIST_FOLDER

The wheel must hold every module, the bundled examples and ``py.typed``; the
sdist the sources, tests, docs and the project's own files; neither any
virtual environment, cache, build output or written example. Exits 1 and
names each problem otherwise.
"""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "resultaat"
JUNK = re.compile(r"(^|/)(\.venv|\.ci-venv|out|site|dist|build|\.git|__pycache__|\.hypothesis"
                  r"|\.mypy_cache|\.ruff_cache|\.pytest_cache)(/|$)|\.pyc$|\.egg-info")
SDIST_FILES = ["README.md", "CHANGELOG.md", "CONTRIBUTING.md", "LICENSE", "publiccode.yml",
               "pyproject.toml", "mkdocs.yml", "PKG-INFO"]


def version() -> str:
    text = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    assert found, "no __version__ in src/resultaat/__init__.py"
    return found.group(1)


def package_files() -> list[str]:
    """The package's files as the wheel names them: modules, examples, py.typed."""
    names = [p.relative_to(PACKAGE.parent).as_posix() for p in PACKAGE.rglob("*")
             if p.is_file()]
    return sorted(n for n in names if not JUNK.search(n))


def check(folder: Path) -> list[str]:
    v = version()
    wheel = folder / f"resultaat-{v}-py3-none-any.whl"
    sdist = folder / f"resultaat-{v}.tar.gz"
    missing = [str(p) for p in (wheel, sdist) if not p.is_file()]
    if missing:
        return [f"not built: {', '.join(missing)}"]
    problems = []
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    meta = zipfile.ZipFile(wheel).read(f"resultaat-{v}.dist-info/METADATA").decode("utf-8")
    wanted = package_files()
    problems += [f"wheel lacks {n}" for n in wanted if n not in in_wheel]
    problems += [f"no {kind} file in src/resultaat/examples to check" for kind in (".yaml", ".csv")
                 if not any(n.startswith("resultaat/examples/") and n.endswith(kind)
                            for n in wanted)]
    problems += [f"wheel METADATA lacks {line!r}" for line in
                 (f"Version: {v}", "License-File: LICENSE") if line not in meta.splitlines()]
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    problems += [f"sdist lacks {n}" for n in SDIST_FILES if n not in in_sdist]
    for folder_name in ("tests", "docs", "src/resultaat/examples"):
        expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder_name).rglob("*")
                    if p.is_file() and not JUNK.search(p.relative_to(ROOT).as_posix())}
        problems += [f"sdist lacks {n}" for n in sorted(expected - in_sdist)]
    for kind, names in (("wheel", in_wheel), ("sdist", in_sdist)):
        problems += [f"{kind} holds {n}" for n in sorted(names) if JUNK.search(n)]
    return problems


def main() -> int:
    folder = Path(sys.argv[1])
    problems = check(folder)
    for p in problems:
        print(f"check_dist: {p}", file=sys.stderr)
    if not problems:
        print(f"check_dist: wheel and sdist of {version()} hold what they should")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
