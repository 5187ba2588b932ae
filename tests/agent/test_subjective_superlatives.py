"""A taste asked of the list ("which of those is the nicest?", "which of these is the best") is
a request for the assistant's pick, never a property to look up in the records."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's teas."""
    return sample_catalog_products({"Tea"}, leaf_only=True)


@pytest.mark.parametrize(
    "question",
    ["which of those is the nicest", "which of these is the best?", "which one is the coolest"],
)
def test_a_taste_asked_of_the_list_gets_a_pick(agent: ShoppingAgent, question: str) -> None:
    listed, picked = talk(agent, "tea for my sister", question)
    assert listed.products, listed.reply
    assert "doesn't say" not in picked.reply, picked.reply
    assert picked.reply.startswith("My pick"), picked.reply


def test_that_one_after_the_pick_adds_the_pick(agent: ShoppingAgent) -> None:
    *_, picked, added = talk(
        agent, "tea for my sister", "which of those is the nicest", "ok that one then, 2 boxes"
    )
    first = picked.products[0]
    assert cart_lines(added) and cart_lines(added)[0][0] == first.id, added.reply
    assert cart_lines(added)[0][2] == 2, added.reply
