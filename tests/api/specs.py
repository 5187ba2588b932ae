"""The protocol specifications in `../shared/protocols/` (never copied into the repo).

Found beside the repository (as CI lays `shared/` out) or at `$AISLE_SHARED_DIR/protocols`. Tests
that need them skip without them, and fail in CI, where they must be present.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
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


ACP_DIR = "acp-2026-04-17"
ACP_CHECKOUT = "https://example.com/schemas/agentic-checkout/bundle.schema.json"
ACP_CART = "https://example.com/schemas/cart/bundle.schema.json"


def _date_time(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value.upper():
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def _uri(value: object) -> bool:
    return isinstance(value, str) and bool(urlsplit(value).scheme) and " " not in value


def acp_format_checker() -> FormatChecker:
    """jsonschema's checkers plus RFC 3339 date-times and absolute URIs (not installed here)."""
    checker = FormatChecker()
    checker.checks("date-time")(_date_time)
    checker.checks("uri")(_uri)
    return checker


@cache
def _acp_registry(root: str) -> Registry[Any]:
    checkout = json.loads((Path(root) / "schema.agentic_checkout.json").read_text())
    cart = json.loads((Path(root) / "schema.cart.json").read_text())
    return Registry().with_resources(
        [
            (ACP_CHECKOUT, Resource.from_contents(checkout)),
            (ACP_CART, Resource.from_contents(cart)),
            # schema.cart.json names its neighbour relatively: resolved against its own $id.
            (urljoin(ACP_CART, "schema.agentic_checkout.json"), Resource.from_contents(checkout)),
        ]
    )


def acp_validator(definition: str) -> Draft202012Validator:
    """A validator for one ACP definition: `CheckoutSession`, `Error`, `cart:Cart`, ..."""
    registry = _acp_registry(str(protocols_dir() / ACP_DIR))
    bundle, _, name = definition.rpartition(":")
    base = ACP_CART if bundle == "cart" else ACP_CHECKOUT
    return Draft202012Validator(
        {"$ref": f"{base}#/$defs/{name}"}, registry=registry, format_checker=acp_format_checker()
    )


def assert_acp(definition: str, body: Any) -> None:
    errors = sorted(acp_validator(definition).iter_errors(body), key=lambda e: list(e.path))
    assert not errors, f"not an ACP {definition}:\n" + "\n".join(
        f"{list(e.path)}: {e.message[:300]}" for e in errors[:10]
    )
