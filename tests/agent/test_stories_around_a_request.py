"""A request told with a story around it stays a request: "he drop everything" is no order to
empty the cart, and "I take care of him this week" is no goodbye."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], dollars: str, material: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=[], stock=10, brand="Peak", description="",
        attributes={"material": material},
    )  # fmt: skip


def bottles() -> list[Product]:
    bottles = ["Sports", "Water Bottles"]
    return [
        _item("BOT1", "Kids Straw Water Bottle", bottles, "14.99", "plastic"),
        _item("BOT2", "Glass Infuser Water Bottle", bottles, "24.99", "glass"),
        _item("MUG1", "Stoneware Diner Mug", ["Home", "Mugs"], "17.99", "stoneware"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return bottles()


def test_a_story_of_dropping_everything_is_no_removal(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "water bottle for my son for school, he is 7. not glass please he drop everything"
    )
    assert ids(turn) == ["BOT1"]
    assert "remove" not in turn.reply.lower()


def test_dropping_everything_alone_still_empties_the_cart(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "drop everything")
    assert "empty" in turn.reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "dog food for the dog of my neighbour, I take care of him this week",
        "bird seed for the birds in my garden, thanks a lot",
    ],
)
def test_an_unsold_kind_with_a_story_is_not_a_goodbye(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "goodbye" not in turn.reply.lower() and "carry" in turn.reply.lower()
