"""Constraints said around a kind: "mens 9" is a shoe size, and "duffel bag for the gym" is a bag
for a use, never a question about the one product titled Gym Duffel."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.slots import size_in
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


def _products() -> list[Product]:
    shoes, duffels = ["Footwear", "Running Shoes"], ["Bags", "Duffels"]
    return [
        item("RUN1", "Airstep Running Shoe", 120, shoes, {"black": {"9": 4, "10": 2}}),
        item("RUN2", "Pacer Running Shoe", 150, shoes, {"black": {"9": 0, "10": 5}}),
        item("DUF1", "Gym Duffel 40L Duffel Bag", 160, duffels, {"black": {"": 0}}),
        item("DUF2", "Packable 35L Duffel Bag", 130, duffels, {"black": {"": 6}}),
        item("DUF3", "Expedition 60L Duffel Bag", 110, duffels, {"olive": {"": 3}}),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


@pytest.mark.parametrize(
    ("said", "size"),
    [("running shoes, mens 9 in black", "9"), ("womens 7.5 trail shoes", "7.5")],
)
def test_a_size_said_with_whose_sizing_it_is_is_a_size(said: str, size: str) -> None:
    assert size_in(said) == size


def test_mens_size_in_stock_hides_a_shoe_sold_out_in_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "running shoes, mens 9 in black, only ones you have in stock")
    assert ids(turn) == ["RUN1"], turn.reply


def test_what_a_kind_is_for_names_no_product_by_its_title(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "duffel bag for the gym under 150, has to be in stock")
    assert turn.products and set(ids(turn)) <= {"DUF2", "DUF3"}, turn.reply
    (asked,) = talk(agent, "is the gym duffel in stock?")
    assert ids(asked) == ["DUF1"] and "sold out" in asked.reply.lower(), asked.reply
