"""Questions about two named products in the words of what they measure or do, on the sample
catalog: "how big are the cases?" asks the case size, "lasts longer per charge" the battery life,
and a feature word ("waterproof", "dishwasher") names no third product that has it in its title."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

_KINDS = {"Mugs", "Cutting Boards", "Jackets", "Speakers", "Headphones", "Watches"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about here."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("my dad has small wrists. Field 38 or the Solar Field watch, how big are the cases?",
         "42 mm"),
        ("Studio Monitor Headphones vs Sport On-Ear Headphones - which lasts longer per charge?",
         "40 h"),
    ],
)  # fmt: skip
def test_a_comparison_reads_the_attribute_by_what_it_measures(
    agent: ShoppingAgent, question: str, answer: str
) -> None:
    turn = talk(agent, question)[-1]
    assert answer in turn.reply, turn.reply


def test_a_feature_word_names_no_third_product(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "Ridgeway Down Jacket or Stormline Rain Jacket for a really rainy city, which one is "
        "waterproof?",
    )[-1]
    assert set(ids(turn)) <= {"ridgeway-down-jacket", "stormline-rain-jacket"}, ids(turn)


def test_the_dishwasher_names_no_cutting_board(agent: ShoppingAgent) -> None:
    turn = talk(agent, "the speckled camp mug: hand wash only or dishwasher ok?")[-1]
    assert ids(turn) == ["speckled-camp-mug"], turn.reply
    assert "not dishwasher safe" in turn.reply, turn.reply
