"""An ordinal that belongs to someone ("my daughter's first apartment") points at no list item."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Cookware"})


def test_a_size_question_for_someones_first_home_is_answered(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "what sizes does the Cast Iron Skillet come in? one for me and one for my daughter's "
        "first apartment",
    )
    assert ids(turn) == ["cast-iron-skillet"]
    assert re.search(r"\b8\b.*\b10\b.*\b12\b", turn.reply), turn.reply


def test_the_first_one_still_points_at_the_list(agent: ShoppingAgent) -> None:
    turns = talk(agent, "skillets", "how much is the first one")
    assert ids(turns[-1]) == ids(turns[0])[:1]
