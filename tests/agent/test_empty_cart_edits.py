"""A swap or a removal asked with nothing in the cart says the cart is empty: never a search for
"swap" or a list of jackets, and never an add the shopper did not ask for."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import talk


@pytest.mark.parametrize(
    ("message", "verb"),
    [
        ("actually swap that for the first one", "swap"),
        ("take the jacket out", "remove"),
        ("take the bottle out actually", "remove"),
        ("ok take those socks out then", "remove"),
        ("please remove the backpack from my cart", "remove"),
    ],
)
def test_an_edit_of_an_empty_cart_says_it_is_empty(
    agent: ShoppingAgent, message: str, verb: str
) -> None:
    (turn,) = talk(agent, message)
    assert f"cart is empty, so there's nothing to {verb}" in turn.reply, turn.reply
    assert turn.products == [] and turn.cart is None
    assert "carry" not in turn.reply


def test_a_swap_with_an_empty_cart_offers_the_product_it_names(agent: ShoppingAgent) -> None:
    listed, swapped = talk(agent, "trail running shoes", "switch it for the second one")
    second = listed.products[1]
    assert "cart is empty" in swapped.reply and second.title in swapped.reply
    assert swapped.cart is None  # offered, not bought
    (added,) = talk(agent, "add it", thread_id=swapped.thread_id)
    assert second.title in added.reply  # "it" is the product offered
