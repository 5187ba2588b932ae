"""Problem-first shoppers asking about a named product: "wet feet ruin every trail run for me.
does the Scree Runner keep water out?" answers the question, in plain words or the record's own
("no sulfates" is sulfate-free, "come with a rainfly" asks whether it has one)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(
        {"Trail Running Shoes", "Tents", "Hair Care", "Mugs"}, leaf_only=True
    )


def test_the_trouble_told_first_is_no_property_asked(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "wet feet ruin every trail run for me. does the Scree Runner keep water out?"
    )
    assert "is waterproof" in turn.reply
    assert "feet" not in turn.reply


def test_keeping_water_out_is_being_waterproof_of_a_list(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "trail running shoes", "which of those keep water out?")
    assert "waterproof" in asked.reply
    assert "doesn't say" not in asked.reply


def test_free_of_what_the_record_says_it_has_none_of(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "sulfates make my scalp itch like crazy. is the Rosemary Mint Shampoo sulfate free?",
    )
    assert turn.reply.startswith("Yes")
    assert "sulfate-free" in turn.reply


def test_coming_with_a_part_asks_whether_it_has_one(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "our last tent let rain in through the top. does the Backcountry 2P come with a rainfly?",
    )
    assert "full-coverage rainfly" in turn.reply
    assert "doesn't say" not in turn.reply


def test_a_trouble_that_says_a_size_is_kept(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my feet are a size 9. does the Scree Runner come in 9?")
    assert "9" in turn.reply
