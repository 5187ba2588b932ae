"""A message asking two things about a product gets both answered; a size asked as "does it
come in a 12 inch?" is answered by that size's stock; "the pad you lay your phone on" is a
product, not a request for the store's phone."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    kinds = {"Running Shoes", "Cookware", "Chargers & Power"}
    return sample_catalog_products(kinds, leaf_only=True)


def test_drop_and_support_are_both_answered(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "the tempo glide running shoes, what's the drop on them? and are they for neutral runners?",
    )
    assert "8 mm" in turn.reply and "neutral" in turn.reply, turn.reply


def test_a_property_the_record_is_silent_on_is_said_beside_the_material(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(agent, "tempo glide 4 running shoe", "is it waterproof and what is it made of?")
    assert "knit upper" in turn.reply, turn.reply
    assert "doesn't say whether" in turn.reply and "waterproof" in turn.reply, turn.reply


@pytest.mark.parametrize("question", ["does it come in a 12 inch?", "have you got it in 12 inch?"])
def test_a_size_asked_of_the_product_in_view_is_answered(
    agent: ShoppingAgent, question: str
) -> None:
    _, turn = talk(agent, "the enameled braiser skillet", question)
    assert "12 in" in turn.reply, turn.reply


def test_a_pad_for_the_shoppers_phone_is_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a charger you lay your phone on")
    assert "hand you over" not in turn.reply
    assert "wireless-pad-15w-charger" in ids(turn), turn.reply
