"""A line's size changed by a number said as a measure ("make the belt a 36"), through
`ShoppingAgent.chat`, also while the order waits for its yes: "a 36" says which one, "3" how
many."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    price = Money.from_decimal("62", "USD")
    variants = [
        Variant(id=f"BLT1-{c}-{s}", options={"color": c, "size": s}, price=price, stock=9)
        for c in ("olive", "tan")
        for s in ("32", "34", "36")
    ]
    return [
        Product(id="BLT1", title="Canvas Web Belt", category=["Accessories", "Belts"],
                variants=variants)
    ]  # fmt: skip


def test_make_the_belt_a_36_changes_its_size(agent: ShoppingAgent) -> None:
    *_, changed = talk(agent, "add the canvas web belt in olive, 34", "make the belt a 36")
    assert cart_lines(changed) == [("BLT1", "olive / 36", 1)], changed.reply


def test_a_size_said_at_the_confirmation_takes(agent: ShoppingAgent) -> None:
    *_, summary, changed = talk(
        agent,
        "add the canvas web belt in olive, 34",
        f"checkout, {BUYER}",
        "oh wait, make the belt a 36 first",
    )
    assert summary.awaiting_confirmation
    assert changed.order is None and changed.awaiting_confirmation, changed.reply
    assert cart_lines(changed) == [("BLT1", "olive / 36", 1)], changed.reply


def test_a_plain_number_is_still_a_count(agent: ShoppingAgent) -> None:
    *_, counted = talk(agent, "add the canvas web belt in olive, 34", "make it 3")
    assert cart_lines(counted) == [("BLT1", "olive / 34", 3)], counted.reply
