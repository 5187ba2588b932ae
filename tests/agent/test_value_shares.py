"""One product in several values of one option, said in turn in one message ("L for me and XS for
my daughter", "one cream one mustard, 16 oz", "black x2 and green x1", "one each S, M and L"):
a line for each value, the options said once holding for all, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.talk import cart_lines, talk
from tests.agent.test_orders_for_several_people import PRODUCTS


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        (
            "add the ringer tee in sage, L for me and XS for my daughter",
            [("TEE2", "sage / l", 1), ("TEE2", "sage / xs", 1)],
        ),
        (
            "2 stoneware diner mugs, 16 oz, one cream one mustard, for the studio",
            [("MUG1", "cream / 16 oz", 1), ("MUG1", "mustard / 16 oz", 1)],
        ),
        (
            "3 stoneware diner mugs in cream 16oz and 1 in mustard 16oz please",
            [("MUG1", "cream / 16 oz", 3), ("MUG1", "mustard / 16 oz", 1)],
        ),
        (
            "add the campus classic backpack, black x2 and green x1",
            [("BAG1", "black", 2), ("BAG1", "forest green", 1)],
        ),
        (
            "run light quarter socks in navy, one each S, M and L for the team",
            [("SOC3", "navy / l", 1), ("SOC3", "navy / m", 1), ("SOC3", "navy / s", 1)],
        ),
        (
            "add ringer tee black M and black L, one for me one for my brother",
            [("TEE2", "black / l", 1), ("TEE2", "black / m", 1)],
        ),
    ],
)  # fmt: skip
def test_values_said_in_turn_add_a_line_each(
    agent: ShoppingAgent, said: str, lines: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, said)[0]) == lines


def test_values_alone_without_an_order_are_no_split(agent: ShoppingAgent) -> None:
    turn = talk(agent, "ringer tee in black and sage")[0]
    assert cart_lines(turn) == []


def test_more_in_a_value_adds_to_the_line_with_it(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "3 ringer tees in sage, one each S M and L for the kids", "and 2 more in L, oops"
    )
    assert cart_lines(turns[-1]) == [
        ("TEE2", "sage / l", 3), ("TEE2", "sage / m", 1), ("TEE2", "sage / s", 1),
    ]  # fmt: skip


def test_he_wants_another_colour_changes_the_line_for_him(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the pima crew tee in olive, L for me and XS for my nephew",
        "actually he wants coral not olive",
    )
    assert cart_lines(turns[-1]) == [("TEE1", "coral / xs", 1), ("TEE1", "olive / l", 1)]
