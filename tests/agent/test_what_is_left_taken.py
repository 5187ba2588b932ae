"""What is left, taken in the shopper's own words: "ok just the one then" after "only 1 left"
adds the one; "ill take all 6" after "we have 6" adds six; "is the <title> in stock? if yes add
it" with nothing listed adds it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TEE1", "Trail Graphic Tee", 17.5, ["Apparel", "T-Shirts"], {"white": {"S": 1}}),
        item(
            "TEE2",
            "Ringer Tee",
            20,
            ["Apparel", "T-Shirts"],
            {"white": {"S": 3}, "black": {"M": 0}},
        ),
        item("TEA1", "English Breakfast Tea", 7, ["Grocery", "Tea"], {"black": {"": 6}}),
        item("WAT1", "Diver 200M Watch", 272, ["Accessories", "Watches"], {"green": {"": 12}}),
        item("WAT2", "Field Quartz Watch", 120, ["Accessories", "Watches"]),
    ]


def test_just_the_one_takes_the_last_one(agent: ShoppingAgent) -> None:
    short, taken = talk(agent, "add 2 of the trail graphic tee in white S", "ok just the one then")
    assert cart_lines(short) == [] and "only 1" in short.reply
    assert [(pid, n) for pid, _, n in cart_lines(taken)] == [("TEE1", 1)], taken.reply


def test_just_the_one_never_takes_three_left(agent: ShoppingAgent) -> None:
    _, taken = talk(agent, "add 5 of the ringer tee in white S", "ok just the one then")
    assert ("TEE2", 3) not in [(pid, n) for pid, _, n in cart_lines(taken)]


def test_ill_take_all_of_them_counted(agent: ShoppingAgent) -> None:
    asked, taken = talk(agent, "how many english breakfast tea boxes do u have", "ill take all 6")
    assert "6" in asked.reply
    assert [(pid, n) for pid, _, n in cart_lines(taken)] == [("TEA1", 6)], taken.reply


def test_a_stock_question_by_title_then_if_yes_add_it_adds(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "is the diver 200m watch in stock? if yes add it")
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("WAT1", 1)], turn.reply
    assert "in stock" in turn.reply


def test_a_stock_question_by_title_alone_adds_nothing(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "is the diver 200m watch in stock?")
    assert cart_lines(turn) == [] and "in stock" in turn.reply


def test_waiting_for_another_colour_to_come_back_is_a_no_at_the_confirmation(
    agent: ShoppingAgent,
) -> None:
    *_, waits = talk(
        agent,
        "add the ringer tee in white S",
        f"checkout: {BUYER}",
        "hmm actually not yet, i might wait for the black one in M to come back",
    )
    assert not waits.awaiting_confirmation, waits.reply
    assert [(pid, v) for pid, v, _ in cart_lines(waits)] == [("TEE2", "white / s")], waits.reply
