"""Through `ShoppingAgent.chat`: a word found only inside other kinds' titles names no kind.
"green" is in "Jasmine Green Tea" and "waterproof" in "Splash Waterproof Speaker"; after hats,
"green" narrows the hats (the merge of the 7 Dec evening fixers had searched tea for it)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(
        {"Hats", "Tea", "Trail Running Shoes", "Speakers"}, leaf_only=True
    )


@pytest.mark.parametrize(
    ("search", "message", "kept"),
    [
        ("hats", "green", "Hats"),
        ("trail shoes", "waterproof only", "Trail Running Shoes"),
        ("hats", "lavender?", "Hats"),
    ],
)
def test_a_word_found_only_inside_other_titles_narrows_the_list(
    agent: ShoppingAgent, search: str, message: str, kept: str
) -> None:
    first = agent.chat(None, search)
    turn = agent.chat(first.thread_id, message)
    assert shown_leaves(turn) <= {kept}, turn.reply
