"""Which Python versions every dependency has wheels for: run at install time (needs PyPI).

    python scripts/check_wheels.py            # checks 3.11, 3.12 and 3.13, writes the record

For each runtime dependency in pyproject.toml and each version, `pip install --dry-run
--only-binary=:all: --no-deps --python-version X --platform manylinux2014_x86_64 ...` resolves a
wheel without installing it (the same check as `pip download`, without fetching torch's
hundreds of megabytes). The result goes to scripts/wheels.json; tests/aisle/test_wheels.py
checks that the record covers today's dependency list and that `requires-python` claims no
version the record did not find wheels for. It proves wheels existed on PyPI when the record was
made, for x86_64 Linux; it does not install or run Aisle on those versions.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "scripts" / "wheels.json"
VERSIONS = ("3.11", "3.12", "3.13")
PLATFORMS = (
    "manylinux2014_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "linux_x86_64",
)  # fmt: skip


def dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps: list[str] = project["dependencies"]
    return deps


def has_wheel(requirement: str, version: str) -> tuple[bool, str]:
    platforms = [arg for p in PLATFORMS for arg in ("--platform", p)]
    with tempfile.TemporaryDirectory() as target:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--no-deps",
             "--ignore-installed", "--only-binary=:all:", "--python-version", version,
             *platforms, "--target", target, "--report", "-", requirement],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        return False, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
    report = json.loads(done.stdout)
    item = report["install"][0]["metadata"]
    return True, f"{item['name']} {item['version']}"


def main() -> int:
    results: dict[str, dict[str, str]] = {}
    ok_versions = set(VERSIONS)
    for requirement in dependencies():
        results[requirement] = {}
        for version in VERSIONS:
            ok, detail = has_wheel(requirement, version)
            results[requirement][version] = ("ok: " if ok else "missing: ") + detail
            if not ok:
                ok_versions.discard(version)
            print(f"{version} {requirement}: {results[requirement][version]}", flush=True)
    RECORD.write_text(
        json.dumps(
            {
                "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "platform": "x86_64 Linux (manylinux)",
                "versions_with_all_wheels": sorted(ok_versions),
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
