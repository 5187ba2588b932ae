"""A product sold in one size that is a measure ("3 fl oz") answers "how big is it"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Sun Care"})


def test_how_big_is_answered_by_its_one_measured_size(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "how big is the Kids Gentle Sunscreen? 4 of us at the beach for a week")
    assert ids(turn) == ["kids-gentle-sunscreen-spf-50"]
    assert "3 fl oz" in turn.reply, turn.reply
