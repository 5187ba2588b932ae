"""A title with its colour and a size number ("Longhaul 7 Running Shoe, light gray, 9.5") orders
one in that size: the size is never read as a count of nine, or of ten."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's running shoes and T-shirts."""
    return sample_catalog_products({"Running Shoes", "T-Shirts"}, leaf_only=True)


@pytest.mark.parametrize(
    ("size", "title"), [("9.5", "light gray / 9.5"), ("10", "light gray / 10")]
)
def test_a_size_number_after_the_colour_is_no_count(
    agent: ShoppingAgent, size: str, title: str
) -> None:
    (turn,) = talk(agent, f"Longhaul 7 Running Shoe, light gray, {size}")
    assert cart_lines(turn) == [("longhaul-7-running-shoe", title, 1)], turn.reply


def test_a_count_said_with_its_unit_is_still_a_count(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Longhaul 7 Running Shoe, light gray, 10, 2 pairs")
    assert cart_lines(turn) == [("longhaul-7-running-shoe", "light gray / 10", 2)], turn.reply
