"""Servings per container asked about a label photo, in the shopper's own units ("how many
glasses in one bottle?", "how many servings in this box?"), are read from the label's figures."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import NutritionFacts, Product
from tests.agent.shop import LABEL_PHOTO, sample_products


def _with_servings() -> list[Product]:
    recorded = NutritionFacts(
        serving_size="1 cup (240mL)", servings_per_container=12, calories=130, total_sugars_g=8
    )
    return [
        p.model_copy(update={"nutrition": recorded}) if p.id == "GRO1" else p
        for p in sample_products()
    ]


@pytest.mark.parametrize("products", [_with_servings()])
@pytest.mark.parametrize(
    "question",
    [
        "how many servings in this box? working out cost per bowl",
        "how many bowls in this?",
        "how many servings in this box? i pack one in my backpack each hike",
    ],
)
def test_servings_asked_with_the_label_photo(agent: ShoppingAgent, question: str) -> None:
    turn = agent.chat(None, question, image=LABEL_PHOTO)
    assert "12 servings" in turn.reply, turn.reply


@pytest.mark.parametrize("products", [_with_servings()])
@pytest.mark.parametrize(
    "follow_up", ["and how many glasses are in one bottle?", "and how many servings in the bag?"]
)
def test_servings_asked_after_the_label_photo(agent: ShoppingAgent, follow_up: str) -> None:
    first = agent.chat(None, "how much sugar in a glass?", image=LABEL_PHOTO)
    turn = agent.chat(first.thread_id, follow_up)
    assert "12 servings" in turn.reply, turn.reply


@pytest.mark.parametrize("products", [_with_servings()])
@pytest.mark.parametrize(
    "question",
    ["how much sugar per serving in this one?", "calories and sugar per serving in this?"],
)
def test_a_nutrient_per_serving_is_no_servings_count(agent: ShoppingAgent, question: str) -> None:
    turn = agent.chat(None, question, image=LABEL_PHOTO)
    assert "servings" not in turn.reply and "8" in turn.reply, turn.reply
