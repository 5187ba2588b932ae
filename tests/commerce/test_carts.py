"""Cart behaviour a shopper notices: merging lines, stock limits, captured prices, subtotals."""

from __future__ import annotations

import pytest

from commerce.errors import InvalidQuantity, NotFound, OutOfStock
from commerce.service import Commerce
from tests.commerce.samples import product


def test_one_cart_per_thread(commerce: Commerce) -> None:
    first = commerce.cart_for_thread("thread-1", shopper_id="shopper-9")
    again = commerce.cart_for_thread("thread-1")
    other = commerce.cart_for_thread("thread-2")
    assert first.id == again.id != other.id
    assert again.shopper_id == "shopper-9"


def test_adding_the_same_variant_again_grows_its_line(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    commerce.add_to_cart(cart.id, "tee", "tee-v1", 2)
    cart = commerce.add_to_cart(cart.id, "tee", "tee-v1", 3)
    assert [(line.variant_id, line.quantity) for line in cart.lines] == [("tee-v1", 5)]
    assert cart.subtotal.amount == 5 * 2500
    assert cart.item_count == 5


def test_quantity_is_bounded_by_stock(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    commerce.add_to_cart(cart.id, "tee", "tee-v1", 8)
    with pytest.raises(OutOfStock) as caught:
        commerce.add_to_cart(cart.id, "tee", "tee-v1", 3)
    assert caught.value.available == 10
    line = commerce.get_cart(cart.id).lines[0]
    with pytest.raises(OutOfStock):
        commerce.set_quantity(cart.id, line.id, 11)
    assert commerce.set_quantity(cart.id, line.id, 10).lines[0].quantity == 10


def test_untracked_stock_is_unlimited_but_quantity_is_sane(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    assert commerce.add_to_cart(cart.id, "mug", "mug-v1", 500).lines[0].quantity == 500
    with pytest.raises(InvalidQuantity):
        commerce.add_to_cart(cart.id, "mug", "mug-v1", 0)


def test_unit_price_is_captured_when_added(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    commerce.add_to_cart(cart.id, "tee", "tee-v1", 1)
    commerce.sync_catalog([product("tee", 3000, 10, variants=2)])
    assert commerce.get_cart(cart.id).lines[0].unit_price.amount == 2500
    # adding more units of the line prices them all at today's price
    assert commerce.add_to_cart(cart.id, "tee", "tee-v1", 1).subtotal.amount == 6000


def test_set_zero_removes_and_clear_empties(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    commerce.add_to_cart(cart.id, "tee", "tee-v1", 1)
    cart = commerce.add_to_cart(cart.id, "mug", "mug-v1", 2)
    tee_line, mug_line = cart.lines
    cart = commerce.set_quantity(cart.id, tee_line.id, 0)
    assert [line.variant_id for line in cart.lines] == ["mug-v1"]
    cart = commerce.remove_line(cart.id, mug_line.id)
    assert cart.lines == [] and cart.subtotal.amount == 0
    commerce.add_to_cart(cart.id, "tee", "tee-v2", 1)
    assert commerce.clear_cart(cart.id).item_count == 0


def test_unknown_things_are_not_found(commerce: Commerce) -> None:
    cart = commerce.cart_for_thread("t")
    with pytest.raises(NotFound):
        commerce.get_cart("cart_nope")
    with pytest.raises(NotFound):
        commerce.add_to_cart(cart.id, "tee", "no-such-variant")
    with pytest.raises(NotFound):
        commerce.remove_line(cart.id, "line_nope")


def test_unavailable_variant_cannot_be_added(commerce: Commerce) -> None:
    gone = product("hat", 900, 5)
    gone.variants[0].available = False
    commerce.sync_catalog([gone])
    with pytest.raises(OutOfStock):
        commerce.add_to_cart(commerce.cart_for_thread("t").id, "hat", "hat-v1")


def test_sync_catalog_upserts_price_and_stock(commerce: Commerce) -> None:
    assert commerce.sync_catalog([product("tee", 1999, 3, variants=2)]) == 2
    offer = commerce.get_offer("tee", "tee-v2")
    assert (offer.price.amount, offer.stock) == (1999, 3)
