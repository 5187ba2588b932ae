"""Questions sent with a package photo: "my kids love this granola, how much is a box?" is about
the package (not a gift search), and "is this in stock? if yes I'll take two" puts two in the
cart (an item out of stock would be refused and said so)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.test_photo_to_cart import _PACKAGE


@pytest.mark.parametrize(
    "message",
    [
        "is this in stock? if yes I'll take two",
        "do you have this? if so, add 2 to my cart",
        "is this in stock? i'll take two if so",
    ],
)
def test_a_question_then_an_add_if_yes_puts_the_package_in_the_cart(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = ScriptedVision(_PACKAGE)
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert turn.cart is not None, turn.reply
    assert [(li.product_id, li.quantity) for li in turn.cart.lines] == [("GRO1", 2)]


@pytest.mark.parametrize(
    "message",
    ["my kids love this granola, how much is a box?", "my kids love this granola, do you sell it?"],
)
def test_what_someone_loves_in_a_photo_is_the_package_not_a_gift_search(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = ScriptedVision(_PACKAGE)
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "the Oat Crunch Granola" in turn.reply and "$6.00" in turn.reply, turn.reply
    assert turn.products and turn.products[0].id == "GRO1"
