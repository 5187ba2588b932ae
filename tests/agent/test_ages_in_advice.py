"""An age in an advice request ("for a 10 year old who wants to start running") says who the
product is for; its number is not a feature to match (the Glass 10-Piece set is no pick)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk

_KINDS = {"Running Shoes", "Storage", "Socks"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's running shoes, socks and food storage."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    "message",
    [
        "what would you pick for a 10 year old who wants to start running? budget 80ish",
        "which would you recommend for my 12 yo, he just got into running",
    ],
)
def test_an_age_is_not_a_feature_of_the_pick(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products, turn.reply
    assert turn.products[0].id != "glass-10-piece-food-storage-set", turn.reply
    assert "fits: 10" not in turn.reply and "fits: 12" not in turn.reply
