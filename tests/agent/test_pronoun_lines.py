"""A cart edit by "it" whose other words name no product the catalog sells changes the one line:
"kindly reduce it to 2 only", "too many, knock it down by two", "I'd like two of them, one is a
present". Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_reduce_it_to_a_count(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add 3 Assam Breakfast Tea", "Kindly reduce it to 2 only.")[-1]
    assert cart_lines(turn) == [("TEA1", "", 2)], turn.reply


def test_knock_it_down_by_a_count(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add 6 Assam Breakfast Tea", "too many, knock it down by two")[-1]
    assert cart_lines(turn) == [("TEA1", "", 4)], turn.reply


def test_two_of_them_with_a_reason(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add the Washed Twill Cap in navy",
        "Oh, actually I'd like two of them, one is a present for my neighbour",
    )[-1]
    assert cart_lines(turn) == [("CAP1", "navy", 2)], turn.reply


def test_a_size_said_as_a_number_after_a_reason(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "Harness Leather Belt in tan, waist 34 please",
        "My wife says I am more of a 36 these days. Could you change it to 36?",
    )[-1]
    assert cart_lines(turn) == [("BELT1", "tan / 36", 1)], turn.reply


def test_go_up_to_a_size(agent: ShoppingAgent) -> None:
    turn = talk(
        agent, "Harness Leather Belt in black, waist 34 please", "go up to a 36 to be safe"
    )[-1]
    assert cart_lines(turn) == [("BELT1", "black / 36", 1)], turn.reply


def test_size_actually_with_a_reason(agent: ShoppingAgent) -> None:
    turn = talk(
        agent, "Harbor Slub Tee in sage, size M please", "wait size L actually, i like it baggy"
    )[-1]
    assert cart_lines(turn) == [("TEE1", "sage / l", 1)], turn.reply
