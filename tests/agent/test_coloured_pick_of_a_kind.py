"""An add that names a kind of the list and a colour ("add the teal mat from before" after a
detour to dumbbells): the one listed product of that kind offered in that colour goes into the
cart, never the list shown again narrowed to it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(
        {"Yoga Mats", "Dumbbells", "Speakers", "Headphones"}, leaf_only=True
    )


@pytest.mark.parametrize(
    "pick",
    [
        "add the teal mat from before",
        "ok add the teal mat from earlier",
        "put the teal mat from before in my cart",
        "I'll take the teal mat",
    ],
)
def test_the_one_listed_product_of_the_kind_in_the_colour_is_added(
    agent: ShoppingAgent, pick: str
) -> None:
    *_, turn = talk(agent, "yoga mat under 35", "dumbbells", pick)
    assert cart_lines(turn) == [("cork-natural-yoga-mat", "teal", 1)], turn.reply


def test_a_colour_several_listed_products_of_the_kind_have_adds_nothing(
    agent: ShoppingAgent,
) -> None:
    *_, turn = talk(agent, "yoga mat under 35", "add the purple mat")
    assert cart_lines(turn) == [], turn.reply


@pytest.mark.parametrize(
    "pick",
    [
        "add the speaker from before, the red one",
        "grab the speaker from before, in red",
        "ok add the speaker from earlier in red please",
    ],
)
def test_an_add_of_a_product_from_an_earlier_list_keeps_its_verb(
    agent: ShoppingAgent, pick: str
) -> None:
    *_, turn = talk(agent, "speaker under 50", "headphones under 40", pick)
    assert cart_lines(turn) == [("bike-mount-speaker", "red", 1)], turn.reply
