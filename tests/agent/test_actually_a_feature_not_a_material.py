""" "Which of those are actually waterproof?" asks the waterproof field, never the material: a
"waterproof membrane upper" whose record says waterproof: no is not waterproof."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Trail Running Shoes"}, leaf_only=True)


def test_actually_waterproof_is_the_waterproof_field(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    shown, asked = talk(
        agent,
        "what are the best trail shoes for muddy forest runs?",
        "which of those are actually waterproof?",
    )
    listed = {p.id: p for p in products if p.id in ids(shown)}
    said_no = {i for i, p in listed.items() if p.attributes.get("waterproof") == "no"}
    assert said_no, "the list holds a shoe whose record says it is not waterproof"
    assert ids(asked), asked.reply
    assert not set(ids(asked)) & said_no, asked.reply
    assert all(listed[i].attributes.get("waterproof") == "yes" for i in ids(asked))
    assert "made of waterproof" not in asked.reply
