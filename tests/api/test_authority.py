"""Per-shopper authority: every route about a conversation × own/other shopper × storefront/admin.

Alice and Mallory share the public storefront key; Mallory knows Alice's ids. Only Alice's thread
token (or the admin key) reaches Alice's conversation, cart, checkout sessions and orders.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import FakeVision, open_shop
from tests.commerce.samples import ADDRESS, BUYER, product

SHOP_KEY = "storefront-key-in-page-source"
ADMIN_KEY = "admin-key-kept-on-the-server"
MALLORY_ADDRESS = ADDRESS.model_copy(update={"name": "Mallory", "line_one": "1 Drop Box Lane"})
TEE = {"product_id": "tee", "variant_id": "tee-v1", "quantity": 1}  # never runs out


def shop_client(
    data_dir: Path,
    *,
    api_keys: list[SecretStr] | None = None,
    admin_api_keys: list[SecretStr] | None = None,
) -> TestClient:
    # The matrix sends a few hundred requests from one address within seconds; rate limits have
    # their own tests (test_rate_limits.py), so they are lifted here.
    settings = Settings(  # type: ignore[call-arg]
        data_dir=data_dir,
        _env_file=None,
        rate_limit_per_address="100000/second",
        rate_limit_auth_failures="100000/second",
        api_keys=api_keys or [],
        admin_api_keys=admin_api_keys or [],
    )
    shop = open_shop(settings)
    shop.commerce.sync_catalog([product("tee", 2500, stock=None)])
    services = Services(settings)
    services.__dict__.update(
        index=shop.search.index, search=shop.search, commerce=shop.commerce, vision=FakeVision()
    )
    return TestClient(create_app(settings, services))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("data")
    shop_keys, admin_keys = [SecretStr(SHOP_KEY)], [SecretStr(ADMIN_KEY)]
    with shop_client(data_dir, api_keys=shop_keys, admin_api_keys=admin_keys) as client:
        yield client


@dataclass
class World:
    """One shopper's conversation: a cart with a line, an open ready session, a placed order."""

    thread_id: str
    token: str
    cart_id: str
    line_id: str
    session: dict[str, Any]
    order_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"X-API-Key": SHOP_KEY, "X-Thread-Token": self.token}


