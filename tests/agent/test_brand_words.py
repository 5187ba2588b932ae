"""A brand that is also a plain word ("Apple") filters only when the shopper means the brand."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, brand: str, category: list[str], dollars: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=[], stock=10, brand=brand, description=""
    )


def apple_and_apple_juice() -> list[Product]:
    return [
        _item("MAC1", "MacBook Air 13 Laptop", "Apple", ["Electronics", "Laptops"], "999"),
        _item("PAD1", "iPad 10.9 Tablet", "Apple", ["Electronics", "Tablets"], "349"),
        _item("JUI1", "Organic Apple Juice", "Orchard Lane", ["Grocery", "Juice"], "4.99"),
        _item("JUI2", "Cloudy Apple Juice", "Millhouse", ["Grocery", "Juice"], "3.49"),
        _item("CID1", "Sparkling Pear Cider", "Orchard Lane", ["Grocery", "Juice"], "5.99"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return apple_and_apple_juice()


def test_apple_juice_lists_the_juices(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do you have apple juice?")
    assert set(ids(turn)[:2]) == {"JUI1", "JUI2"}
    assert "Organic Apple Juice" in turn.reply and "Cloudy Apple Juice" in turn.reply


def test_something_by_apple_lists_only_apple(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "show me something by Apple")
    assert set(ids(turn)) == {"MAC1", "PAD1"}
