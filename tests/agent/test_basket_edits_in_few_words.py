"""Edits of a basket of several lines in few words, through `ShoppingAgent.chat`: "make both of
them 2" sets every line's count; "actually no apple juice" right after adding three juices takes
that line back, while "no apple juice" after a list of juices still narrows the list."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Juice", "Pillows"}, leaf_only=True)


def test_both_lines_are_set_to_the_count_said_first(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "add a Linen Throw Pillow in olive, 20 x 20, and a Chunky Knit Pillow in sage, 18 x 18",
        "make both of them 2",
    )
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [
        ("chunky-knit-pillow", 2),
        ("linen-throw-pillow", 2),
    ]


def test_a_line_taken_back_on_second_thought_is_removed(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "one Lemonade Classic Juice, one Cloudy Apple Juice and one Cranberry Pomegranate Juice",
        "actually no apple juice",
    )
    assert [pid for pid, _, _ in cart_lines(turn)] == [
        "cranberry-pomegranate-juice",
        "lemonade-classic-juice",
    ]


def test_no_after_a_list_still_narrows_it(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "show me juice", "no apple juice")
    assert ids(turn) and "cloudy-apple-juice" not in ids(turn)
