"""'the first one' is the first product of the list in view, whatever words the titles hold:
a later title with "One" in it ("Two in One") is no kind the shopper named, through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

PCS = ["Electronics", "Computers"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("PC1", "Compact Tower Desktop Computer", 420, PCS),
        item("PC2", "Slim Two in One Desktop Computer", 510, PCS),
        item("PC3", "Mini Desktop Computer", 300, PCS),
    ]


@pytest.mark.parametrize("pick", ["add the first one to my cart", "add the first ones"])
def test_the_first_one_is_the_first_listed(agent: ShoppingAgent, pick: str) -> None:
    listed, turn = talk(agent, "desktop computer", pick)
    first = listed.products[0].id
    assert first != "PC2"  # else the test says nothing: the "One" title must not be first
    assert cart_lines(turn) == [(first, "black", 1)]
