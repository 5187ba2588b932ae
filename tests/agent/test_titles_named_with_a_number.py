"""A product named by its title, a number among its words ("the Straight 211 Jean", whose fit
is skinny): that product, not the jeans whose fit is straight."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Jeans"}, leaf_only=True)


@pytest.mark.parametrize("message", ["Show me the Straight 211 Jean", "straight 211 jean"])
def test_a_title_with_a_number_names_that_product(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn)[:1] == ["straight-211-jean"], turn.reply


def test_a_fit_said_alone_still_narrows(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "straight jeans")
    assert turn.products and "straight-211-jean" not in ids(turn)
