"""Every data file the code reads ships in the wheel: a file under a package's data/ folder
that no package-data pattern of pyproject.toml matches would be missing from an installed Aisle
(the lexicons, the colour namer and the ImageNet mapping are read at run time)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("agent", "catalog", "vision", "aisle", "api", "commerce")


def _patterns() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    data: dict[str, list[str]] = config["tool"]["setuptools"]["package-data"]
    return data


def _matches(relative: PurePosixPath, pattern: str) -> bool:
    """setuptools' package-data glob: `*` stays within one folder."""
    parts = PurePosixPath(pattern).parts
    return len(parts) == len(relative.parts) and all(
        fnmatchcase(name, part) for name, part in zip(relative.parts, parts, strict=True)
    )


def test_every_data_file_matches_a_package_data_pattern() -> None:
    patterns = _patterns()
    missing = []
    for package in PACKAGES:
        folder = ROOT / package / "data"
        if not folder.is_dir():
            continue
        globs = patterns.get(package, []) + patterns.get("*", [])
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = PurePosixPath(path.relative_to(ROOT / package).as_posix())
                if not any(_matches(relative, g) for g in globs):
                    missing.append(str(path.relative_to(ROOT)))
    assert missing == []
