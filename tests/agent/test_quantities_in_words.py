"""Quantities said in words, through `ShoppingAgent.chat`: "half a dozen" and "two dozen" for a
cart line, "3 nos." closing an item, a count before "in <colour>" or "in the <option>" (never
three inches), "same again" for the line just added, and a later sentence's "I'll need two of
them"."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_product = partial(acme_product, stock=60, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("SOCK1", "Alpaca Trek Socks", ["Apparel", "Socks"], colors=["cream", "rust"],
             sizes=["S", "M", "L"]),
    _product("HAT1", "Ribbed Knit Beanie", ["Apparel", "Hats"], colors=["olive", "black"]),
    _product("MUG1", "Glazed Camp Mug", ["Home", "Mugs"], colors=["sage", "cream"]),
    _product("BTL1", "Chug Lid Bottle", ["Outdoors", "Water Bottles"],
             options=[{"color": "teal", "size": "20 oz"}, {"color": "teal", "size": "32 oz"}]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_half_a_dozen_sets_the_line(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add 2 Alpaca Trek Socks in cream, size M", "make it half a dozen")
    assert cart_lines(turns[-1]) == [("SOCK1", "cream / m", 6)]


def test_two_dozen_sets_the_line(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the Glazed Camp Mug in sage", "make that two dozen")
    assert cart_lines(turns[-1]) == [("MUG1", "sage", 24)]


def test_count_before_in_colour_is_a_count(agent: ShoppingAgent) -> None:
    turns = talk(agent, "show me the Alpaca Trek Socks", "add 3 in rust, size L")
    assert cart_lines(turns[-1]) == [("SOCK1", "rust / l", 3)]


@pytest.mark.parametrize(
    ("shown", "message"),
    [
        ("show me the Glazed Camp Mug", "add 2 in the sage"),
        ("show me the Chug Lid Bottle", "add 2 in the 20 oz"),
        ("show me the Alpaca Trek Socks", "add 2 in the rust, size L"),
    ],
)
def test_count_before_in_the_option_is_a_count(
    agent: ShoppingAgent, shown: str, message: str
) -> None:
    turns = talk(agent, shown, message)
    assert [line[2] for line in cart_lines(turns[-1])] == [2], turns[-1].reply


def test_same_again_adds_one_more(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add a Ribbed Knit Beanie in black", "same again")
    assert cart_lines(turns[-1]) == [("HAT1", "black", 2)]


def test_nos_closing_an_item_is_its_count(agent: ShoppingAgent) -> None:
    turns = talk(agent, "pls add ribbed knit beanie olive 3 nos.")
    assert cart_lines(turns[-1]) == [("HAT1", "olive", 3)]


def test_a_later_sentence_says_how_many(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "Could you add the Glazed Camp Mug in cream to my basket? On reflection I will need "
        "three of them, one for each of my sisters.",
    )
    assert cart_lines(turns[-1]) == [("MUG1", "cream", 3)]
