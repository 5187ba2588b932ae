"""The protocol specifications in `../shared/protocols/` (never copied into the repo).

Found beside the repository (as CI lays `shared/` out) or at `$AISLE_SHARED_DIR/protocols`. Tests
that need them skip without them, and fail in CI, where they must be present.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from tests.conftest import IN_CI

_REPO = Path(__file__).resolve().parents[2]


def protocols_dir() -> Path:
    candidates = [_REPO.parent / "shared" / "protocols"]
    if os.environ.get("AISLE_SHARED_DIR"):
        candidates.insert(0, Path(os.environ["AISLE_SHARED_DIR"]) / "protocols")
    for path in candidates:
        if path.is_dir():
            return path
    message = f"protocol specs missing (looked in {', '.join(map(str, candidates))})"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


@cache
def _ucp_registry(root: str) -> Registry[Any]:
    resources = []
    for path in Path(root).rglob("*.json"):
        schema = json.loads(path.read_text())
        if "$id" in schema:
            resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def ucp_validator(ref: str) -> Draft202012Validator:
    """A validator for a UCP schema, e.g. `shopping/cart.json` or `...lookup.json#/$defs/x`."""
    root = protocols_dir() / "ucp" / "schemas"
    registry = _ucp_registry(str(root))
    return Draft202012Validator({"$ref": f"https://ucp.dev/schemas/{ref}"}, registry=registry)


def assert_ucp(ref: str, body: Any) -> None:
    errors = sorted(ucp_validator(ref).iter_errors(body), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
