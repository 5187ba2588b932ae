"""Cart, checkout and order routes: full state in every reply, clear 4xx errors, idempotency."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.commerce.samples import ADDRESS, BUYER, product

BUYER_JSON = BUYER.model_dump(mode="json")
ADDRESS_JSON = ADDRESS.model_dump(mode="json")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    services = Services(settings)
    services.commerce.sync_catalog([product("tee", 2500, 5, variants=2), product("mug", 1200)])
    with TestClient(create_app(settings, services)) as client:
        yield client


def new_cart(client: TestClient, quantity: int = 2) -> dict[str, Any]:
    """A new conversation's cart; the client then speaks for that conversation (its token)."""
    cart = client.post("/v1/carts", json={}).json()
    assert cart["thread_id"].startswith("th_") and cart["thread_token"]
    client.headers["X-Thread-Token"] = cart["thread_token"]
    response = client.post(
        f"/v1/carts/{cart['id']}/lines",
        json={"product_id": "tee", "variant_id": "tee-v1", "quantity": quantity},
    )
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def ready_session(client: TestClient, **headers: str) -> dict[str, Any]:
    cart = new_cart(client)
    response = client.post(
        "/v1/checkout_sessions",
        json={"cart_id": cart["id"], "buyer": BUYER_JSON, "shipping_address": ADDRESS_JSON},
        headers=headers,
    )
    assert response.status_code == 201
    body: dict[str, Any] = response.json()
    return body


def test_cart_lines_lifecycle(client: TestClient) -> None:
    cart = new_cart(client)
    assert cart["subtotal"] == {"amount": 5000, "currency": "USD"}
    again = client.post("/v1/carts", json={"thread_id": cart["thread_id"]}).json()
    assert again["id"] == cart["id"] and again["item_count"] == 2
    assert again["thread_token"] is None, "the token is shown once"
    line_id = cart["lines"][0]["id"]
    patched = client.patch(f"/v1/carts/{cart['id']}/lines/{line_id}", json={"quantity": 3}).json()
    assert patched["lines"][0]["quantity"] == 3 and patched["subtotal"]["amount"] == 7500
    removed = client.delete(f"/v1/carts/{cart['id']}/lines/{line_id}").json()
    assert removed["lines"] == []
    client.post(f"/v1/carts/{cart['id']}/lines", json={"product_id": "mug", "variant_id": "mug-v1"})
    assert client.delete(f"/v1/carts/{cart['id']}/lines").json()["item_count"] == 0
    assert client.get(f"/v1/carts/{cart['id']}").json()["lines"] == []


def test_errors_have_one_shape(client: TestClient) -> None:
    missing = client.get("/v1/carts/cart_nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    cart = new_cart(client)
    too_many = client.post(
        f"/v1/carts/{cart['id']}/lines",
        json={"product_id": "tee", "variant_id": "tee-v1", "quantity": 4},
    )
    assert too_many.status_code == 409
    assert too_many.json() == {
        "error": {"code": "out_of_stock", "message": "only 5 of Product tee (1) left"}
    }


def test_checkout_to_order_and_cancel(client: TestClient) -> None:
    session = ready_session(client)
    assert session["status"] == "ready_for_payment"
    totals = {t["type"]: t["amount"]["amount"] for t in session["totals"]}
    assert totals == {"subtotal": 5000, "shipping": 0, "tax": 0, "total": 5000}
    done = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={
            "card": {"number": "4242 4242 4242 4242", "exp": "12/34", "cvc": "123"},
            "expected_total": {"amount": 5000, "currency": "USD"},
            "expected_version": session["version"],
        },
    )
    assert done.status_code == 200 and done.json()["status"] == "completed"
    order_id = done.json()["order_id"]
    order = client.get(f"/v1/orders/{order_id}").json()
    assert order["payment"]["last4"] == "4242" and "4242424242424242" not in str(order)
    listed = client.get("/v1/orders", headers={"X-Thread-Id": session["thread_id"]}).json()
    assert [o["id"] for o in listed] == [order_id]
    canceled = client.post(f"/v1/orders/{order_id}/cancel").json()
    assert canceled["status"] == "canceled"
    closed = client.post(f"/v1/checkout_sessions/{session['id']}", json={"buyer": BUYER_JSON})
    assert closed.status_code == 409 and closed.json()["error"]["code"] == "checkout_closed"


def test_declined_completion_is_200_with_a_message(client: TestClient) -> None:
    session = ready_session(client)
    declined = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={"payment_token": "tok_chargeDeclinedInsufficientFunds", "expected_version": 1},
    )
    assert declined.status_code == 200
    body = declined.json()
    assert body["status"] == "ready_for_payment" and body["order_id"] is None
    assert [m["code"] for m in body["messages"]] == ["payment_declined"]


def test_bad_card_is_422(client: TestClient) -> None:
    session = ready_session(client)
    response = client.post(
        f"/v1/checkout_sessions/{session['id']}/complete",
        json={
            "card": {"number": "4242424242424241", "exp": "12/34", "cvc": "123"},
            "expected_version": 1,
        },
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_payment_method"


def test_idempotency_key_replays_and_conflicts(client: TestClient) -> None:
    first = ready_session(client, **{"Idempotency-Key": "create-abc"})
    cart_id = first["cart_id"]
    body = {"cart_id": cart_id, "buyer": BUYER_JSON, "shipping_address": ADDRESS_JSON}
    replay = client.post(
        "/v1/checkout_sessions", json=body, headers={"Idempotency-Key": "create-abc"}
    )
    assert replay.json() == first
    changed = client.post(
        "/v1/checkout_sessions",
        json={"cart_id": cart_id},
        headers={"Idempotency-Key": "create-abc"},
    )
    assert changed.status_code == 409
    assert changed.json()["error"]["code"] == "idempotency_conflict"
    pay = {"payment_token": "tok_visa", "expected_version": first["version"]}
    url = f"/v1/checkout_sessions/{first['id']}/complete"
    one = client.post(url, json=pay, headers={"Idempotency-Key": "pay-1"}).json()
    two = client.post(url, json=pay, headers={"Idempotency-Key": "pay-1"}).json()
    assert one["order_id"] == two["order_id"] is not None


def test_update_and_cancel_session(client: TestClient) -> None:
    cart = new_cart(client)
    session = client.post("/v1/checkout_sessions", json={"cart_id": cart["id"]}).json()
    assert session["status"] == "not_ready_for_payment"
    updated = client.post(
        f"/v1/checkout_sessions/{session['id']}",
        json={
            "buyer": BUYER_JSON,
            "shipping_address": ADDRESS_JSON,
            "items": [{"product_id": "tee", "variant_id": "tee-v2", "quantity": 1}],
        },
    ).json()
    assert updated["status"] == "ready_for_payment"
    assert [li["variant_id"] for li in updated["line_items"]] == ["tee-v2"]
    assert client.get(f"/v1/checkout_sessions/{session['id']}").json() == updated
    canceled = client.post(f"/v1/checkout_sessions/{session['id']}/cancel").json()
    assert canceled["status"] == "canceled"
