"""Checkout sessions: readiness, totals from store rules, re-validation at completion."""

from __future__ import annotations

import pytest

from aisle.money import Money
from commerce.errors import CheckoutClosed, CheckoutNotReady, TotalMismatch
from commerce.models import ItemRequest, PaymentMethod
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

VISA = PaymentMethod(token="tok_visa")


def cart_with(commerce: Commerce, *items: tuple[str, str, int]) -> str:
    cart = commerce.cart_for_thread("thread-1")
    for product_id, variant_id, quantity in items:
        commerce.add_to_cart(cart.id, product_id, variant_id, quantity)
    return cart.id


def test_session_needs_items_buyer_and_address(commerce: Commerce) -> None:
    empty = commerce.create_checkout(commerce.cart_for_thread("empty").id)
    assert empty.status == "not_ready_for_payment"
    assert {m.code for m in empty.messages} == {
        "missing_items",
        "missing_buyer",
        "missing_shipping_address",
    }
    session = commerce.create_checkout(cart_with(commerce, ("tee", "tee-v1", 1)), buyer=BUYER)
    assert [m.code for m in session.messages] == ["missing_shipping_address"]
    with pytest.raises(CheckoutNotReady):
        commerce.complete_checkout(session.id, VISA)
    session = commerce.update_checkout(session.id, shipping_address=ADDRESS)
    assert session.status == "ready_for_payment" and session.messages == []


def test_session_prices_at_today_and_says_what_changed(commerce: Commerce) -> None:
    cart_id = cart_with(commerce, ("tee", "tee-v1", 1))
    commerce.sync_catalog([product("tee", 2200, 10, variants=2)])
    session = commerce.create_checkout(cart_id, BUYER, ADDRESS)
    assert session.line_items[0].unit_price.amount == 2200
    assert [(m.type, m.code) for m in session.messages] == [("info", "price_changed")]
    assert "now $22.00 (was $25.00)" in session.messages[0].content
    assert session.status == "ready_for_payment"


def test_totals_follow_store_rules(open_commerce: OpenCommerce) -> None:
    shop = open_commerce(shipping_flat=700, free_shipping_over=10000, tax_rate_bps=825)
    shop.sync_catalog([product("tee", 2499, 10)])
    session = shop.create_checkout(cart_with(shop, ("tee", "tee-v1", 2)), BUYER, ADDRESS)
    amounts = {t.type: t.amount.amount for t in session.totals}
    # tax 8.25% of 49.98 = 4.12335 -> 4.12, rounded half up in cents
    assert amounts == {"subtotal": 4998, "shipping": 700, "tax": 412, "total": 6110}
    session = shop.update_checkout(
        session.id, items=[ItemRequest(product_id="tee", variant_id="tee-v1", quantity=5)]
    )
    assert session.total_of("shipping").amount == 0  # 124.95 >= free-shipping threshold


def test_completion_places_one_order_and_empties_the_cart(commerce: Commerce) -> None:
    cart_id = cart_with(commerce, ("tee", "tee-v1", 3), ("mug", "mug-v1", 1))
    session = commerce.create_checkout(cart_id, BUYER, ADDRESS)
    done = commerce.complete_checkout(session.id, VISA, expected_total=session.total)
    assert done.status == "completed" and done.order_id
    order = commerce.get_order(done.order_id)
    assert order.total == session.total and order.status == "placed"
    assert (order.payment.brand, order.payment.last4) == ("visa", "4242")
    assert commerce.get_offer("tee", "tee-v1").stock == 7
    assert commerce.get_cart(cart_id).lines == []
    again = commerce.complete_checkout(session.id, VISA)
    assert again.order_id == done.order_id
    assert [o.id for o in commerce.orders_for_thread("thread-1")] == [done.order_id]


