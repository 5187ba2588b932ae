"""Adds said with their options on the first turn, through `ShoppingAgent.chat`: "heather grey"
is the catalog's heather gray (not a question between it and charcoal); one product in two sizes
("one small and one medium", "add both M and L") is a line of each; a size picked after a
sold-out answer may carry how the shopper will make do ("M then, it'll be a bit loose"); a count
split across sizes ("actually one S and one M") splits the line just added; "remove the medium"
of two sizes is the M line."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TEE = {"S": 5, "M": 5, "L": 5}


@pytest.fixture
def products() -> list[Product]:
    tees = ["Apparel", "T-Shirts"]
    return [
        item("RIN", "Ringer Tee", 15, tees, {"sage": TEE, "black": TEE}),
        item("PIM", "Pima Crew Tee", 14, tees, {"charcoal": TEE, "heather gray": TEE}),
        item("ORG", "Organic Crew Tee", 21, tees, {"charcoal": {"S": 0, "M": 5}, "coral": TEE}),
        item(
            "BLT",
            "Canvas Web Belt",
            25,
            ["Accessories", "Belts"],
            {"tan": {"32": 0, "34": 5}, "olive": {"32": 5}},
        ),
    ]


def test_heather_grey_is_the_catalogs_heather_gray(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Pima Crew Tee, heather grey, L")
    assert cart_lines(turn) == [("PIM", "heather gray / l", 1)]


@pytest.mark.parametrize(
    "message",
    [
        "Ringer Tee in sage, one small and one medium please",
        "Ringer Tee in sage — I can't decide, add both S and M",
        "I'm between S and M in the Ringer Tee, sage. just add both sizes and I'll return one",
    ],
)
def test_two_sizes_of_one_product_are_a_line_each(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert cart_lines(turn) == [("RIN", "sage / m", 1), ("RIN", "sage / s", 1)]


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            ["Organic Crew Tee in charcoal, size small", "fine, M then, it'll be a bit loose"],
            [("ORG", "charcoal / m", 1)],
        ),
        (
            ["Canvas Web Belt in tan, size 32", "ok the 34 then, I'll just use a tighter hole"],
            [("BLT", "tan / 34", 1)],
        ),
    ],
)
def test_a_size_picked_after_a_sold_out_one_may_say_how_it_will_do(
    agent: ShoppingAgent, messages: list[str], expected: list[tuple[str, str, int]]
) -> None:
    first, then = talk(agent, *messages)
    assert cart_lines(first) == []
    assert cart_lines(then) == expected


def test_a_count_split_across_sizes_splits_the_line(agent: ShoppingAgent) -> None:
    _, then = talk(agent, "add 2 Ringer Tees, sage, size S", "actually one S and one M")
    assert cart_lines(then) == [("RIN", "sage / m", 1), ("RIN", "sage / s", 1)]


def test_one_of_two_sizes_is_removed_by_its_size_word(agent: ShoppingAgent) -> None:
    _, then = talk(
        agent,
        "Ringer Tee in sage, one small and one medium please",
        "ok remove the medium, the small is fine",
    )
    assert cart_lines(then) == [("RIN", "sage / s", 1)]
