# ruff: noqa: E501
"""Corrections of what was just done to the cart, said as a complaint, through
`ShoppingAgent.chat`: the value that was wrong ("why is it olive? I wanted black", "my bad, it
should be an XL"), another product of the same kind ("whoops, I meant the high top version"),
an undo of the last add, a put-back of the line just removed, and a removal with another
product instead. The line changes and nothing else is searched."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TOP = {"S": 5, "M": 5, "L": 5, "XL": 5}
SHOE = {"8": 5, "9": 5, "9.5": 5, "10": 5}


@pytest.fixture
def products() -> list[Product]:
    hoodies, sneakers, hats = ["Apparel", "Hoodies"], ["Shoes", "Sneakers"], ["Accessories", "Hats"]
    one_size = {"One Size": 9}
    return [
        item("FZH", "Fleece Zip Hoodie", 70, hoodies, {"black": TOP, "cream": TOP}),
        item("QZH", "Quarter Zip Hoodie", 50, hoodies, {"black": TOP, "rust": TOP}),
        item("STH", "Summit Tech Hoodie", 52, hoodies, {"black": TOP, "navy": TOP}),
        item("CLS", "Canvas Low Sneaker", 45, sneakers, {"black": SHOE, "white": SHOE}),
        item("CHS", "Canvas High Sneaker", 60, sneakers, {"black": SHOE, "white": SHOE}),
        item("GLS", "Gum Sole Low Sneaker", 55, sneakers, {"black": SHOE}),
        item("BEA", "Wool Beanie Hat", 28, hats, {"black": one_size, "olive": one_size}),
        item("TRK", "Trucker Mesh Hat", 21, hats, {"forest green": one_size}),
        item("SOC", "Merino Hiker Socks", 30, ["Apparel", "Socks"], {"heather gray": TOP}),
        item("JEA", "Straight 211 Jean", 63, ["Apparel", "Jeans"], {"navy": {"32": 5, "34": 5}}),
        item("TEA", "English Breakfast Tea", 7, ["Grocery", "Tea"]),
        item("SDM", "Stoneware Diner Mug", 18, ["Kitchen", "Mugs"], {"sky blue": {"12 oz": 9}}),
        item("ECM", "Espresso Cup Set Mug", 20, ["Kitchen", "Mugs"], {"navy": {"12 oz": 9}}),
    ]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["add the wool beanie in olive", "why is it olive?? i wanted black"], ("BEA", "black / one size")),
        (["add the quarter zip hoodie rust S", "my bad, it should be an XL"], ("QZH", "rust / xl")),
        (["add the canvas low sneaker white 9", "ugh sorry, i'm a 9.5, they run small"], ("CLS", "white / 9.5")),
        (["add the straight 211 jean 32", "hmm measured again, i'm a 34 - can you fix that"], ("JEA", "navy / 34")),
        (["add the summit tech hoodie black M", "that's the wrong colour, it was meant to be navy"], ("STH", "navy / m")),
        (["add the fleece zip hoodie black L", "oops wrong one, i wanted the quarter zip, not the fleece. same colour n size"], ("QZH", "black / l")),
        (["add the canvas high sneaker black 10", "whoops, I meant the low top version"], ("CLS", "black / 10")),
        (["add the summit tech hoodie black M", "scratch that, give me the fleece zip hoodie instead"], ("FZH", "black / m")),
        (["add the wool beanie black", "nah take it out, i'd rather have the trucker mesh hat instead"], ("TRK", "forest green / one size")),
    ],
)  # fmt: skip
def test_a_correction_changes_the_line_just_added(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str]
) -> None:
    turn = talk(agent, *messages)[-1]
    assert cart_lines(turn) == [(*expected, 1)]
    assert not turn.products


@pytest.mark.parametrize(
    "undo", ["undo that please", "oops, fat fingered that, undo", "didn't mean to add that, sorry"]
)
def test_an_undo_takes_the_last_add_out(agent: ShoppingAgent, undo: str) -> None:
    *_, undone = talk(agent, "add the trucker mesh hat", "add the english breakfast tea", undo)
    assert cart_lines(undone) == [("TRK", "forest green / one size", 1)]


def test_an_undo_takes_out_every_unit_the_last_add_put_in(agent: ShoppingAgent) -> None:
    """'add 2 …' then 'undo that' empties the line: the count was the title order's own."""
    *_, undone = talk(agent, "add the trucker mesh hat", "add 2 english breakfast tea", "undo that")
    assert cart_lines(undone) == [("TRK", "forest green / one size", 1)]


@pytest.mark.parametrize(
    "back", ["wait no, put the socks back", "changed my mind, I want the socks after all", "actually add them back"]
)  # fmt: skip
def test_a_line_just_removed_is_put_back_as_it_was(agent: ShoppingAgent, back: str) -> None:
    *_, restored = talk(
        agent, "add merino hiker socks size L", "add the trucker mesh hat", "remove the socks", back
    )
    assert cart_lines(restored) == [
        ("SOC", "heather gray / l", 1),
        ("TRK", "forest green / one size", 1),
    ]
    assert not restored.products


@pytest.mark.parametrize(
    "drop", ["I don't need the cup after all, just keep the tea", "actually, remove the mug"]
)
def test_a_removal_said_with_a_correction_word_swaps_nothing(
    agent: ShoppingAgent, drop: str
) -> None:
    """The bench caught 'I don't need the cup after all' swapping the mug for another mug."""
    *_, dropped = talk(agent, "add the english breakfast tea", "and the stoneware diner mug", drop)
    assert [line[0] for line in cart_lines(dropped)] == ["TEA"]
