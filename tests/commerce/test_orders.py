"""Orders: lookup by id and thread, cancel restocks and refunds, shipped orders stay."""

from __future__ import annotations

import pytest

from commerce.errors import NotFound, OrderNotCancelable
from commerce.models import PaymentMethod
from commerce.payments import MockPaymentProvider
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product


def place_order(shop: Commerce, thread_id: str = "t", quantity: int = 2) -> str:
    cart = shop.add_to_cart(shop.cart_for_thread(thread_id).id, "tee", "tee-v1", quantity)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    done = shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert done.order_id is not None
    return done.order_id


def test_cancel_restocks_and_refunds_once(open_commerce: OpenCommerce) -> None:
    provider = MockPaymentProvider()
    shop = open_commerce(payments=provider)
    shop.sync_catalog([product("tee", 2500, 10)])
    order_id = place_order(shop, quantity=4)
    assert shop.get_offer("tee", "tee-v1").stock == 6
    canceled = shop.cancel_order(order_id)
    assert canceled.status == "canceled" and canceled.canceled_at is not None
    assert canceled.payment.refunded
    assert shop.cancel_order(order_id).status == "canceled"  # twice is harmless
    assert shop.get_offer("tee", "tee-v1").stock == 10


def test_shipped_order_cannot_be_canceled(commerce: Commerce) -> None:
    order_id = place_order(commerce)
    commerce.mark_shipped(order_id)
    with pytest.raises(OrderNotCancelable):
        commerce.cancel_order(order_id)
    assert commerce.get_offer("tee", "tee-v1").stock == 8


def test_orders_are_listed_per_thread_oldest_first(commerce: Commerce) -> None:
    first = place_order(commerce, "a")
    second = place_order(commerce, "a", quantity=1)
    place_order(commerce, "b")
    assert [o.id for o in commerce.orders_for_thread("a")] == [first, second]
    with pytest.raises(NotFound):
        commerce.get_order("ord_missing")


def test_order_keeps_only_token_and_last4(commerce: Commerce) -> None:
    order = commerce.get_order(place_order(commerce))
    dumped = order.model_dump_json()
    assert "4242424242424242" not in dumped
    assert order.payment.model_dump(exclude={"charge_id"}) == {
        "token": "tok_visa",
        "brand": "visa",
        "last4": "4242",
        "refunded": False,
    }
