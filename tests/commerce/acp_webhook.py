"""Validation of order webhook bodies against the ACP 2026-04-17 spec in `../shared/protocols/`.

Two checks, both read from the spec at test time (never copied into the repo): the webhook
OpenAPI's `WebhookEvent` (whose `data` composes the checkout OpenAPI's `Order` by `$ref`) and the
JSON Schema bundle's `Order`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.api.specs import protocols_dir

BASE = "https://acp.example/spec/"


@cache
def _validators(root: str) -> tuple[Draft202012Validator, Draft202012Validator]:
    folder = Path(root)
    resources = []
    for name in ("openapi.agentic_checkout_webhook.yaml", "openapi.agentic_checkout.yaml"):
        document = yaml.safe_load((folder / name).read_text())
        resources.append((BASE + name, Resource.from_contents(document, DRAFT202012)))
    registry: Registry[Any] = Registry().with_resources(resources)
    event = Draft202012Validator(
        {"$ref": BASE + "openapi.agentic_checkout_webhook.yaml#/components/schemas/WebhookEvent"},
        registry=registry,
        format_checker=FormatChecker(),
    )
    bundle = json.loads((folder / "schema.agentic_checkout.json").read_text())
    order = Draft202012Validator(
        {**bundle, "$ref": "#/$defs/Order"}, format_checker=FormatChecker()
    )
    return event, order


def assert_webhook_event(body: Any) -> None:
    """Raise AssertionError naming every place `body` breaks the spec."""
    event, order = _validators(str(protocols_dir() / "acp-2026-04-17"))
    errors = [f"{list(e.path)}: {e.message}" for e in event.iter_errors(body)]
    errors += [f"data{list(e.path)}: {e.message}" for e in order.iter_errors(body.get("data"))]
    permalink = urlparse(str(body.get("data", {}).get("permalink_url", "")))
    if permalink.scheme not in ("http", "https") or not permalink.netloc:
        errors.append("data.permalink_url is not an absolute URL")
    assert not errors, "\n".join(errors[:10])
