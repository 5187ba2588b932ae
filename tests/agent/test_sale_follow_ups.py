"""Bargain follow-ups right after a list, on the sample catalog: "which ones are on sale"
answers from the listed products' compare-at prices, never "we don't carry that"."""

from __future__ import annotations

import pytest

from agent.answers import on_sale
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk

_KINDS = {"Footwear"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's footwear: some of its sneakers on sale."""
    return sample_catalog_products(_KINDS)


@pytest.mark.parametrize(
    "question",
    ["ok which ones are on sale", "which are on sale?", "any on sale?", "any of them on sale?"],
)
def test_which_ones_are_on_sale_names_the_discounted_ones(
    agent: ShoppingAgent, question: str
) -> None:
    listed, asked = talk(agent, "sneakers under 70", question)
    records = {p.id: p for p in sample_catalog_products(_KINDS)}
    discounted = [p.id for p in listed.products if on_sale(records[p.id])]
    assert discounted, listed.reply  # the list holds one on sale
    assert "don't carry" not in asked.reply and "on sale" in asked.reply, asked.reply
    assert [p.id for p in asked.products] == discounted, asked.reply
