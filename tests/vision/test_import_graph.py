"""vision is a pixel core: nothing in it imports the catalog, the agent or the API."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

VISION = Path(__file__).resolve().parents[2] / "vision"
FORBIDDEN = ("catalog", "agent", "api", "fastapi", "langgraph", "qdrant_client")


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_vision_module_names_a_forbidden_package() -> None:
    offenders = {
        f"{path.relative_to(VISION.parent)}: {name}"
        for path in VISION.rglob("*.py")
        for name in _imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert not offenders, sorted(offenders)


def test_importing_every_vision_module_loads_none_of_them() -> None:
    """Also catches imports made indirectly (through `aisle`, say) at import time."""
    modules = sorted(f"vision.{p.stem}" for p in VISION.glob("*.py") if p.stem != "__init__")
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=VISION.parent,
    )
    assert out.stdout.strip() == ""
