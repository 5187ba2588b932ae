"""Which of the listed products is made of a material, asked of the list just shown: answered
from each record's material, never from a title that names a look ("Silk Square Scarf" of a
cashmere-wool blend is no silk; the End Grain Walnut board is hard maple)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Cutting Boards", "Scarves"}, leaf_only=True)


@pytest.mark.parametrize(
    ("search", "question", "made_of", "named_so"),
    [
        (
            "cutting boards pls",
            "which one is actually made of walnut?",
            "composite-dishwasher-cutting-board",
            "End Grain Walnut Cutting Board",
        ),
        (
            "show me cutting boards",
            "which of them is real walnut, not just called walnut?",
            "composite-dishwasher-cutting-board",
            "End Grain Walnut Cutting Board",
        ),
        (
            "show me your scarves",
            "which of these is actually silk, going by the material and not the name?",
            "chunky-knit-scarf",
            "Silk Square Scarf",
        ),
    ],
)
def test_the_listed_ones_made_of_it_by_their_records(
    agent: ShoppingAgent, search: str, question: str, made_of: str, named_so: str
) -> None:
    shown, asked = talk(agent, search, question)
    assert made_of in ids(shown)
    assert ids(asked) == [made_of]
    title = next(p.title for p in shown.products if p.id == made_of)
    assert title in asked.reply.split("Not")[0]
    assert named_so not in asked.reply.split("Not")[0]
    assert "doesn't say" not in asked.reply
