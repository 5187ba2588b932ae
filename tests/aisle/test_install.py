"""Install surfaces: the Python versions pyproject claims, the Dockerfile and the compose file.

What this proves: `requires-python` claims only versions for which scripts/check_wheels.py found
a wheel of every runtime dependency on PyPI when it last ran (the record is committed, since
tests run offline), and that record covers today's dependency list -- add a dependency without
re-running the check and this fails. It does not install or run Aisle on 3.12 or 3.13 (only 3.11
runs here), and docker does not run here: the Dockerfile and compose file are checked as text.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import yaml
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RECORD = json.loads((ROOT / "scripts" / "wheels.json").read_text())


def test_the_wheel_record_covers_every_dependency() -> None:
    assert set(RECORD["results"]) == set(PYPROJECT["dependencies"]), (
        "dependencies changed since scripts/check_wheels.py last ran: run it again"
    )


def test_requires_python_claims_only_versions_with_every_wheel() -> None:
    claimed = SpecifierSet(PYPROJECT["requires-python"])
    for version in ("3.10", "3.11", "3.12", "3.13", "3.14"):
        if f"{version}.0" in claimed:
            assert version in RECORD["versions_with_all_wheels"], f"{version}: a wheel is missing"
    assert "3.11.0" in claimed, "3.11 is the version CI runs"
    for version in RECORD["versions_with_all_wheels"]:
        assert f"{version}.0" in claimed, f"{version} has every wheel but is not claimed"


def test_the_dockerfile_runs_the_readme_set_up() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "RUN make setup" in dockerfile and "\nsetup: " in makefile
    assert "make demo" in readme and "aisle serve" in readme
    assert '"aisle", "serve"' in dockerfile.replace(".venv/bin/", "")


def test_compose_runs_aisle_with_qdrant_postgres_and_redis() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"aisle", "qdrant", "postgres", "redis"} <= set(services)
    env = services["aisle"]["environment"]
    assert env["QDRANT_URL"].startswith("http://qdrant:")
    assert env["DATABASE_URL"].startswith("postgresql://") and "@postgres:" in env["DATABASE_URL"]
    assert env["REDIS_URL"].startswith("redis://redis:")
