"""The server's lifespan runs the webhook sender: an order placed and canceled over REST reaches a
receiver, signed; events left over from an earlier run go out when the server starts."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from bench.webhook_receiver import Receiver
from commerce.models import PaymentMethod
from tests.api.specs import protocols_dir
from tests.commerce.acp_webhook import assert_webhook_event
from tests.commerce.samples import ADDRESS, BUYER, product

SECRET = "whsec_test_0123456789abcdef"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    protocols_dir()  # the receiver validates bodies against the spec: skip cleanly without it
    receiver = Receiver(SECRET, validate=assert_webhook_event)
    receiver.start()
    yield receiver
    receiver.stop()


def webhook_settings(settings: Settings, url: str) -> Settings:
    return Settings.model_validate(
        {
            **settings.model_dump(),
            "webhook_url": url,
            "webhook_secret": SecretStr(SECRET),
            "webhook_backoff_s": 0.05,
        }
    )


def wait_for(check: object, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_an_order_over_rest_reaches_the_receiver(settings: Settings, receiver: Receiver) -> None:
    configured = webhook_settings(settings, receiver.url)
    services = Services(configured)
    services.commerce.sync_catalog([product("tee", 2500, 5)])
    with TestClient(create_app(configured, services)) as client:
        cart = client.post("/v1/carts", json={}).json()
        client.headers["X-Thread-Token"] = cart["thread_token"]
        client.post(
            f"/v1/carts/{cart['id']}/lines",
            json={"product_id": "tee", "variant_id": "tee-v1", "quantity": 1},
        )
        session = client.post(
            "/v1/checkout_sessions",
            json={
                "cart_id": cart["id"],
                "buyer": BUYER.model_dump(mode="json"),
                "shipping_address": ADDRESS.model_dump(mode="json"),
            },
        ).json()
        done = client.post(
            f"/v1/checkout_sessions/{session['id']}/complete",
            json={"payment_token": "tok_visa", "expected_version": session["version"]},
        ).json()
        order_id = done["order_id"]
        assert client.post(f"/v1/orders/{order_id}/cancel").status_code == 200
        wait_for(lambda: len(receiver.accepted) == 2)
    assert [(a.type, a.body["data"]["id"]) for a in receiver.accepted] == [
        ("order_create", order_id),
        ("order_update", order_id),
    ]
    assert receiver.bad_signatures == 0 and receiver.invalid_bodies == []


def test_events_of_an_earlier_run_go_out_at_start(settings: Settings, receiver: Receiver) -> None:
    configured = webhook_settings(settings, receiver.url)
    earlier = Services(configured)  # an earlier run that placed an order and never sent it
    earlier.commerce.sync_catalog([product("tee", 2500, 5)])
    cart = earlier.commerce.add_to_cart(earlier.commerce.create_cart().id, "tee", "tee-v1", 1)
    session = earlier.commerce.create_checkout(cart.id, BUYER, ADDRESS)
    done = earlier.commerce.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    earlier.close()
    assert receiver.accepted == []
    with TestClient(create_app(configured, Services(configured))):
        wait_for(lambda: len(receiver.accepted) == 1)
    assert receiver.accepted[0].body["data"]["id"] == done.order_id
