""" "diff" before a noun is "different" ("a diff one for each of us"), not a comparison."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Drinkware"})


def test_a_colour_question_wanting_a_diff_one_each_is_answered(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "what colours does the Latte Bowl Mug come in? want a diff one for each of us",
    )
    assert ids(turn) == ["latte-bowl-mug"]
    assert all(colour in turn.reply for colour in ("rust", "sage", "white")), turn.reply
