"""ACP's protocol rules under /acp: API-Version, Idempotency-Key, who may see what, discovery."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from api.app import create_app
from tests.api.acp_agent import (
    ADDRESS,
    ADMIN_KEY,
    BUYER,
    OTHER_AGENT_KEY,
    SHOP_KEY,
    VISA,
    AcpAgent,
    items,
    new_session,
)
from tests.api.specs import assert_acp

CREATE = {"line_items": items("mug"), "currency": "usd", "capabilities": {}}


def test_api_version_is_required_and_checked(acp_client: TestClient) -> None:
    agent = AcpAgent(acp_client)
    missing = acp_client.get(
        "/acp/checkout_sessions/cs_x", headers={"Authorization": f"Bearer {agent.key}"}
    )
    assert missing.status_code == 400 and missing.json()["code"] == "api_version_required"
    assert_acp("Error", missing.json())
    old = agent.call("GET", "checkout_sessions/cs_x", headers={"API-Version": "2025-09-29"})
    assert old.status_code == 400
    assert old.json()["code"] == "unsupported_api_version"
    assert old.json()["supported_versions"] == ["2026-04-17"]
    assert old.headers["API-Version"] == "2026-04-17"
    echoed = agent.call("GET", "checkout_sessions/cs_x", headers={"Request-Id": "req_123"})
    assert echoed.headers["Request-Id"] == "req_123"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "checkout_sessions", CREATE),
        ("POST", "checkout_sessions/{id}", {"buyer": BUYER}),
        ("POST", "checkout_sessions/{id}/complete", {"payment_data": VISA}),
        ("POST", "checkout_sessions/{id}/cancel", None),
        ("POST", "carts", {"line_items": items("mug")}),
        ("PUT", "carts/{cart}", {"line_items": items("mug")}),
        ("POST", "carts/{cart}/cancel", None),
    ],
)
def test_every_write_needs_an_idempotency_key(
    acp_client: TestClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    agent = AcpAgent(acp_client)
    session = new_session(agent, "mug")
    cart = agent.call("POST", "carts", {"line_items": items("mug")}).json()
    target = path.format(id=session["id"], cart=cart["id"])
    refused = agent.call(method, target, body, idempotency_key=None)
    assert refused.status_code == 400
    assert refused.json() == {
        "type": "invalid_request",
        "code": "idempotency_key_required",
        "message": "Idempotency-Key header is required",
    }


def test_a_repeated_key_replays_and_a_changed_body_conflicts(
    acp_client: TestClient, acp_services: Services
) -> None:
    agent = AcpAgent(acp_client)
    first = agent.call("POST", "checkout_sessions", CREATE, idempotency_key="key-1")
    again = agent.call("POST", "checkout_sessions", CREATE, idempotency_key="key-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert again.headers["Idempotency-Key"] == "key-1"
    other = {**CREATE, "line_items": items("mug", "mug")}
    conflict = agent.call("POST", "checkout_sessions", other, idempotency_key="key-1")
    assert conflict.status_code == 422 and conflict.json()["code"] == "idempotency_conflict"
    # Keys are the agent's own: another agent's same key is another request.
    theirs = AcpAgent(acp_client, OTHER_AGENT_KEY).call(
        "POST", "checkout_sessions", CREATE, idempotency_key="key-1"
    )
    assert theirs.status_code == 201 and theirs.json()["id"] != first.json()["id"]

    session = first.json()["id"]
    ready = {"buyer": BUYER, "fulfillment_details": {"address": ADDRESS}}
    agent.call("POST", f"checkout_sessions/{session}", ready)
    paid = agent.call(
        "POST",
        f"checkout_sessions/{session}/complete",
        {"payment_data": VISA},
        idempotency_key="pay",
    )
    replay = agent.call(
        "POST",
        f"checkout_sessions/{session}/complete",
        {"payment_data": VISA},
        idempotency_key="pay",
    )
    assert replay.json()["order"]["id"] == paid.json()["order"]["id"]
    assert len(acp_services.commerce.get_order(paid.json()["order"]["id"]).line_items) == 1


def test_a_key_still_running_is_in_flight_with_retry_after(
    acp_client: TestClient, acp_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent = AcpAgent(acp_client)
    entered, release = threading.Event(), threading.Event()
    open_checkout = acp_services.commerce.open_checkout

    def slow_open(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        assert release.wait(30)
        return open_checkout(*args, **kwargs)

    monkeypatch.setattr(acp_services.commerce, "open_checkout", slow_open)
    answers: list[Any] = []
    first = threading.Thread(
        target=lambda: answers.append(
            agent.call("POST", "checkout_sessions", CREATE, idempotency_key="slow")
        )
    )
    first.start()
    try:
        assert entered.wait(30)
        busy = agent.call("POST", "checkout_sessions", CREATE, idempotency_key="slow")
    finally:
        release.set()
        first.join(30)
    assert busy.status_code == 409 and busy.json()["code"] == "idempotency_in_flight"
    assert int(busy.headers["Retry-After"]) >= 1
    assert answers[0].status_code == 201
    # The first request finished: the same key now replays it.
    replay = agent.call("POST", "checkout_sessions", CREATE, idempotency_key="slow")
    assert replay.json()["id"] == answers[0].json()["id"]


def test_each_agent_sees_only_its_own(acp_client: TestClient) -> None:
    mine = AcpAgent(acp_client)
    session = new_session(mine, "mug")
    cart = mine.call("POST", "carts", {"line_items": items("mug")}).json()
    stranger = AcpAgent(acp_client, OTHER_AGENT_KEY)
    for method, path, body in [
        ("GET", f"checkout_sessions/{session['id']}", None),
        ("POST", f"checkout_sessions/{session['id']}", {"buyer": BUYER}),
        ("POST", f"checkout_sessions/{session['id']}/complete", {"payment_data": VISA}),
        ("POST", f"checkout_sessions/{session['id']}/cancel", None),
        ("GET", f"carts/{cart['id']}", None),
        ("PUT", f"carts/{cart['id']}", {"line_items": items("mug", "mug")}),
        ("POST", f"carts/{cart['id']}/cancel", None),
    ]:
        refused = stranger.call(method, path, body)
        assert refused.status_code == 404, (method, path)
        assert refused.json()["code"] == "not_found"
    assert mine.call("GET", f"checkout_sessions/{session['id']}").json()["status"] != "canceled"
    assert (
        AcpAgent(acp_client, ADMIN_KEY)
        .call("GET", f"checkout_sessions/{session['id']}")
        .status_code
        == 200
    )

    storefront = AcpAgent(acp_client, SHOP_KEY).call("GET", f"checkout_sessions/{session['id']}")
    assert storefront.status_code == 403 and storefront.json()["code"] == "acp_key_required"
    nobody = AcpAgent(acp_client, None).call("GET", f"checkout_sessions/{session['id']}")
    assert nobody.status_code == 401 and nobody.json()["type"] == "invalid_request"
    wrong = AcpAgent(acp_client, "not-a-key-of-this-store-0000").call(
        "POST", "checkout_sessions", CREATE
    )
    assert wrong.status_code == 401
    # The storefront API cannot reach an agent's session either (it has no conversation).
    v1 = acp_client.get(f"/v1/checkout_sessions/{session['id']}", headers={"X-API-Key": SHOP_KEY})
    assert v1.status_code == 404


def test_discovery_document(acp_client: TestClient) -> None:
    response = acp_client.get("/.well-known/acp.json")
    assert response.status_code == 200
    document = response.json()
    assert_acp("DiscoveryResponse", document)
    assert (
        document["protocol"]["supported_versions"][-1]
        == document["protocol"]["version"]
        == "2026-04-17"
    )
    assert document["api_base_url"] == "http://testserver/acp"
    assert document["transports"] == ["rest"]
    assert set(document["capabilities"]["services"]) == {"checkout", "carts"}
    assert document["capabilities"]["supported_currencies"] == ["usd"]


def test_discovery_lists_orders_only_when_order_webhooks_are_sent(
    acp_client: TestClient, acp_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_hook = acp_services.settings.model_copy(
        update={"webhook_url": "https://agent.example/hooks/acp"}
    )
    monkeypatch.setattr(acp_services, "settings", with_hook)
    document = acp_client.get("/.well-known/acp.json").json()
    assert_acp("DiscoveryResponse", document)
    assert set(document["capabilities"]["services"]) == {"checkout", "carts", "orders"}


def test_refusals_at_the_edge_speak_acp_too(acp_services: Services) -> None:
    """A body over the limit (413) and a rate limit (429) come from the app's edge, before any
    ACP route: they still answer ACP's Error, with API-Version."""
    settings = acp_services.settings.model_copy(
        update={"max_body_bytes": 2048, "rate_limit_per_key": "3/hour"}
    )
    with TestClient(create_app(settings, acp_services)) as client:
        agent = AcpAgent(client)
        big = {**CREATE, "line_items": items(*["mug"] * 400)}
        too_large = agent.call("POST", "checkout_sessions", big)
        assert too_large.status_code == 413 and too_large.json()["code"] == "body_too_large"
        statuses = [agent.call("GET", "checkout_sessions/cs_x").status_code for _ in range(3)]
        assert statuses[-1] == 429
        assert agent.call("GET", "checkout_sessions/cs_x").json()["type"] == "invalid_request"
