"""A kind asked with a refusal ("juice please, but NOT from concentrate") is a search: the
refused words are no short name, even where a product's title opens with them."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products


@pytest.mark.parametrize("products", [sample_catalog_products({"Juice"})])
def test_a_refused_title_opening_orders_nothing(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "juice please, but NOT from concentrate")
    assert turn.products and not turn.cart, turn.reply
