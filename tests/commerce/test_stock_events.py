"""The stock listener: told after an order or a cancellation commits, never able to fail either."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from commerce.models import PaymentMethod
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product


class StockWatcher:
    """Records each call with the stock commerce shows another connection at that moment."""

    def __init__(self) -> None:
        self.shop: Commerce | None = None
        self.calls: list[tuple[list[tuple[str, str]], dict[str, int | None]]] = []

    def __call__(self, moved: Sequence[tuple[str, str]]) -> None:
        assert self.shop is not None
        levels = self.shop.stock_levels({product_id for product_id, _ in moved})
        seen = {v: level.stock for variants in levels.values() for v, level in variants.items()}
        self.calls.append((list(moved), seen))


@pytest.fixture
def watched(open_commerce: OpenCommerce) -> tuple[Commerce, StockWatcher]:
    watcher = StockWatcher()
    shop = open_commerce(on_stock_change=watcher)
    shop.sync_catalog([product("tee", 2500, 3, variants=2), product("mug", 1200, 1)])
    watcher.shop = shop
    return shop, watcher


def open_session(shop: Commerce, items: list[tuple[str, str, int]]) -> str:
    cart_id = shop.create_cart().id
    for product_id, variant_id, quantity in items:
        shop.add_to_cart(cart_id, product_id, variant_id, quantity)
    return shop.create_checkout(cart_id, BUYER, ADDRESS).id


def test_an_order_reports_its_variants_with_the_stock_already_committed(
    watched: tuple[Commerce, StockWatcher],
) -> None:
    shop, watcher = watched
    session_id = open_session(shop, [("tee", "tee-v2", 2), ("mug", "mug-v1", 1)])
    done = shop.complete_checkout(session_id, PaymentMethod(token="tok_visa"))
    assert done.status == "completed"
    assert watcher.calls == [
        ([("mug", "mug-v1"), ("tee", "tee-v2")], {"tee-v1": 3, "tee-v2": 1, "mug-v1": 0})
    ]


def test_a_cancellation_reports_the_returned_stock(watched: tuple[Commerce, StockWatcher]) -> None:
    shop, watcher = watched
    session_id = open_session(shop, [("mug", "mug-v1", 1)])
    order_id = shop.complete_checkout(session_id, PaymentMethod(token="tok_visa")).order_id
    assert order_id is not None
    shop.cancel_order(order_id)
    assert watcher.calls[-1] == ([("mug", "mug-v1")], {"mug-v1": 1})


def test_a_declined_payment_moves_no_stock_and_reports_nothing(
    watched: tuple[Commerce, StockWatcher],
) -> None:
    shop, watcher = watched
    session_id = open_session(shop, [("mug", "mug-v1", 1)])
    declined = shop.complete_checkout(session_id, PaymentMethod(token="tok_chargeDeclined"))
    assert declined.status == "ready_for_payment"
    assert watcher.calls == []
    assert shop.get_offer("mug", "mug-v1").stock == 1


def test_a_failing_listener_neither_fails_nor_undoes_the_order(
    open_commerce: OpenCommerce, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(moved: Sequence[tuple[str, str]]) -> None:
        raise ConnectionError("search index unreachable")

    shop = open_commerce(on_stock_change=broken)
    shop.sync_catalog([product("mug", 1200, 1)])
    session_id = open_session(shop, [("mug", "mug-v1", 1)])
    with caplog.at_level("WARNING", logger="commerce.inventory"):
        done = shop.complete_checkout(session_id, PaymentMethod(token="tok_visa"))
    assert done.status == "completed" and done.order_id is not None
    assert shop.get_order(done.order_id).status == "placed"
    assert shop.get_offer("mug", "mug-v1").stock == 0
    assert "stock listener failed" in caplog.text and "mug-v1" in caplog.text
    assert shop.cancel_order(done.order_id).status == "canceled"
    assert shop.get_offer("mug", "mug-v1").stock == 1
