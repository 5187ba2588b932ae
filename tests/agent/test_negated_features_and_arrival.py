"""A "-less" feature ruled out in its opposite's words ("not the wired kind" wants wireless), a
care phrase that shares a word with another title ("hand wash" names no Linen Hand Towel), and
when an order just placed will arrive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import BUYER, talk

_SAMPLE = Path(__file__).parents[2] / "fixtures" / "sample" / "catalog.jsonl"
_KINDS = {"Headphones", "Towels", "Mugs", "Cereal"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about here."""
    return sample_catalog_products(_KINDS)


@pytest.mark.parametrize(
    "message",
    [
        "headphones, not the wired kind",
        "headphones comma not the wired kind period",
        "headphones but nothing corded please",
    ],
)
def test_a_ruled_out_opposite_asks_for_the_feature(agent: ShoppingAgent, message: str) -> None:
    turn = talk(agent, message)[-1]
    assert turn.products, turn.reply
    assert all(p.id in _WIRELESS for p in turn.products), [p.id for p in turn.products]


_WIRELESS = {
    json.loads(line)["id"]
    for line in _SAMPLE.read_text().splitlines()
    if line.strip() and json.loads(line)["attributes"].get("wireless") == "yes"
}


@pytest.mark.parametrize(
    "message",
    [
        "Speckled Camp Mug - dishwasher safe or hand wash?",
        "the speckled camp mug: hand wash only or dishwasher ok?",
    ],
)
def test_a_care_phrase_names_no_second_product(agent: ShoppingAgent, message: str) -> None:
    turn = talk(agent, message)[-1]
    assert [p.id for p in turn.products] == ["speckled-camp-mug"], turn.reply
    assert "not dishwasher safe" in turn.reply, turn.reply


@pytest.mark.parametrize(
    "question", ["when will it reach me?", "how long till it gets here", "what's the ETA"]
)
def test_when_the_order_arrives_is_about_the_order(agent: ShoppingAgent, question: str) -> None:
    *_, placed, asked = talk(
        agent, "add the honey oat clusters cereal", f"checkout: {BUYER}", "yes", question
    )
    assert placed.order is not None
    assert placed.order.id in asked.reply, asked.reply
    assert asked.products == []
