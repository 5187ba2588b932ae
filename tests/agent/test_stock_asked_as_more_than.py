"""Stock asked as a floor ("do you have more than one left?"): the count on the shelf, measured
against one more than the floor; "more than one colour" asks no count."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.stock_counts import count_wanted
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Sun Care"}, leaf_only=True)


@pytest.mark.parametrize(
    "message",
    [
        "do you have more than one Tinted Daily Sunscreen SPF 50 left? need two for a beach week",
        "Tinted Daily Sunscreen SPF 50 - got more than one left?",
    ],
)
def test_more_than_one_left_is_answered_with_the_count(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "2 of Tinted Daily Sunscreen SPF 50" in turn.reply, turn.reply
    assert "doesn't say" not in turn.reply, turn.reply


def test_more_than_one_option_asks_no_count() -> None:
    assert count_wanted("does it come in more than one colour?") is None
    assert count_wanted("any more than 2 left?") == 3
