"""Availability asked as a shop assistant hears it, per variant: a bare title with a sold-out
colour and size is answered with what there is instead; "how many are left?", "when will it be
back?", "what colours are in stock then?", "what sizes do u have in the gray", "damn. S?", "and
the 12?" go on about the variant just asked; "i need 6 of them" and "2 please" order it; "what
about black then" after a sold-out add asks, and never adds; "any other jeans in navy 36" keeps
the size asked. No restock date is ever invented."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from agent.stock_follow_ups import asks_restock
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, ids, talk

_SOLD_OUT = r"sold out|out of stock"
_DATED = r"\b(?:tomorrow|next (?:week|month)|in \d+ (?:days?|weeks?)|within \d+)\b"


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's tees, hoodies, jeans, dresses, jackets, scarves, cookware, sneakers,
    backpacks, headphones and dumbbells, as the shop sells them."""
    return sample_catalog_products(
        {
            "T-Shirts", "Hoodies", "Jeans", "Dresses", "Jackets", "Scarves", "Cookware",
            "Sneakers", "Backpacks", "Headphones", "Dumbbells",
        },
        leaf_only=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("message", "instead"),
    [
        ("relaxed carpenter jean in navy 36", r"28, 30, 32, 34"),
        ("boxy oversized tee heather gray M", r"XS, S, XL, XXL"),
        ("cast iron skillet in red, 10 inch", r"8 in, 12 in"),
    ],
)
def test_a_bare_title_with_a_sold_out_variant_says_so_and_what_there_is(
    agent: ShoppingAgent, message: str, instead: str
) -> None:
    turn = talk(agent, message)[-1]
    assert re.search(_SOLD_OUT, turn.reply, re.I), turn.reply
    assert re.search(instead, turn.reply), turn.reply
    assert cart_lines(turn) == []


def test_how_many_are_left_counts_the_variant_just_asked(agent: ShoppingAgent) -> None:
    _, counted = talk(agent, "is the tiered maxi dress in teal M in stock", "how many are left?")
    assert re.search(r"\b2\b", counted.reply), counted.reply


def test_a_restock_date_is_never_invented(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "summit tech hoodie navy medium?", "when will it be back in stock")
    assert re.search(r"don't have a restock date", asked.reply), asked.reply
    assert not re.search(_DATED, asked.reply, re.I), asked.reply
    assert "navy" in asked.reply and "Summit Tech Hoodie" in asked.reply


def test_the_colours_in_stock_are_named(agent: ShoppingAgent) -> None:
    _, listed = talk(
        agent, "do you have the silk square scarf in navy", "what colours are in stock then"
    )
    assert "charcoal" in listed.reply and "camel" in listed.reply, listed.reply


def test_the_sizes_left_in_a_colour_are_named(agent: ShoppingAgent) -> None:
    *_, listed = talk(
        agent, "boxy oversized tee heather gray M", "L?", "ugh what sizes DO u have in the gray"
    )
    assert re.search(r"\bXS\b", listed.reply) and re.search(r"\bXXL\b", listed.reply)
    assert "I can find products" not in listed.reply


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("stormline rain jacket in mustard XS?", "damn. S?", r"in stock in mustard size S"),
        ("cast iron skillet in red, 10 inch", "and the 12?", r"only 1 left"),
    ],
)
def test_a_size_alone_goes_on_with_the_stock_question(
    agent: ShoppingAgent, first: str, then: str, expected: str
) -> None:
    _, asked = talk(agent, first, then)
    assert re.search(expected, asked.reply), asked.reply


def test_an_urgent_stock_question_is_no_property(agent: ShoppingAgent) -> None:
    turn = talk(agent, "neoprene pair dumbbell in 5 lb?? need them asap")[-1]
    assert re.search(_SOLD_OUT, turn.reply, re.I) and "5 lb" in turn.reply, turn.reply
    assert "asap" not in turn.reply


def test_more_than_there_are_is_refused_with_the_count(agent: ShoppingAgent) -> None:
    _, ordered = talk(
        agent, "daypack 18l in mustard - in stock?", "i need 6 of them for my hiking group"
    )
    assert re.search(r"only 5", ordered.reply), ordered.reply
    assert cart_lines(ordered) == []


def test_a_count_after_how_many_adds_the_variant_counted(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "retro wired headphones in navy - how many have u got", "cool, 2 please")
    assert cart_lines(added) == [("retro-wired-headphones", "navy", 2)], added.reply


def test_asking_about_the_offered_colour_adds_nothing_until_asked(agent: ShoppingAgent) -> None:
    offered, asked, added = talk(
        agent,
        "canvas low sneaker white size 10 pls",
        "what about black then",
        "cool add the black 10",
    )
    assert re.search(_SOLD_OUT, offered.reply, re.I), offered.reply
    assert cart_lines(asked) == [] and re.search(r"in stock in black size 10", asked.reply)
    assert cart_lines(added) == [("canvas-low-sneaker", "black / 10", 1)], added.reply


def test_the_size_asked_said_again_bare_is_that_size(agent: ShoppingAgent) -> None:
    _, listed = talk(agent, "relaxed carpenter jean in navy 36", "any other jeans in navy 36 then?")
    assert listed.products and "relaxed-carpenter-jean" not in ids(listed), ids(listed)


@pytest.mark.parametrize(
    ("text", "restock"),
    [
        ("can I get it in sand?", False),
        ("when will you get it in?", True),
        ("expecting them in soon?", True),
    ],
)
def test_a_colour_asked_for_is_no_restock_question(text: str, restock: bool) -> None:
    assert asks_restock(text) is restock
