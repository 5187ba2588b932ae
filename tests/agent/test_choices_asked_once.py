"""Several items added in one message, each waiting for a colour: one question for all of them
("Which color would you like for each? Pima Crew Tee: olive or charcoal. …"), never the same
question asked once per item."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


def test_two_items_waiting_for_a_colour_are_asked_about_once(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "tees", "socks", "add the pima crew tee in M and the cushioned crew socks in M"
    )
    assert turn.reply.count("?") == 1, turn.reply
    assert "Which color would you like for each?" in turn.reply, turn.reply
    assert "Pima Crew Tee: olive or charcoal" in turn.reply, turn.reply
    assert "Cushioned Crew Socks: white or heather gray" in turn.reply, turn.reply
    assert turn.cart is None or not turn.cart.lines
