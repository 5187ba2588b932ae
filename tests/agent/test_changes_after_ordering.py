"""A change asked for after the order is placed ("can i change the size to large") is about the
order: it can't be changed, and cancelling is offered; never "your cart is empty"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, talk

_TEE = item("TEE1", "Merino Crew Tee", 32, ["Apparel", "T-Shirts"],
            {"black": {"M": 5, "L": 5}})  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [_TEE]


@pytest.mark.parametrize(
    "change", ["can i change the size to large", "actually make it 2", "remove the tee"]
)
def test_a_change_after_ordering_offers_to_cancel(agent: ShoppingAgent, change: str) -> None:
    *_, placed, changed = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}", "yes", change
    )
    assert placed.order is not None, placed.reply
    assert placed.order.id in changed.reply, changed.reply
    assert "cancel" in changed.reply.lower(), changed.reply
    assert changed.order is None or changed.order.status == "placed"


def test_after_a_cancelled_order_the_empty_cart_is_said(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}", "yes",
        "cancel my order", "yes", "can i change the size to large",
    )  # fmt: skip
    assert "already placed" not in changed.reply, changed.reply
