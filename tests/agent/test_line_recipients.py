"""Cart lines by who they are for, as said when they were added: "take my dad's ones off",
"my sister wants hers in coral instead". Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_the_line_for_someone_comes_off(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add the Alpaca Trek Socks in rust, size L, they're for my dad. and a Harbor Slub Tee "
        "in navy, size M for me",
        "actually take my dad's ones off, he has plenty",
    )[-1]
    assert cart_lines(turn) == [("TEE1", "navy / m", 1)], turn.reply


def test_the_line_for_someone_changes_colour(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add the Rosehip Lip Balm in plum for my sister, and the Shea Butter Lip Balm in red "
        "for me",
        "my sister just messaged, she wants hers in coral instead",
    )[-1]
    assert cart_lines(turn) == [("BALM1", "coral", 1), ("BALM2", "red", 1)], turn.reply
