"""How far the cart is from free shipping, asked loosely on the sample catalog: the amount
still missing from the cart's subtotal, never a refused discount or the bare shipping policy;
said with a "not yet" at the confirmation, the order waits and the amount is told."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

_KINDS = {"T-Shirts", "Sandals"}
_BUYER = "Sam Ortiz, sam.ortiz@example.com, 5 Pine St, Denver CO 80202"


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds these carts hold."""
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    "question",
    [
        "how much more do i need to spend for free shipping",
        "how far am i from free shipping",
        "what do I have to add to get free delivery?",
        "am i close to free shipping yet",
    ],
)
def test_the_gap_to_free_shipping_is_the_amount_still_missing(
    agent: ShoppingAgent, question: str
) -> None:
    added, asked = talk(agent, "add a Ringer Tee in sage, size L", question)
    assert len(cart_lines(added)) == 1, added.reply
    assert "35.01" in asked.reply, asked.reply  # 50.00 - 14.99
    assert "can't change prices" not in asked.reply, asked.reply
    assert len(cart_lines(asked)) == 1 and not asked.products, asked.reply


def test_not_yet_at_the_confirmation_holds_the_order_and_tells_the_gap(
    agent: ShoppingAgent,
) -> None:
    *_, summary, held = talk(
        agent,
        "add a Ringer Tee in sage, size L",
        f"checkout. {_BUYER}",
        "wait hold on not yet. how much more for free shipping?",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert not held.awaiting_confirmation, held.reply
    assert "35.01" in held.reply and "haven't placed" in held.reply, held.reply
