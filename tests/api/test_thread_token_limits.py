"""A thread token cannot be guessed at speed: refused tokens count as failed authentications."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder

STORE_KEY = "storefront-key-0123456789"
ADMIN_KEY = "admin-key-abcdefghijklmnop"
ALICE = ("198.51.100.1", 40000)
MALLORY = ("203.0.113.9", 40000)
WRONG = "not-the-token-0000000000"


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    configured = settings.model_copy(
        update={
            "api_keys": [SecretStr(STORE_KEY)],
            "admin_api_keys": [SecretStr(ADMIN_KEY)],
            "rate_limit_auth_failures": "3/hour",
            "rate_limit_per_address": "1000/minute",
            "image_vectors": False,
        }
    )
    services = Services(configured)
    services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test
    app = create_app(configured, services)
    with TestClient(app):  # the lifespan opens the services once for every client below
        yield app


def client_at(app: FastAPI, peer: tuple[str, int], key: str = STORE_KEY) -> TestClient:
    return TestClient(app, client=peer, headers={"X-API-Key": key})


def alices_cart(app: FastAPI) -> dict[str, Any]:
    cart: dict[str, Any] = client_at(app, ALICE).post("/v1/carts", json={}).json()
    return cart


def test_wrong_thread_tokens_are_limited_like_wrong_keys(app: FastAPI) -> None:
    cart = alices_cart(app)
    mallory = client_at(app, MALLORY)
    wrong = {"X-Thread-Token": WRONG}
    answers = [
        mallory.post("/v1/carts", json={"thread_id": cart["thread_id"]}, headers=wrong),
        mallory.get(f"/v1/carts/{cart['id']}", headers=wrong),
        mallory.get("/v1/carts/no-such-cart", headers=wrong),
    ]
    assert [a.status_code for a in answers] == [403, 404, 404]

    refused = mallory.get(f"/v1/carts/{cart['id']}", headers=wrong)
    assert refused.status_code == 429
    assert "failed authentications" in refused.json()["error"]["message"]
    assert 1 <= int(refused.headers["retry-after"]) <= 3600
    right = {"X-Thread-Token": cart["thread_token"]}  # even a right guess is refused now
    assert mallory.get(f"/v1/carts/{cart['id']}", headers=right).status_code == 429

    assert mallory.get("/v1/products/search", params={"q": "mug"}).status_code == 200
    alice = client_at(app, ALICE)
    assert alice.get(f"/v1/carts/{cart['id']}", headers=right).status_code == 200
    admin = client_at(app, MALLORY, key=ADMIN_KEY)
    assert admin.get(f"/v1/carts/{cart['id']}", headers=wrong).status_code == 200


def test_a_shopper_with_the_right_token_is_never_counted(app: FastAPI) -> None:
    cart = alices_cart(app)
    alice = client_at(app, ALICE)
    right = {"X-Thread-Token": cart["thread_token"]}
    codes = {alice.get(f"/v1/carts/{cart['id']}", headers=right).status_code for _ in range(10)}
    assert codes == {200}