def test_price_change_sends_the_session_back_without_charging(commerce: Commerce) -> None:
    session = commerce.create_checkout(cart_with(commerce, ("tee", "tee-v1", 2)), BUYER, ADDRESS)
    commerce.sync_catalog([product("tee", 2600, 10, variants=2)])
    back = commerce.complete_checkout(session.id, VISA)
    assert back.status == "not_ready_for_payment" and back.order_id is None
    assert [m.code for m in back.messages] == ["price_changed"]
    assert back.total.amount == 5200  # the new total (now free shipping), shown again
    assert commerce.get_offer("tee", "tee-v1").stock == 10
    with pytest.raises(CheckoutNotReady):
        commerce.complete_checkout(session.id, VISA)
    with pytest.raises(TotalMismatch):  # the shopper approved the old total, not this one
        commerce.complete_checkout(session.id, VISA, expected_total=session.total)
    confirmed = commerce.update_checkout(session.id)  # the client showed the new total again
    assert confirmed.status == "ready_for_payment"
    done = commerce.complete_checkout(session.id, VISA, expected_total=confirmed.total)
    assert commerce.get_order(done.order_id or "").total.amount == 5200


def test_approving_the_new_total_completes_a_repriced_session(commerce: Commerce) -> None:
    session = commerce.create_checkout(cart_with(commerce, ("tee", "tee-v1", 1)), BUYER, ADDRESS)
    commerce.sync_catalog([product("tee", 2100, 10, variants=2)])
    back = commerce.complete_checkout(session.id, VISA, expected_total=session.total)
    assert back.status == "not_ready_for_payment" and back.total.amount == 2100 + 599
    done = commerce.complete_checkout(session.id, VISA, expected_total=back.total)
    assert done.status == "completed"
    assert commerce.get_order(done.order_id or "").total.amount == 2699


def test_stale_confirmed_total_is_refused(commerce: Commerce) -> None:
    session = commerce.create_checkout(cart_with(commerce, ("tee", "tee-v1", 1)), BUYER, ADDRESS)
    with pytest.raises(TotalMismatch):
        commerce.complete_checkout(session.id, VISA, expected_total=Money(amount=1, currency="USD"))
    assert commerce.get_checkout(session.id).status == "ready_for_payment"


def test_stock_gone_before_completion(commerce: Commerce) -> None:
    session = commerce.create_checkout(cart_with(commerce, ("tee", "tee-v1", 4)), BUYER, ADDRESS)
    commerce.sync_catalog([product("tee", 2500, 3, variants=2)])
    back = commerce.complete_checkout(session.id, VISA)
    assert back.status == "not_ready_for_payment" and back.order_id is None
    assert [m.code for m in back.messages] == ["out_of_stock"]
    assert "only 3 left" in back.messages[0].content
    assert commerce.get_offer("tee", "tee-v1").stock == 3
    fixed = commerce.update_checkout(
        session.id, items=[ItemRequest(product_id="tee", variant_id="tee-v1", quantity=3)]
    )
    assert fixed.status == "ready_for_payment"
    assert commerce.complete_checkout(session.id, VISA).status == "completed"
    assert commerce.get_offer("tee", "tee-v1").stock == 0


def test_closed_sessions_cannot_change(commerce: Commerce) -> None:
    cart_id = cart_with(commerce, ("tee", "tee-v1", 1))
    done = commerce.create_checkout(cart_id, BUYER, ADDRESS)
    commerce.complete_checkout(done.id, VISA)
    canceled = commerce.cancel_checkout(commerce.create_checkout(cart_id, BUYER, ADDRESS).id)
    assert canceled.status == "canceled"
    for session_id in (done.id, canceled.id):
        with pytest.raises(CheckoutClosed):
            commerce.update_checkout(session_id, buyer=BUYER)
    with pytest.raises(CheckoutClosed):
        commerce.cancel_checkout(done.id)
    with pytest.raises(CheckoutClosed):
        commerce.complete_checkout(canceled.id, VISA)