def ok(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    return response.json()


def start_shopping(client: TestClient, key: str = SHOP_KEY) -> World:
    cart = ok(client.post("/v1/carts", json={}, headers={"X-API-Key": key}))
    thread_id, token = cart["thread_id"], cart["thread_token"]
    mine = {"X-API-Key": key, "X-Thread-Token": token}
    details = {"buyer": BUYER.model_dump(mode="json"), "shipping_address": ADDRESS.model_dump()}

    def ready_session() -> dict[str, Any]:
        ok(client.post(f"/v1/carts/{cart['id']}/lines", json=TEE, headers=mine))
        body = {"cart_id": cart["id"], **details}
        session: dict[str, Any] = ok(client.post("/v1/checkout_sessions", json=body, headers=mine))
        assert session["status"] == "ready_for_payment"
        return session

    paid = ready_session()
    pay = {"payment_token": "tok_visa", "expected_version": paid["version"]}
    done = ok(client.post(f"/v1/checkout_sessions/{paid['id']}/complete", json=pay, headers=mine))
    assert done["status"] == "completed"
    session = ready_session()
    line_id = session_cart(client, cart["id"], mine)["lines"][0]["id"]
    return World(thread_id, token, cart["id"], line_id, session, done["order_id"])


def session_cart(client: TestClient, cart_id: str, headers: dict[str, str]) -> dict[str, Any]:
    cart: dict[str, Any] = ok(client.get(f"/v1/carts/{cart_id}", headers=headers))
    return cart


def request_about(world: World, route: str) -> tuple[str, str, dict[str, Any]]:
    """(method, url, json or {}) of one route family's call about `world`'s conversation."""
    session_url = f"/v1/checkout_sessions/{world.session['id']}"
    chat = {"thread_id": world.thread_id, "message": "show me daypacks"}
    requests: dict[str, tuple[str, str, dict[str, Any]]] = {
        "chat": ("POST", "/v1/chat", chat),
        "chat_stream": ("POST", "/v1/chat/stream", chat),
        "open_cart": ("POST", "/v1/carts", {"thread_id": world.thread_id}),
        "get_cart": ("GET", f"/v1/carts/{world.cart_id}", {}),
        "add_line": ("POST", f"/v1/carts/{world.cart_id}/lines", TEE),
        "set_line": ("PATCH", f"/v1/carts/{world.cart_id}/lines/{world.line_id}", {"quantity": 2}),
        "remove_line": ("DELETE", f"/v1/carts/{world.cart_id}/lines/{world.line_id}", {}),
        "clear_cart": ("DELETE", f"/v1/carts/{world.cart_id}/lines", {}),
        "create_session": ("POST", "/v1/checkout_sessions", {"cart_id": world.cart_id}),
        "get_session": ("GET", session_url, {}),
        "update_session": (
            "POST",
            session_url,
            {"shipping_address": MALLORY_ADDRESS.model_dump()},
        ),
        "complete_session": (
            "POST",
            f"{session_url}/complete",
            {"payment_token": "tok_visa", "expected_version": world.session["version"]},
        ),
        "cancel_session": ("POST", f"{session_url}/cancel", {}),
        "list_orders": ("GET", "/v1/orders", {}),
        "get_order": ("GET", f"/v1/orders/{world.order_id}", {}),
        "cancel_order": ("POST", f"/v1/orders/{world.order_id}/cancel", {}),
    }
    return requests[route]


# Naming the conversation itself is 403 without its token; naming one of its objects is 404.
THREAD_ROUTES = {"chat": 403, "chat_stream": 403, "open_cart": 403, "list_orders": 403}
OBJECT_ROUTES = dict.fromkeys(
    [
        "get_cart",
        "add_line",
        "set_line",
        "remove_line",
        "clear_cart",
        "create_session",
        "get_session",
        "update_session",
        "complete_session",
        "cancel_session",
        "get_order",
        "cancel_order",
    ],
    404,
)
REFUSED = THREAD_ROUTES | OBJECT_ROUTES


def send(client: TestClient, world: World, route: str, headers: dict[str, str]) -> Any:
    method, url, body = request_about(world, route)
    if route == "list_orders":
        headers = headers | {"X-Thread-Id": world.thread_id}
    return client.request(method, url, json=body or None, headers=headers)


def snapshot(client: TestClient, world: World) -> dict[str, Any]:
    """Everything of the conversation, read with the admin key."""
    admin = {"X-API-Key": ADMIN_KEY}
    agent = client.app.state.services.agent  # type: ignore[attr-defined]
    return {
        "cart": ok(client.get(f"/v1/carts/{world.cart_id}", headers=admin)),
        "session": ok(client.get(f"/v1/checkout_sessions/{world.session['id']}", headers=admin)),
        "order": ok(client.get(f"/v1/orders/{world.order_id}", headers=admin)),
        "orders": ok(client.get("/v1/orders", headers=admin | {"X-Thread-Id": world.thread_id})),
        "conversation": agent.history(world.thread_id),
    }


@pytest.mark.parametrize("route", sorted(REFUSED))
@pytest.mark.parametrize("caller", ["own", "other_shopper", "no_token", "admin"])
def test_authority_matrix(client: TestClient, route: str, caller: str) -> None:
    alice = start_shopping(client)
    mallory = start_shopping(client)
    headers = {
        "own": alice.headers,
        "other_shopper": mallory.headers,  # the same public key, her own valid token
        "no_token": {"X-API-Key": SHOP_KEY},
        "admin": {"X-API-Key": ADMIN_KEY},
    }[caller]
    before = snapshot(client, alice)
    response = send(client, alice, route, headers)
    if caller in ("own", "admin"):
        assert response.status_code in (200, 201), response.text
        return
    assert response.status_code == REFUSED[route], response.text
    expected = "not_found" if REFUSED[route] == 404 else "thread_token_invalid"
    assert response.json()["error"]["code"] == expected
    assert ADDRESS.line_one not in response.text and BUYER.email not in response.text
    assert snapshot(client, alice) == before, "a refused request changed nothing"


def test_a_refusal_looks_like_a_missing_object(client: TestClient) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    theirs = client.get(f"/v1/orders/{alice.order_id}", headers=mallory.headers)
    missing = client.get("/v1/orders/ord_000000000000000000000000", headers=mallory.headers)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json()["error"]["code"] == missing.json()["error"]["code"] == "not_found"


# Defect 6 of issue 10, one reproduction each: Mallory has the public key and Alice's ids.


def test_reading_anothers_cart_by_thread_id_is_refused(client: TestClient) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    response = client.post(
        "/v1/carts", json={"thread_id": alice.thread_id}, headers=mallory.headers
    )
    assert response.status_code == 403
    assert alice.cart_id not in response.text


def test_listing_anothers_orders_reveals_no_personal_data(client: TestClient) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    response = client.get("/v1/orders", headers=mallory.headers | {"X-Thread-Id": alice.thread_id})
    assert response.status_code == 403
    for secret in (BUYER.name, BUYER.email, ADDRESS.line_one, "4242", alice.order_id):
        assert secret not in response.text
    mine = client.get("/v1/orders", headers=alice.headers | {"X-Thread-Id": alice.thread_id})
    assert [o["id"] for o in mine.json()] == [alice.order_id]


def test_changing_anothers_shipping_address_is_refused_and_ships_to_the_shopper(
    client: TestClient,
) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    url = f"/v1/checkout_sessions/{alice.session['id']}"
    hijack = {"shipping_address": MALLORY_ADDRESS.model_dump()}
    assert client.post(url, json=hijack, headers=mallory.headers).status_code == 404
    pay = {"payment_token": "tok_visa", "expected_version": alice.session["version"]}
    done = ok(client.post(f"{url}/complete", json=pay, headers=alice.headers))
    order = ok(client.get(f"/v1/orders/{done['order_id']}", headers=alice.headers))
    assert order["shipping_address"] == ADDRESS.model_dump()


def test_canceling_anothers_order_is_refused_and_nothing_is_refunded(client: TestClient) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    url = f"/v1/orders/{alice.order_id}"
    assert client.post(f"{url}/cancel", headers=mallory.headers).status_code == 404
    order = ok(client.get(url, headers=alice.headers))
    assert order["status"] == "placed" and order["payment"]["refunded"] is False


def test_posting_into_anothers_conversation_is_refused(client: TestClient) -> None:
    alice, mallory = start_shopping(client), start_shopping(client)
    agent = client.app.state.services.agent  # type: ignore[attr-defined]
    said = ok(
        client.post(
            "/v1/chat",
            json={"thread_id": alice.thread_id, "message": "show me daypacks"},
            headers=alice.headers,
        )
    )
    assert said["thread_token"] is None, "the token is returned once, when the thread starts"
    before = agent.history(alice.thread_id)
    body = {"thread_id": alice.thread_id, "message": "add the first one"}
    for path in ("/v1/chat", "/v1/chat/stream"):
        response = client.post(path, json=body, headers=mallory.headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "thread_token_invalid"
    assert agent.history(alice.thread_id) == before


@pytest.mark.parametrize("thread_id", ["1", "thread-1", "th_000000000000000000000000"])
def test_client_chosen_thread_ids_are_refused(client: TestClient, thread_id: str) -> None:
    shopper = {"X-API-Key": SHOP_KEY}
    for method, url, body, headers in [
        ("POST", "/v1/chat", {"thread_id": thread_id, "message": "hi"}, shopper),
        ("POST", "/v1/chat/stream", {"thread_id": thread_id, "message": "hi"}, shopper),
        ("POST", "/v1/carts", {"thread_id": thread_id}, shopper),
        ("GET", "/v1/orders", None, shopper | {"X-Thread-Id": thread_id}),
    ]:
        response = client.request(method, url, json=body, headers=headers)
        assert response.status_code == 422, (url, response.text)
        assert response.json()["error"]["code"] == "unknown_thread"


def test_the_admin_key_may_name_any_thread(client: TestClient) -> None:
    admin = {"X-API-Key": ADMIN_KEY}
    body = {"thread_id": "support-ticket-7", "message": "show me daypacks"}
    turn = ok(client.post("/v1/chat", json=body, headers=admin))
    assert turn["thread_id"] == "support-ticket-7" and turn["thread_token"] is None
    again = client.post("/v1/chat", json=body, headers={"X-API-Key": SHOP_KEY})
    assert again.status_code == 422, "no token exists for it: storefront keys never reach it"


def test_no_access_granting_id_travels_in_a_query_string(client: TestClient) -> None:
    alice = start_shopping(client)
    response = client.get(
        "/v1/orders", params={"thread_id": alice.thread_id}, headers=alice.headers
    )
    assert response.status_code == 422, "the thread id goes in X-Thread-Id, not the URL"
    assert alice.order_id not in response.text
    spec = ok(client.get("/openapi.json", headers={"X-API-Key": SHOP_KEY}))
    in_query = {
        (path, param["name"])
        for path, operations in spec["paths"].items()
        for operation in operations.values()
        for param in operation.get("parameters", [])
        if param["in"] == "query" and ("thread" in param["name"] or "token" in param["name"])
    }
    assert in_query == set()


def test_completion_refuses_a_session_changed_after_the_shopper_saw_it(
    client: TestClient,
) -> None:
    alice = start_shopping(client)
    url = f"/v1/checkout_sessions/{alice.session['id']}"
    seen = alice.session["version"]
    gift = ADDRESS.model_copy(update={"line_one": "99 Elsewhere Rd"}).model_dump()
    changed = ok(client.post(url, json={"shipping_address": gift}, headers=alice.headers))
    assert changed["version"] == seen + 1 and changed["totals"] == alice.session["totals"]
    stale = {
        "payment_token": "tok_visa",
        "expected_total": alice.session["totals"][-1]["amount"],
        "expected_version": seen,
    }
    refused = client.post(f"{url}/complete", json=stale, headers=alice.headers)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "session_changed"
    assert ok(client.get(url, headers=alice.headers))["order_id"] is None, "nothing was charged"
    current = stale | {"expected_version": changed["version"]}
    done = ok(client.post(f"{url}/complete", json=current, headers=alice.headers))
    assert done["status"] == "completed"


def test_completion_needs_the_approved_version(client: TestClient) -> None:
    alice = start_shopping(client)
    url = f"/v1/checkout_sessions/{alice.session['id']}/complete"
    response = client.post(url, json={"payment_token": "tok_visa"}, headers=alice.headers)
    assert response.status_code == 422
    assert "expected_version" in response.json()["error"]["message"]


def test_without_keys_loopback_callers_are_shoppers_not_admins(tmp_path: Path) -> None:
    with shop_client(tmp_path) as local:
        alice = start_shopping(local)
        other = local.post("/v1/carts", json={}).json()["thread_token"]
        theirs = local.get(f"/v1/carts/{alice.cart_id}", headers={"X-Thread-Token": other})
        assert theirs.status_code == 404
        assert local.get(f"/v1/carts/{alice.cart_id}").status_code == 404
        mine = local.get(f"/v1/carts/{alice.cart_id}", headers={"X-Thread-Token": alice.token})
        assert mine.status_code == 200
        chosen = local.post("/v1/chat", json={"thread_id": "1", "message": "hi"})
        assert chosen.status_code == 422
