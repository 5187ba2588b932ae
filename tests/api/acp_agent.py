"""An ACP agent platform for tests: every request it sends and every answer it gets is checked
against the ACP 2026-04-17 JSON Schemas in `../shared/protocols/` (`tests/api/specs.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from tests.api.http_client import HttpResponse
from tests.api.specs import assert_acp
from tests.commerce.samples import product

VERSION = "2026-04-17"
SHOP_KEY = "storefront-key-for-acp-tests-0001"
ADMIN_KEY = "admin-key-for-acp-tests-000000001"
AGENT_KEY = "agent-platform-key-for-acp-0000001"
OTHER_AGENT_KEY = "agent-platform-key-for-acp-0000002"


def card(token: str) -> dict[str, Any]:
    """ACP `PaymentData` with one of the mock provider's test tokens."""
    credential = {"type": "spt", "token": token}
    return {"handler_id": "aisle_card", "instrument": {"type": "card", "credential": credential}}


VISA = card("tok_visa")
DECLINED = card("tok_chargeDeclined")
ADDRESS = {
    "name": "Ada Lovelace", "line_one": "555 Golden Gate Avenue", "line_two": "Apt 401",
    "city": "San Francisco", "state": "CA", "country": "US", "postal_code": "94102",
}  # fmt: skip
BUYER = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}
# What each request body is, in the spec's JSON Schemas.
REQUESTS = {
    ("POST", "checkout_sessions"): "CheckoutSessionCreateRequest",
    ("POST", "checkout_sessions/{id}"): "CheckoutSessionUpdateRequest",
    ("POST", "checkout_sessions/{id}/complete"): "CheckoutSessionCompleteRequest",
    ("POST", "checkout_sessions/{id}/cancel"): "CancelSessionRequest",
    ("POST", "carts"): "cart:CartCreateRequest",
    ("PUT", "carts/{id}"): "cart:CartUpdateRequest",
}


def shop_settings(settings: Settings) -> Settings:
    keys = {
        "api_keys": [SecretStr(SHOP_KEY)],
        "admin_api_keys": [SecretStr(ADMIN_KEY)],
        "acp_keys": [SecretStr(AGENT_KEY), SecretStr(OTHER_AGENT_KEY)],
    }
    return settings.model_copy(update=keys)


def acp_shop(settings: Settings) -> Services:
    keyed = shop_settings(settings)
    services = Services(keyed)
    services.commerce.sync_catalog(
        [
            product("tee", 2500, 5, variants=2),
            product("mug", 1200, 10),
            product("rare", 900, 1),
            product("gone", 500, 0),
        ]
    )
    return services


class AcpAgent:
    """Speaks ACP with one key; `call` validates the request body and the answer."""

    def __init__(self, client: TestClient, key: str | None = AGENT_KEY) -> None:
        self.client = client
        self.key = key

    def headers(self, **extra: str) -> dict[str, str]:
        headers = {"API-Version": VERSION, **extra}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        return headers

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        expect: str | None = None,
        idempotency_key: str | None = "new",
        check_request: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """`path` under /acp; `expect` names the success schema (default: from the path).

        Every 4xx must be an ACP `Error`; every answer carries `API-Version`.
        """
        route = "/".join("{id}" if i % 2 else part for i, part in enumerate(path.split("/")))
        if body is not None and check_request:
            assert_acp(REQUESTS[method, route], body)
        sent = self.headers(**(headers or {}))
        if method != "GET" and idempotency_key is not None:
            sent["Idempotency-Key"] = (
                str(uuid.uuid4()) if idempotency_key == "new" else idempotency_key
            )
        response = self.client.request(method, f"/acp/{path}", json=body, headers=sent)
        assert response.headers.get("API-Version") == VERSION
        if response.status_code >= 400:
            assert_acp("Error", response.json())
        else:
            assert_acp(expect or success_schema(route, response.json()), response.json())
        return response

    def create_session(self, body: dict[str, Any]) -> dict[str, Any]:
        response = self.call("POST", "checkout_sessions", body)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created


def success_schema(route: str, body: dict[str, Any]) -> str:
    if route.startswith("carts"):
        return "cart:Cart"
    if route.endswith("complete") or "order" in body:
        return "CheckoutSessionWithOrder" if "order" in body else "CheckoutSession"
    return "CheckoutSession"


def items(*ids: str) -> list[dict[str, str]]:
    """The spec's `Item` has no quantity: an id named twice is two units."""
    return [{"id": item_id} for item_id in ids]


def new_session(agent: AcpAgent, *ids: str, **fields: Any) -> dict[str, Any]:
    return agent.create_session(
        {"line_items": items(*ids), "currency": "usd", "capabilities": {}, **fields}
    )
