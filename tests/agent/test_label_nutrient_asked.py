"""A label photo sent with a question about one nutrient is answered with that nutrient, from the
matched product's record, also one the general figures leave out (fibre)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import NutritionFacts, Product
from tests.agent.shop import LABEL_PHOTO, sample_products


def _with_fibre() -> list[Product]:
    recorded = NutritionFacts(calories=130, protein_g=3, dietary_fiber_g=7, total_sugars_g=8)
    return [
        p.model_copy(update={"nutrition": recorded}) if p.id == "GRO1" else p
        for p in sample_products()
    ]


@pytest.mark.parametrize("products", [_with_fibre()])
@pytest.mark.parametrize("question", ["is this high in fiber?", "how's the fibre on this one?"])
def test_the_fibre_asked_with_a_label_photo_is_answered(
    agent: ShoppingAgent, question: str
) -> None:
    turn = agent.chat(None, question, image=LABEL_PHOTO)
    assert "7 g of fibre" in turn.reply, turn.reply


@pytest.mark.parametrize("products", [_with_fibre()])
def test_calories_per_serving_are_the_calories_not_the_serving(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "cals per serving?", image=LABEL_PHOTO)
    assert "130 calories" in turn.reply, turn.reply


@pytest.mark.parametrize("products", [_with_fibre()])
@pytest.mark.parametrize("follow_up", ["wait sorry i meant protein", "oops, i mean the protein"])
def test_a_corrected_nutrient_is_answered_from_the_same_label(
    agent: ShoppingAgent, follow_up: str
) -> None:
    first = agent.chat(None, "how much sugar is in this", image=LABEL_PHOTO)
    turn = agent.chat(first.thread_id, follow_up)
    assert "3 g of protein" in turn.reply, turn.reply


@pytest.mark.parametrize("products", [_with_fibre()])
@pytest.mark.parametrize(
    "follow_up",
    ["no I asked protein, not calories", "i was asking about the protein, not the cals"],
)
def test_a_nutrient_asked_again_is_answered_alone(agent: ShoppingAgent, follow_up: str) -> None:
    first = agent.chat(None, "how much protein is in this?", image=LABEL_PHOTO)
    turn = agent.chat(first.thread_id, follow_up)
    assert "3 g of protein" in turn.reply and "calories" not in turn.reply, turn.reply
