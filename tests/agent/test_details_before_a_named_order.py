"""A name and email said before a named order ("hi, I'm Ravi Menon, ravi@… - I want the River
Strap Sandal in olive size 9"): the item is added and the details kept for checkout, which asks
only for what is missing; "… and check me out" after the address is no part of it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's sandals."""
    return sample_catalog_products({"Sandals"}, leaf_only=True)


def test_details_then_a_named_item_adds_it_and_keeps_the_details(agent: ShoppingAgent) -> None:
    added, summary = talk(
        agent,
        "hi, I'm Ravi Menon, ravi.menon@example.com - I want the River Strap Sandal in olive "
        "size 9 to go with my shorts",
        "ship it to 500 N Lakeshore Dr, Chicago, IL 60611 and check me out",
    )
    assert cart_lines(added) == [("river-strap-sandal", "olive / 9", 1)], added.reply
    assert not added.awaiting_confirmation, added.reply
    assert summary.awaiting_confirmation, summary.reply
    assert "Ravi Menon" in summary.reply, summary.reply
    assert "Chicago, IL 60611" in summary.reply, summary.reply
    assert "check me out" not in summary.reply, summary.reply


def test_details_labelled_first_then_an_add_adds_it(agent: ShoppingAgent) -> None:
    added = talk(
        agent,
        "my details first: Ravi Menon, ravi.menon@example.com, 500 N Lakeshore Dr, Chicago IL "
        "60611. now add 2 river strap sandals olive 9 for me and my brother",
    )[-1]
    assert cart_lines(added) == [("river-strap-sandal", "olive / 9", 2)], added.reply
