# ruff: noqa: E501
"""Shoppers correcting the cart right after an add, through `ShoppingAgent.chat`: a "no" that
opens the message refuses what was added and names the colour or product meant ("no, the black
one", "no wait, the Espresso Dark one, not french roast"); a number set against another is the
count when the product comes in no such size ("I wanted 2 not 3"), also at the order's
confirmation; "1 pair only" after a complaint is the count; "same size" takes the size of the
line just added."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TOP = {"S": 5, "M": 5, "L": 5}
SHOE = {"9": 20, "10": 20}
DETAILS = "checkout, Lee Chen, lee.chen@example.com, 9 Harbor Way, Seattle, WA 98101"


@pytest.fixture
def products() -> list[Product]:
    one_size, coffee, tea = {"One Size": 9}, ["Grocery", "Coffee"], ["Grocery", "Tea"]
    return [
        item(
            "BEA",
            "Wool Beanie Hat",
            28,
            ["Accessories", "Hats"],
            {"olive": one_size, "black": one_size},
        ),
        _mug(),
        item("FRC", "French Roast Whole Bean Coffee", 22, coffee, {"brown": {"": 9}}),
        item("EDC", "Espresso Dark Coffee", 21, coffee, {"brown": {"": 9}}),
        item("EBT", "English Breakfast Tea", 7, tea, {"brown": {"": 9}}),
        item("EGT", "Earl Grey Lavender Tea", 4, tea, {"brown": {"": 9}}),
        item("PPT", "Peppermint Tea", 10, tea, {"green": {"": 50}}),
        item("TGS", "Tempo Glide Running Shoe", 93, ["Shoes", "Running Shoes"], {"black": SHOE}),
        item("TEE", "Slub Cotton Tee", 16, ["Apparel", "Tees"], {"black": TOP}),
        item("QZH", "Quarter Zip Hoodie", 51, ["Apparel", "Hoodies"], {"black": TOP, "rust": TOP}),
    ]


def _mug() -> Product:
    """A mug whose second option is its capacity, which a change of colour keeps."""
    variants = [
        Variant(
            id=f"MUG-{colour[:3]}-{oz}", options={"color": colour, "capacity": f"{oz} oz"},
            price=Money.from_decimal("18", "USD"), stock=9,
        )
        for colour in ("sage", "sky blue")
        for oz in (12, 16)
    ]  # fmt: skip
    return Product(id="MUG", title="Stoneware Diner Mug", brand="Acme", category=["Home", "Mugs"],
                   description="The Stoneware Diner Mug.", variants=variants)  # fmt: skip


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["add the wool beanie in olive", "no, the black one"], ("BEA", "black / one size", 1)),
        (["add the stoneware diner mug, sage, 16 oz", "no, sky blue, not sage"], ("MUG", "sky blue / 16 oz", 1)),
        (["add the French Roast coffee", "no wait, the Espresso Dark one, not french roast"], ("EDC", "brown", 1)),
        (["2 English Breakfast Tea please", "no, the Earl Grey, not english breakfast"], ("EGT", "brown", 2)),
    ],
)  # fmt: skip
def test_a_no_naming_another_colour_or_product_corrects_the_add(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str, int]
) -> None:
    turn = talk(agent, *messages)[-1]
    assert cart_lines(turn) == [expected]
    assert not turn.products


def test_a_no_of_thanks_leaves_the_line(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "add the wool beanie in olive", "no thanks, that's all")
    assert cart_lines(turn) == [("BEA", "olive / one size", 1)]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["put 3 peppermint tea in my cart", "that's not what I typed, I wanted 2 not 3"], ("PPT", "green", 2)),
        (["add 3 of the tempo glide running shoe, black, size 9", "no, that's not what I meant, 1 pair only"], ("TGS", "black / 9", 1)),
        (["add the tempo glide running shoe, black, size 9", "I wanted 10 not 9"], ("TGS", "black / 10", 1)),
    ],
)  # fmt: skip
def test_a_number_against_another_is_the_count_unless_a_size(
    agent: ShoppingAgent, messages: list[str], expected: tuple[str, str, int]
) -> None:
    assert cart_lines(talk(agent, *messages)[-1]) == [expected]


def test_a_count_corrected_at_the_confirmation_changes_the_order(agent: ShoppingAgent) -> None:
    *_, corrected = talk(agent, "add 3 peppermint tea", DETAILS, "no, I said 2 not 3")
    assert cart_lines(corrected) == [("PPT", "green", 2)]
    assert corrected.order is None
    assert corrected.awaiting_confirmation


def test_same_size_takes_the_size_of_the_line_just_added(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "add the slub cotton tee, black, size M",
        "and the Quarter Zip Hoodie in rust, same size",
    )
    assert cart_lines(turn) == [("QZH", "rust / m", 1), ("TEE", "black / m", 1)]
