"""The folders of src/resultaat are layers; each imports only from the layers below it.

The order is written once, in ``resultaat._LAYERS``; the top-level private modules
(``_errors`` and the like) are the shared base below every folder.
"""

import ast
from pathlib import Path

import pytest

import resultaat

SRC = Path(resultaat.__file__).parent
LAYERS = resultaat._LAYERS
BASE = -1
THIRD_PARTY_LAYER = {"graphviz": "present", "graphviz_pure": "present"}


def _rank(module: str) -> int:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else BASE


def _imports(path: Path) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
    return found


def _dotted(path: Path) -> str:
    return "resultaat." + ".".join(path.relative_to(SRC).with_suffix("").parts)


MODULES = sorted(p for p in SRC.rglob("*.py") if p.parent != SRC or (p.name.startswith("_")
                 and p.name not in {"__init__.py", "__main__.py"}))


def test_every_folder_is_a_layer():
    folders = {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()}
    assert folders == set(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_down(path):
    here = _dotted(path)
    rank = _rank(here)
    for module in _imports(path):
        top = module.split(".")[0]
        if module == "resultaat":
            assert rank == len(LAYERS) - 1, f"{here} imports the package root"
        elif top == "resultaat":
            assert _rank(module) <= rank, f"{here} imports {module}, a layer above it"
        elif top in THIRD_PARTY_LAYER:
            limit = LAYERS.index(THIRD_PARTY_LAYER[top])
            assert rank >= limit, f"{here} imports {module}, which only {LAYERS[limit]} may"
