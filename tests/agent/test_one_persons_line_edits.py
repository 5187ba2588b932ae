"""A change to one person's line of several of the same product: "make the L one 2", "change
his to 10.5", "actually 3 of the kids one", "make the kids ones 3", "she wants black too".
Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

_SOCKS = ["Clothing", "Socks"]
_SHOES = ["Shoes", "Sneakers"]
_DRESSES = ["Clothing", "Dresses"]
_CARE = ["Beauty", "Sunscreen"]
_MUGS = ["Kitchen", "Mugs"]


@pytest.fixture
def products() -> list[Product]:
    sizes = {"S": 9, "M": 9, "L": 9}
    return [
        item("SOCK1", "Liner Pack Socks", 19, _SOCKS, {"white": dict(sizes)}),
        item("SOCK2", "Padded Crew Socks", 23, _SOCKS, {"white": dict(sizes)}),
        item(
            "SHOE1",
            "Canvas Low Sneaker",
            45,
            _SHOES,
            {"white": {"7": 5, "10.5": 5, "11": 5}, "black": {"7": 5, "10.5": 5, "11": 5}},
        ),
        item(
            "DRS1", "Tiered Maxi Dress", 55, _DRESSES, {"black": dict(sizes), "teal": dict(sizes)}
        ),
        item("SUN1", "Kids Gentle Sunscreen", 29, _CARE, {"white": {"3 fl oz": 9}}),
        item("SUN2", "Mineral Face Sunscreen", 31, _CARE, {"blue": {"3 fl oz": 9}}),
        item("MUG1", "Latte Bowl Mug", 23, _MUGS, {"white": {"12 oz": 9}, "sage": {"12 oz": 9}}),
    ]


@pytest.mark.parametrize(
    ("first", "then", "lines"),
    [
        (
            "3 packs of the liner pack socks, one S, one M, one L",
            "make the L one 2, my husband goes through them",
            [("SOCK1", "white / l", 2), ("SOCK1", "white / m", 1), ("SOCK1", "white / s", 1)],
        ),
        (
            "add the canvas low sneaker in white size 7 for me and black size 11 for my husband",
            "change his to 10.5, he says they run big",
            [("SHOE1", "black / 10.5", 1), ("SHOE1", "white / 7", 1)],
        ),
        (
            "padded crew socks in white, 2 pairs in S for the kids and 1 in M for me",
            "make the kids ones 3, my nephew is staying over",
            [("SOCK2", "white / m", 1), ("SOCK2", "white / s", 3)],
        ),
        (
            "tiered maxi dress in black S for me and teal M for my sister",
            "ugh she changed her mind, she wants black too",
            [("DRS1", "black / m", 1), ("DRS1", "black / s", 1)],
        ),
        (
            "add the kids gentle sunscreen x2 and the mineral face one for me",
            "actually 3 of the kids one, bringing my niece",
            [("SUN1", "white / 3 fl oz", 3), ("SUN2", "blue / 3 fl oz", 1)],
        ),
    ],
)
def test_one_persons_line_changes(
    agent: ShoppingAgent, first: str, then: str, lines: list[tuple[str, str, int]]
) -> None:
    turns = talk(agent, first, then)
    assert len(turns[0].cart.lines if turns[0].cart else []) == len(lines), turns[0].reply
    assert cart_lines(turns[-1]) == lines, turns[-1].reply


def test_a_count_said_in_two_colours_splits_the_line(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add latte bowl mugs in white, 12 oz, 4 of them, one for each of us",
        "actually make it 2 white and 2 sage",
    )[-1]
    assert cart_lines(turn) == [("MUG1", "sage / 12 oz", 2), ("MUG1", "white / 12 oz", 2)]


def test_the_same_for_another_person_in_other_values_is_a_new_line(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add the tiered maxi dress in teal, size L, for my sister",
        "same for me but in black, S",
    )[-1]
    assert cart_lines(turn) == [("DRS1", "black / s", 1), ("DRS1", "teal / l", 1)], turn.reply
