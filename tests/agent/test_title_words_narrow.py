"""Through `ShoppingAgent.chat`: a word found only inside other kinds' titles names no kind.
"green" is in "Jasmine Green Tea" and "waterproof" in "Splash Waterproof Speaker"; after hats,
"green" narrows the hats, and "teal" (a colour, whatever typo of "tea" it may be) the water
bottles (the merge of the 7 Dec evening fixers had searched tea for both)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves

_CATALOG = Path(__file__).parents[2] / "fixtures" / "sample" / "catalog.jsonl"


@pytest.fixture
def products() -> list[Product]:
    rows = [json.loads(line) for line in _CATALOG.read_text().splitlines() if line.strip()]
    return sample_catalog_products({row["category"][-1] for row in rows}, leaf_only=True)


@pytest.mark.parametrize(
    ("search", "message", "kept"),
    [
        ("hats", "green", "Hats"),
        ("trail shoes", "waterproof only", "Trail Running Shoes"),
        ("hats", "lavender?", "Hats"),
        ("water bottle", "teal", "Water Bottles"),
    ],
)
def test_a_word_found_only_inside_other_titles_narrows_the_list(
    agent: ShoppingAgent, search: str, message: str, kept: str
) -> None:
    first = agent.chat(None, search)
    turn = agent.chat(first.thread_id, message)
    assert shown_leaves(turn) <= {kept}, turn.reply


@pytest.mark.slow
def test_a_colour_close_to_a_sold_kind_narrows_the_list(real_agent: ShoppingAgent) -> None:
    """ "teal" is near "tea" for the real encoder, and tea is sold; a colour still narrows."""
    first = real_agent.chat(None, "water bottle")
    turn = real_agent.chat(first.thread_id, "teal")
    assert shown_leaves(turn) <= {"Water Bottles"}, turn.reply
