"""A size said as "the small bottle" or "the big one" when adding: the smallest or largest size
the product comes in, not a question listing the sizes, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        acme_product(
            "SHAM1", "Tea Tree Scalp Shampoo", ["Beauty", "Shampoo"], "31.99",
            options=[{"size": "8 fl oz"}, {"size": "16 fl oz"}], first_id=0,
        ),
        acme_product(
            "SHAM2", "Rosemary Mint Shampoo", ["Beauty", "Shampoo"], "24.99",
            options=[{"size": "12 fl oz"}, {"size": "32 fl oz"}], first_id=0,
        ),
    ]  # fmt: skip


def test_the_small_bottle_is_the_smallest_size(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the Tea Tree Scalp Shampoo, small bottle")
    assert cart_lines(turns[-1]) == [("SHAM1", "8 fl oz", 1)]


def test_the_big_bottle_of_the_first_listed_is_its_largest_size(agent: ShoppingAgent) -> None:
    turns = talk(agent, "need a shampoo", "add the first one, the big bottle")
    first = turns[0].products[0].id
    largest = {"SHAM1": "16 fl oz", "SHAM2": "32 fl oz"}[first]
    assert cart_lines(turns[-1]) == [(first, largest, 1)]


def test_no_size_word_still_asks(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the Tea Tree Scalp Shampoo")
    assert cart_lines(turns[-1]) == []
    assert "8 fl oz" in turns[-1].reply
