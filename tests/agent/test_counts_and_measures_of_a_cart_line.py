# ruff: noqa: E501
"""What a shopper says about the line in the cart, through `ShoppingAgent.chat`: a measure the
product comes in ("15 lb is better") changes that line even where another product's title holds
the same measure ("Adjustable 25 lb Dumbbell"); a title with a count of packages ("x3", "2
boxes", "one box in cart") is an order; "2x chips" after a comma is another item of a list;
"three not four" and "take 3 of it" are the count the line should have, while "2 more of it"
still adds; and "I live 25 Ly Thuong Kiet, …" at checkout is the address, never a search."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

WEIGHTS = {"5 lb": 5, "10 lb": 5, "15 lb": 5, "20 lb": 5}
CUPS = {"12 oz": 9, "16 oz": 9}


@pytest.fixture
def products() -> list[Product]:
    weights, mugs, tea = ["Fitness", "Dumbbells"], ["Kitchen", "Mugs"], ["Grocery", "Tea"]
    return [
        item("HEX", "Hex Rubber Dumbbell", 50, weights, {"black": WEIGHTS}),
        item("ADJ", "Adjustable 25 lb Dumbbell", 130, weights, {"black": WEIGHTS}),
        item("NEO", "Neoprene Pair Dumbbell", 40, weights, {"black": WEIGHTS}),
        item("SDM", "Stoneware Diner Mug", 18, mugs, {"sky blue": CUPS, "mustard": CUPS}),
        item("TIM", "Travel Insulated Mug", 25, mugs, {"navy": CUPS}),
        item("PEP", "Peppermint Tea", 10, tea, {"": {"": 9}}),
        item("JAS", "Jasmine Green Tea", 12, tea, {"": {"": 9}}),
        item("LEM", "Lemonade Classic Juice", 3, ["Grocery", "Juice"], {"": {"": 9}}),
        item("CHP", "Sea Salt Kettle Chips", 4, ["Grocery", "Chips"], {"": {"": 9}}),
    ]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["Hex Rubber Dumbbell 10 lb, 2 pieces please", "the trainer of my husband says 15 lb is better, change please"], ("HEX", "black / 15 lb", 2)),
        (["add the Neoprene Pair Dumbbell in 20 lb", "sorry, I meant 5 lb"], ("NEO", "black / 5 lb", 1)),
        (["Travel Insulated Mug navy 12 oz to my cart", "hmm my wife prefers the 16 oz, change please"], ("TIM", "navy / 16 oz", 1)),
    ],
)  # fmt: skip
def test_a_measure_said_changes_the_line_not_the_product(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str, int]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == [expected]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Peppermint Tea in the cart bitte", [("PEP", "", 1)]),
        ("Peppermint Tea, 2 boxes, is a gift for my mother", [("PEP", "", 2)]),
        ("Lemonade Classic Juice x3 please", [("LEM", "", 3)]),
        ("Jasmine Green Tea one box in cart", [("JAS", "", 1)]),
        ("add to cart: 2x sea salt kettle chips, 1x peppermint tea", [("CHP", "", 2), ("PEP", "", 1)]),
    ],
)  # fmt: skip
def test_a_title_with_a_count_is_an_order(
    agent: ShoppingAgent, message: str, expected: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, message)[-1]) == expected


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["add 4 stoneware diner mugs, sky blue, 12 oz", "oops three not four"], ("SDM", "sky blue / 12 oz", 3)),
        (["Stoneware Diner Mug mustard 12 oz, add one please", "the boss say take 3 of it, for the colleagues also"], ("SDM", "mustard / 12 oz", 3)),
        (["Stoneware Diner Mug mustard 12 oz, add one please", "add 2 more of it please"], ("SDM", "mustard / 12 oz", 3)),
    ],
)  # fmt: skip
def test_a_new_count_of_the_line(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str, int]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == [expected]


def test_i_live_with_an_address_is_the_address_at_checkout(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "add the Peppermint Tea",
        "checkout please. My name is Nguyen Van An",
        "mail: an.nguyen@yahoo.com.vn",
        "I live 25 Ly Thuong Kiet, Hoan Kiem district, Hanoi, Vietnam",
    )
    assert ids(turn) == []
    assert "25 Ly Thuong Kiet" in turn.reply
