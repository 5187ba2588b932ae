"""A short title typed with a value for every option it has, or with a count, is an order (the
lead's call, issue #9): the shopper has chosen one variant. A bare short title still lists first,
a title with an option left open is a look, and a question stays a question."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, ids, talk

_SIZES = {"S": 5, "M": 5, "L": 5}
_ONE = {"": 5}


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TEE1", "Ringer Tee", 15, ["Apparel", "Tees"], {"sage": _SIZES, "black": _SIZES}),
        item("TEE2", "Pocket Crew Tee", 18, ["Apparel", "Tees"], {"sage": _SIZES}),
        item("SOCK1", "Wool Boot Socks", 27, ["Wear", "Socks"], {"white": _SIZES, "rust": _SIZES}),
        item("HAT1", "Bucket Canvas Hat", 17, ["Gear", "Hats"], {"black": _ONE, "olive": _ONE}),
        item("KNF1", "Santoku 7in Knife", 20, ["Kitchen", "Knives"], {"olive": _ONE}),
        item("KNF2", "Paring 3.5in Knife", 50, ["Kitchen", "Knives"], {"black": _ONE}),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("ringer tee in sage, size S", ("TEE1", "sage / s", 1)),
        ("bucket canvas hat, black", ("HAT1", "black", 1)),
        ("santoku knife please, just one", ("KNF1", "olive", 1)),
        ("ringer tee sage S", ("TEE1", "sage / s", 1)),  # a letter size said bare
        ("wool boot socks rust M", ("SOCK1", "rust / m", 1)),
    ],
)
def test_a_short_title_with_every_option_or_a_count_is_added(
    agent: ShoppingAgent, message: str, line: tuple[str, str, int]
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == [line], turn.reply


def test_two_titles_each_with_every_option_are_both_added(agent: ShoppingAgent) -> None:
    turn = talk(agent, "ringer tee, sage, medium. and the wool boot socks in white M")[-1]
    assert cart_lines(turn) == [("SOCK1", "white / m", 1), ("TEE1", "sage / m", 1)], turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "ringer tee in sage",  # the size left open: a look at the tee
        "i'm after the ringer tee in sage",  # the "m" of "i'm" is no size
        "santoku knife",  # bare: listed first
        "do you have the ringer tee in sage S?",  # a question
    ],
)
def test_an_open_option_a_bare_title_or_a_question_adds_nothing(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == [] and ids(turn), turn.reply


@pytest.mark.parametrize(
    "message",
    [
        f"2 Ringer Tees in sage size S for my twins please. ship to {BUYER}",
        f"my details first so i dont forget: {BUYER}. now add 2 Ringer Tees in sage, size S",
    ],
)
def test_a_title_with_every_option_beside_the_details_is_added(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == [("TEE1", "sage / s", 2)], turn.reply


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("ringer tee black M please", ("TEE1", "black / m", 1)),
        ("ringer tee sage S", ("TEE1", "sage / s", 1)),
        ("wool boot socks rust L", ("SOCK1", "rust / l", 1)),
    ],
)
def test_a_size_letter_right_after_the_colour_is_the_size(
    agent: ShoppingAgent, message: str, line: tuple[str, str, int]
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == [line], turn.reply


def test_a_title_with_every_option_after_an_aside_is_added(agent: ShoppingAgent) -> None:
    turn = talk(agent, "btw who won the game last night", "anyway. ringer tee sage M please")[-1]
    assert cart_lines(turn) == [("TEE1", "sage / m", 1)], turn.reply
