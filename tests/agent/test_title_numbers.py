"""A model number said in words ("the longhaul seven") names the product whose title writes it
in digits (the Longhaul 7 Running Shoe)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.mark.parametrize("products", [sample_catalog_products({"Running Shoes"})])
def test_a_model_number_said_in_words_names_the_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "whats the drop on the longhaul seven")
    assert "8 mm" in turn.reply, turn.reply
    assert ids(turn) == ["longhaul-7-running-shoe"]
