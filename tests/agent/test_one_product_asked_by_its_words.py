"""A question about one listed product picked by a word of its title, on the sample catalog:
"can the speckled one go in the dishwasher?" asks about that mug (not which mugs can), and "are
the Relaxed Carpenter ones high waisted or low?" is a choice about their rise, not a comparison
with a Canvas Low Sneaker."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    """Mugs and jeans, with sneakers whose titles share plain words ("Low")."""
    return sample_catalog_products({"Mugs", "Jeans", "Sneakers"}, leaf_only=True)


@pytest.mark.parametrize(
    "question",
    ["can the speckled one go in the dishwasher?", "can the first one go in the dishwasher?"],
)
def test_a_care_question_about_one_listed_mug_answers_for_it(
    agent: ShoppingAgent, question: str
) -> None:
    turns = talk(agent, "rustic looking mug with little speckles all over", question)
    assert turns[0].products[0].id == "speckled-camp-mug", turns[0].reply
    assert turns[1].reply.startswith("No,") and "Speckled Camp Mug" in turns[1].reply
    assert [p.id for p in turns[1].products] == ["speckled-camp-mug"]


@pytest.mark.parametrize(
    "question",
    [
        "are the Relaxed Carpenter ones high waisted or low?",
        "is the Relaxed Carpenter Jean low or high waisted?",
    ],
)
def test_a_waist_choice_is_answered_by_the_rise(agent: ShoppingAgent, question: str) -> None:
    turns = talk(agent, "carpenter jeans", question)
    assert "Relaxed Carpenter Jean is high rise" in turns[1].reply, turns[1].reply
    assert [p.id for p in turns[1].products] == ["relaxed-carpenter-jean"]
