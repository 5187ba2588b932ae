"""What an outside agent's session and cart need from commerce: a session straight from items,
a cart replaced whole (or not at all), and a cart's owner label."""

from __future__ import annotations

import pytest

from commerce.errors import NotFound, OutOfStock
from commerce.models import ItemRequest, PaymentMethod
from commerce.service import Commerce
from tests.commerce.samples import ADDRESS, BUYER


def tee(quantity: int, variant: str = "tee-v1") -> ItemRequest:
    return ItemRequest(product_id="tee", variant_id=variant, quantity=quantity)


def test_a_session_straight_from_items_is_priced_and_sold(commerce: Commerce) -> None:
    session = commerce.open_checkout([tee(1), tee(2)], BUYER, ADDRESS, shopper_id="acp:agent")
    assert [(li.variant_id, li.quantity) for li in session.line_items] == [("tee-v1", 3)]
    assert session.status == "ready_for_payment" and session.total.amount == 7500
    assert session.thread_id is None
    assert commerce.get_cart(session.cart_id).shopper_id == "acp:agent"
    done = commerce.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert done.status == "completed"
    assert commerce.get_offer("tee", "tee-v1").stock == 7


def test_too_many_units_is_a_message_not_an_error(commerce: Commerce) -> None:
    session = commerce.open_checkout([tee(11)], BUYER, ADDRESS)
    assert session.status == "not_ready_for_payment"
    assert [m.code for m in session.messages] == ["out_of_stock"]


def test_replacing_cart_lines_is_all_or_nothing(commerce: Commerce) -> None:
    cart = commerce.create_cart(shopper_id="acp:agent")
    filled = commerce.replace_lines(cart.id, [tee(2), tee(1, "tee-v2")])
    assert [(line.variant_id, line.quantity) for line in filled.lines] == [
        ("tee-v1", 2),
        ("tee-v2", 1),
    ]
    with pytest.raises(OutOfStock):
        commerce.replace_lines(cart.id, [tee(1, "tee-v2"), tee(11)])
    with pytest.raises(NotFound):
        commerce.replace_lines(
            cart.id, [ItemRequest(product_id="ghost", variant_id="g", quantity=1)]
        )
    assert commerce.get_cart(cart.id).lines == filled.lines
    relabeled = commerce.set_cart_shopper(cart.id, "canceled-acp:agent")
    assert relabeled.shopper_id == "canceled-acp:agent"
