"""A colour word inside what a product is called ("an orange juice", "2 orange juices") asks for
that product, never for a juice that comes in orange, through `ShoppingAgent.chat`; a colour said
of a product that comes in colours is still its colour."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

JUICE = "not-from-concentrate-orange-juice"


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Juice", "Snacks", "Totes", "Cereal"}, leaf_only=True)


@pytest.mark.parametrize(
    ("text", "count"), [("add an orange juice", 1), ("add 2 orange juices", 2)]
)
def test_a_colour_in_a_product_name_adds_that_product(
    agent: ShoppingAgent, text: str, count: int
) -> None:
    (turn,) = talk(agent, text)
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [(JUICE, count)]


def test_one_item_of_several_named_with_a_colour_word(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "add 2 sea salt kettle chips and 1 orange juice")
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [
        (JUICE, 1),
        ("sea-salt-kettle-chips", 2),
    ]


def test_a_colour_of_a_product_is_still_its_colour(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "show me tote bags", "add the leather carryall tote in black")
    assert [(pid, variant) for pid, variant, _ in cart_lines(turn)] == [
        ("leather-carryall-tote-bag", "black")
    ]
