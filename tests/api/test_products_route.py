"""The storefront's catalog routes over a small index built with the hashing encoder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from aisle.money import Money
from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder
from catalog.ingest import ingest_records
from catalog.model import Product, Variant
from tests.commerce.samples import ADDRESS, BUYER


def _product(pid: str, title: str, cents: int, color: str, category: str) -> Product:
    return Product(
        id=pid,
        title=title,
        category=["Shop", category],
        variants=[
            Variant(
                id=f"{pid}-{color}",
                price=Money(amount=cents, currency="USD"),
                options={"color": color, "size": "10"},
                stock=5,
            )
        ],
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    services = Services(settings)
    services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test

    def sync_offers(batch: list[Product]) -> None:
        services.commerce.sync_catalog(batch)

    ingest_records(
        [
            _product("shoe-red", "Red trail running shoe", 8900, "red", "Shoes"),
            _product("shoe-navy", "Navy trail running shoe", 7900, "navy", "Shoes"),
            _product("mug", "Stoneware coffee mug", 1450, "white", "Mugs"),
        ],
        services.index,
        services.text_encoder,
        on_batch=sync_offers,
    )
    with TestClient(create_app(settings, services)) as test_client:
        yield test_client


def test_health_reports_ready_with_a_count(client: TestClient) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "products": 3}


def test_search_reads_price_and_colour_from_words(client: TestClient) -> None:
    response = client.get("/v1/products/search", params={"q": "blue trail shoe under $85"})
    assert response.status_code == 200
    body = response.json()
    assert [r["id"] for r in body["results"]] == ["shoe-navy"]
    assert body["results"][0]["price"] == {"amount": 7900, "currency": "USD"}
    assert body["filters"]["price_max"] == 8500
    assert body["filters"]["colors"] == ["blue"]


def test_search_with_explicit_filters_and_limit(client: TestClient) -> None:
    response = client.get(
        "/v1/products/search", params={"q": "trail running shoe", "price_min": 8000, "limit": 5}
    )
    assert [r["id"] for r in response.json()["results"]] == ["shoe-red"]


def test_bad_price_range_is_a_422_with_a_reason(client: TestClient) -> None:
    response = client.get("/v1/products/search", params={"price_min": 50, "price_max": 10})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_price_range"


def test_product_by_id_and_404(client: TestClient) -> None:
    product = client.get("/v1/products/mug").json()
    assert product["title"] == "Stoneware coffee mug"
    assert product["variants"][0]["options"] == {"color": "white", "size": "10"}
    missing = client.get("/v1/products/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "product_not_found"


def buy_every_mug(client: TestClient) -> str:
    cart = client.post("/v1/carts", json={}).json()
    client.headers["X-Thread-Token"] = cart["thread_token"]  # this shopper's conversation
    line = {"product_id": "mug", "variant_id": "mug-white", "quantity": 5}
    assert client.post(f"/v1/carts/{cart['id']}/lines", json=line).status_code == 200
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
    assert done["status"] == "completed"
    order_id: str = done["order_id"]
    return order_id


def test_a_sold_out_product_shows_out_of_stock_until_the_order_is_canceled(
    client: TestClient,
) -> None:
    def buyable_mugs() -> list[str]:
        params = {"q": "coffee mug", "in_stock": "true"}
        results = client.get("/v1/products/search", params=params).json()["results"]
        return [r["id"] for r in results if r["id"] == "mug"]

    assert buyable_mugs() == ["mug"]
    order_id = buy_every_mug(client)
    mug = client.get("/v1/products/mug").json()
    assert mug["in_stock"] is False
    assert [(v["stock"], v["in_stock"]) for v in mug["variants"]] == [(0, False)]
    assert buyable_mugs() == []

    assert client.post(f"/v1/orders/{order_id}/cancel").json()["status"] == "canceled"
    assert client.get("/v1/products/mug").json()["variants"][0]["stock"] == 5
    assert buyable_mugs() == ["mug"]


def test_openapi_is_served(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/v1/products/search" in paths and "/v1/health" in paths
