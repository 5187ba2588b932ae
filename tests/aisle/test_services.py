"""Services wires commerce to the index: a sold-out item stops showing as in stock, and returns."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aisle.money import Money
from aisle.services import Services
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.filters import SearchFilters
from catalog.model import Product, StockLevel, Variant
from commerce.models import CheckoutSession, PaymentMethod
from tests.commerce.samples import ADDRESS, BUYER


def _product(product_id: str, title: str, stock: dict[str, int]) -> Product:
    return Product(
        id=product_id,
        title=title,
        variants=[
            Variant(
                id=f"{product_id}-{size}",
                options={"size": size},
                price=Money(amount=2500, currency="USD"),
                stock=units,
            )
            for size, units in stock.items()
        ],
    )


def write_feed(path: Path, products: list[Product]) -> Path:
    path.write_text("".join(p.model_dump_json() + "\n" for p in products))
    return path


@pytest.fixture
def services(settings: Settings, tmp_path: Path) -> Iterator[Services]:
    """The real wiring: Qdrant Edge on disk, SQLite commerce, hashed words for text vectors."""
    opened = Services(settings.model_copy(update={"image_vectors": False}))
    opened.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test
    feed = [
        _product("lantern", "Camp lantern", {"one": 1}),
        _product("tee", "Merino tee", {"S": 1, "M": 3}),
    ]
    opened.ingest(write_feed(tmp_path / "feed.jsonl", feed))
    yield opened
    opened.close()


def buy(services: Services, variant_id: str, idempotency_key: str | None = None) -> CheckoutSession:
    shop = services.commerce
    product_id = variant_id.rsplit("-", 1)[0]
    cart_id = shop.add_to_cart(shop.create_cart().id, product_id, variant_id).id
    session = shop.create_checkout(cart_id, BUYER, ADDRESS)
    done = shop.complete_checkout(
        session.id, PaymentMethod(token="tok_visa"), idempotency_key=idempotency_key
    )
    assert done.status == "completed" and done.order_id is not None
    return done


def buyable(services: Services, query: str, **filters: object) -> dict[str, list[str]]:
    """Product id → matching variant ids of a search for what can be bought now."""
    wanted = SearchFilters.model_validate({"in_stock": True, **filters})
    return {h.product.id: h.variant_ids for h in services.search.search(query, wanted).hits}


def stock_in_index(services: Services, product_id: str) -> dict[str, int | None]:
    stored = services.index.get(product_id)
    assert stored is not None
    return {v.id: v.stock for v in stored.variants}


def test_the_last_unit_sold_leaves_the_in_stock_search_and_a_cancel_brings_it_back(
    services: Services,
) -> None:
    assert "lantern" in buyable(services, "camp lantern")
    order_id = buy(services, "lantern-one").order_id
    assert order_id is not None

    assert "lantern" not in buyable(services, "camp lantern")
    assert "lantern" in {h.product.id for h in services.search.search("camp lantern").hits}
    stored = services.search.get("lantern")  # what GET /v1/products/{id} shows
    assert stored is not None and not stored.in_stock
    assert stock_in_index(services, "lantern") == {"lantern-one": 0}

    services.commerce.cancel_order(order_id)
    assert buyable(services, "camp lantern")["lantern"] == ["lantern-one"]
    assert stock_in_index(services, "lantern") == {"lantern-one": 1}


def test_a_sold_out_size_stops_matching_while_the_product_stays_buyable(
    services: Services,
) -> None:
    buy(services, "tee-S")
    assert "tee" not in buyable(services, "merino tee", sizes=["S"])
    assert buyable(services, "merino tee")["tee"] == ["tee-M"]
    stored = services.index.get("tee")
    assert stored is not None and stored.in_stock
    assert stock_in_index(services, "tee") == {"tee-S": 0, "tee-M": 3}


def test_the_index_follows_commerce_not_a_count_of_orders(services: Services) -> None:
    """Stock moved behind the index's back (a restock) shows with the next order's update."""
    services.commerce.sync_catalog([_product("tee", "Merino tee", {"S": 1, "M": 9})])
    buy(services, "tee-M")
    assert services.commerce.stock_levels(["tee"]) == {
        "tee": {"tee-S": StockLevel(1, True), "tee-M": StockLevel(8, True)}
    }
    assert stock_in_index(services, "tee") == {"tee-S": 1, "tee-M": 8}


def test_an_index_failure_does_not_fail_the_order_and_a_retry_repairs_it(
    services: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def unreachable(levels: object) -> int:
        raise ConnectionError("Qdrant is unreachable")

    with monkeypatch.context() as patched:
        patched.setattr(services.index, "set_stock", unreachable)
        with caplog.at_level("WARNING", logger="commerce.inventory"):
            done = buy(services, "lantern-one", idempotency_key="order-1")
    assert done.order_id is not None
    assert services.commerce.get_order(done.order_id).status == "placed"
    assert services.commerce.get_offer("lantern", "lantern-one").stock == 0
    assert "stock listener failed" in caplog.text and "Qdrant is unreachable" in caplog.text
    assert stock_in_index(services, "lantern") == {"lantern-one": 1}  # stale until repaired

    # The client retries with the same key: the order is not placed again, the index catches up.
    session = services.commerce.get_checkout(done.id)
    again = services.commerce.complete_checkout(
        session.id, PaymentMethod(token="tok_visa"), idempotency_key="order-1"
    )
    assert again.order_id == done.order_id
    assert "lantern" not in buyable(services, "camp lantern")
    assert stock_in_index(services, "lantern") == {"lantern-one": 0}


def test_an_order_during_a_live_import_does_not_leave_the_index_behind(
    services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The import has written the offers and read their stock; an order commits on another
    thread before the import writes the index with the stock it read."""
    upsert = services.index.upsert
    buyer: list[threading.Thread] = []

    def sell_then_upsert(*args: Any, **kwargs: Any) -> None:
        thread = threading.Thread(target=buy, args=(services, "lantern-one"))
        buyer.append(thread)
        thread.start()
        deadline = time.monotonic() + 10
        while services.commerce.get_offer("lantern", "lantern-one").stock != 4:
            assert time.monotonic() < deadline, "the order never committed"
            time.sleep(0.01)
        upsert(*args, **kwargs)  # writes the stock read before the order: 5

    restocked = _product("lantern", "Camp lantern, two pack", {"one": 5})
    with monkeypatch.context() as patched:
        patched.setattr(services.index, "upsert", sell_then_upsert)
        services.ingest(write_feed(tmp_path / "restock.jsonl", [restocked]))
    buyer[0].join(10)
    assert services.commerce.get_offer("lantern", "lantern-one").stock == 4  # feed's 5, 1 sold
    stored = services.index.get("lantern")
    assert stored is not None and stored.title == "Camp lantern, two pack"
    assert stock_in_index(services, "lantern") == {"lantern-one": 4}
    assert buyable(services, "camp lantern")["lantern"] == ["lantern-one"]
