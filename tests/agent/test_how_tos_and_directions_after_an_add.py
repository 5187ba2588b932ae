"""After an add, a how-to about taking things out ("how do I take something out again if I change
my mind?") gets the steps, and the way to a place in town ("how do I get to the post office
downtown?") is no question about the product just added, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import cart_lines, ids, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


def test_how_to_take_something_out_without_naming_the_cart(agent: ShoppingAgent) -> None:
    added, asked = talk(
        agent,
        "add the Pima Crew Tee in olive size M",
        "help, how do I take something out again if I change my mind?",
    )
    assert cart_lines(added) == [("TEE1", "olive / m", 1)]
    assert "remove" in asked.reply.lower() and "out of your cart" in asked.reply
    assert cart_lines(asked) == cart_lines(added) and not ids(asked)


@pytest.mark.parametrize(
    "said",
    [
        "how do I get to the post office downtown from here, the big one?",
        "where is the nearest pharmacy?",
    ],
)
def test_the_way_to_a_place_is_off_topic(agent: ShoppingAgent, said: str) -> None:
    added, asked = talk(agent, "add the Pima Crew Tee in olive size M", said)
    assert cart_lines(added) == [("TEE1", "olive / m", 1)]
    assert not ids(asked) and "Pima" not in asked.reply
    assert cart_lines(asked) == cart_lines(added)
