# ruff: noqa: E501
"""Half sizes said in words ("an 8 and a half", "size nine and a half") read as 8.5 and 9.5
wherever a size is read, and slang removals ("yeet the shoes out of my cart"), through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TOP = {"S": 5, "M": 5, "L": 5}
SHOE = {"8": 5, "8.5": 5, "9": 5, "9.5": 5, "10": 5, "10.5": 5}


@pytest.fixture
def products() -> list[Product]:
    sneakers = ["Shoes", "Sneakers"]
    return [
        item(
            "CLS", "Canvas Low Sneaker", 45, sneakers, {"black": SHOE, "white": {**SHOE, "9.5": 0}}
        ),
        item("TEE", "Pima Crew Tee", 14, ["Apparel", "T-Shirts"], {"olive": TOP}),
        item("SOC", "Liner Socks", 12, ["Apparel", "Socks"], {"white": TOP}),
        item("KCH", "Sea Salt Kettle Chips", 4, ["Grocery", "Snacks", "Chips"]),
        item("SWT", "Merino Crew Sweater", 80, ["Apparel", "Sweaters"], {"navy": TOP}),
        item("BPK", "Daypack Backpack", 60, ["Bags", "Backpacks"]),
        item("TEA", "English Breakfast Tea", 7, ["Grocery", "Tea"]),
    ]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["add the canvas low sneaker in black, size 8", "actually make it an 8 and a half instead"], ("CLS", "black / 8.5")),
        (["I'd like the canvas low sneaker in black, size ten and a half please"], ("CLS", "black / 10.5")),
        (["add the canvas low sneaker black 9", "could you swap it for a nine-and-a-half?"], ("CLS", "black / 9.5")),
    ],
)  # fmt: skip
def test_a_half_size_said_in_words_is_the_half_size(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str]
) -> None:
    turn = talk(agent, *messages)[-1]
    assert cart_lines(turn) == [(*expected, 1)]


def test_a_sold_out_half_size_said_in_words_is_said_sold_out(agent: ShoppingAgent) -> None:
    turn = talk(agent, "I'd like the Canvas Low Sneaker in white, size nine and a half.")[-1]
    assert "9.5" in turn.reply
    assert "out of stock" in turn.reply or "sold out" in turn.reply
    assert cart_lines(turn) == []


@pytest.mark.parametrize(
    ("messages", "kept"),
    [
        (["add the canvas low sneaker black 9", "add the liner socks in white, M", "yeet the shoes out of my cart, keeping the socks"], "SOC"),
        (["add the pima crew tee olive S", "add the liner socks in white, M", "yeet the socks please"], "TEE"),
        (["add the canvas low sneaker black 9", "add the pima crew tee olive M", "get the tee out of my basket, I'll keep the sneakers"], "CLS"),
    ],
)  # fmt: skip
def test_a_slang_removal_removes_the_line_named(
    agent: ShoppingAgent, messages: list[str], kept: str
) -> None:
    turn = talk(agent, *messages)[-1]
    assert [line[0] for line in cart_lines(turn)] == [kept]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Put the Liner Socks in white, size large... no sorry, medium, in my basket please", ("SOC", "white / m")),
        ("add the canvas low sneaker in black, size 9, I mean 9.5", ("CLS", "black / 9.5")),
        ("add the canvas low sneaker in white... no wait, black, size 10", ("CLS", "black / 10")),
    ],
)  # fmt: skip
def test_a_value_taken_back_in_the_same_message_is_the_later_one(
    agent: ShoppingAgent, message: str, expected: tuple[str, str]
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == [(*expected, 1)]


@pytest.mark.parametrize(
    ("messages", "kept"),
    [
        (["add 2 bags of the sea salt kettle chips", "add the english breakfast tea", "actually remove the crisps, I'm on a diet"], "TEA"),
        (["add the merino crew sweater in navy, M", "add the english breakfast tea", "take the jumper out please"], "TEA"),
        (["add the daypack backpack", "add the english breakfast tea", "remove the rucksack"], "TEA"),
    ],
)  # fmt: skip
def test_a_regional_kind_word_finds_the_cart_line(
    agent: ShoppingAgent, messages: list[str], kept: str
) -> None:
    turn = talk(agent, *messages)[-1]
    assert [line[0] for line in cart_lines(turn)] == [kept]


@pytest.mark.parametrize(
    "message",
    [
        "Oh dear, on second thoughts he's put on a bit of weight, could I have it in a large instead?",
        "she's put on a few pounds, can I get it in L instead",
    ],
)
def test_put_on_weight_is_a_reason_for_the_size_not_an_order(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, "add the pima crew tee in olive, size M", message)[-1]
    assert cart_lines(turn) == [("TEE", "olive / l", 1)]


@pytest.mark.parametrize(
    ("messages", "kept"),
    [
        (["add the canvas low sneaker in black, size 9", "and another the same size in white", "no, just the white one. take the black one off please"], "black"),
    ],
)  # fmt: skip
def test_a_removal_beside_a_keep_removes_the_line_not_kept(
    agent: ShoppingAgent, messages: list[str], kept: str
) -> None:
    lines = cart_lines(talk(agent, *messages)[-1])
    assert len(lines) == 1
    assert kept not in lines[0][1].split(" / ")
