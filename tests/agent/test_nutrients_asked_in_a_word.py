"""A nutrition question about one product continued in a word ("how much protein per serving?"
of the Honey Oat Clusters Cereal, then "and fibre?"), through `ShoppingAgent.chat`: the same
product's fibre from its record, never "we don't carry fibre"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Cereal", "Juice"}, leaf_only=True)


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [("and fibre?", "fibre"), ("what about sodium", "sodium"), ("calories?", "calories")],
)
def test_a_nutrient_said_after_a_nutrition_question_asks_the_same_product(
    agent: ShoppingAgent, products: list[Product], follow_up: str, said: str
) -> None:
    cereal = next(p for p in products if p.id == "honey-oat-clusters-cereal")
    assert cereal.nutrition is not None
    *_, asked, turn = talk(
        agent,
        "cereal with oats",
        "the honey oat clusters one - how much protein per serving?",
        follow_up,
    )
    assert "protein" in asked.reply, asked.reply
    assert "Honey Oat Clusters Cereal" in turn.reply and said in turn.reply, turn.reply
    assert "don't carry" not in turn.reply, turn.reply
