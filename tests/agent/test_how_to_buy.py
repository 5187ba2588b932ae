"""How to put what is shown in the cart, in any verb and container ("how do i put one of those
in my basket", "how can I get this into my bag?"), is help with the steps and the product in
focus offered, never a look at an empty cart, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


@pytest.mark.parametrize(
    "said",
    [
        "how do i put one of those in my basket",
        "how do I get one of these into the cart?",
        "how would i get that second one into my cart?",
    ],
)
def test_how_to_add_after_a_list_is_help(agent: ShoppingAgent, said: str) -> None:
    turns = talk(agent, "lamps", said)
    reply = turns[-1].reply
    assert "empty" not in reply.lower() and "add the first one" in reply
    assert turns[-1].cart is None or not turns[-1].cart.lines


def test_how_to_add_offers_the_product_in_focus(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "tell me about the task desk led lamp", "how can I get this into my bag?", "add it"
    )
    assert '"add it"' in turns[1].reply and "empty" not in turns[1].reply.lower()
    assert cart_lines(turns[2]) == [("LAMP1", "gold", 1)]
