"""`POST /v1/chat`: the stable response shape, photos as data URLs, one order per confirmation."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.agent.shop import SHOE_PHOTO, FakeVision, open_shop
from tests.agent.talk import BUYER
from tests.api.threads import TOKENS, remember, token_headers


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    shop = open_shop(settings)
    services = Services(settings)
    services.__dict__.update(
        index=shop.search.index, search=shop.search, commerce=shop.commerce, vision=FakeVision()
    )
    with TestClient(create_app(settings, services)) as client:
        yield client


def say(client: TestClient, message: str, thread_id: str | None = None, **extra: Any) -> Any:
    body = {"thread_id": thread_id, "message": message, **extra}
    response = client.post("/v1/chat", json=body, headers=token_headers(thread_id))
    assert response.status_code == 200, response.text
    return remember(response.json())


def test_response_shape(client: TestClient) -> None:
    found = say(client, "trail running shoes under $120")
    assert set(found) == {
        "thread_id",
        "thread_token",
        "reply",
        "products",
        "cart",
        "awaiting_confirmation",
        "order",
        "checkout",
    }
    assert found["thread_id"] and found["thread_id"] in TOKENS  # created when missing
    first = found["products"][0]
    assert set(first) >= {"id", "title", "price"}
    assert first["price"]["currency"] == "USD" and first["price"]["amount"] <= 12000
    assert found["cart"] is None and found["order"] is None and found["checkout"] is None

    added = say(client, "add the first one in blue, size 10", found["thread_id"])
    line = added["cart"]["lines"][0]
    assert added["thread_id"] == found["thread_id"]
    assert added["thread_token"] is None, "the token is shown once, when the thread starts"
    assert set(line) >= {"product_id", "variant_id", "quantity", "unit_price"}
    assert (line["product_id"], line["quantity"]) == (first["id"], 1)
    assert line["unit_price"] == first["price"]
    assert added["cart"]["subtotal"] == first["price"]

    say(client, "check out", found["thread_id"])
    summary = say(client, BUYER, found["thread_id"])
    assert summary["awaiting_confirmation"] is True and summary["order"] is None
    checkout = summary["checkout"]  # what the confirmation card shows: the amount charged
    assert checkout["total"] == first["price"]  # free shipping over $50, no tax
    assert checkout["shipping"] == {"amount": 0, "currency": "USD"}
    assert [(li["title"], li["quantity"]) for li in checkout["lines"]] == [(first["title"], 1)]
    placed = say(client, "", found["thread_id"], resume={"approved": True})
    assert placed["order"]["total"] == first["price"]  # free shipping over $50, no tax
    assert placed["order"]["lines"][0]["variant_id"] == line["variant_id"]
    assert placed["awaiting_confirmation"] is False


def test_a_photo_arrives_as_a_data_url(client: TestClient) -> None:
    url = "data:image/png;base64," + base64.b64encode(SHOE_PHOTO).decode()
    turn = say(client, "something like this?", image=url)
    assert [p["id"] for p in turn["products"]] == ["TRL2", "TRL1"]


def test_an_empty_request_is_refused(client: TestClient) -> None:
    response = client.post("/v1/chat", json={"message": "  "})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_message"


def test_duplicate_and_concurrent_confirmations_place_one_order(client: TestClient) -> None:
    thread = say(client, "daypack")["thread_id"]
    for message in ("add the first one", "check out", BUYER):
        say(client, message, thread)
    with ThreadPoolExecutor(max_workers=3) as pool:
        answers = list(pool.map(lambda _: say(client, "yes", thread), range(3)))
    again = say(client, "", thread, resume={"approved": True})
    orders = {a["order"]["id"] for a in [*answers, again] if a["order"]}
    assert len(orders) == 1
    services = client.app.state.services  # type: ignore[attr-defined]
    assert len(services.commerce.orders_for_thread(thread)) == 1
