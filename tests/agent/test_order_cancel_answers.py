"""Answers at the order's cancellation and corrections at the confirmation, said loosely:
"cancel the ORDER. yes. cancel it" cancels; "wrong address, it's 71 Maple Dr not 17" mends the
number and shows the order again."""

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
    "answer", ["cancel the ORDER. yes. cancel it", "yes cancel it", "cancel it, yes please"]
)
def test_a_yes_among_cancel_words_cancels(agent: ShoppingAgent, answer: str) -> None:
    *_, asked, answered = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}", "yes", "cancel", answer
    )
    assert "cancel" in asked.reply.lower(), asked.reply
    assert answered.order is not None and answered.order.status == "canceled", answered.reply


@pytest.mark.parametrize("answer", ["no, keep it", "don't cancel it", "cancel? no wait, keep it"])
def test_keeping_the_order_is_still_a_no(agent: ShoppingAgent, answer: str) -> None:
    *_, answered = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}", "yes", "cancel", answer
    )
    assert answered.order is None or answered.order.status == "placed", answered.reply


def test_a_number_mended_at_the_confirmation_shows_the_order_again(agent: ShoppingAgent) -> None:
    *_, mended = talk(
        agent, "add the Merino Crew Tee in black, M",
        "checkout - Jo Baker, jo.baker@example.com, 17 Maple Dr, Denver CO 80202, USA",
        "wait wrong address, it's 71 Maple Dr not 17",
    )  # fmt: skip
    assert mended.awaiting_confirmation, mended.reply
    assert "71 Maple Dr" in mended.reply and "17 Maple" not in mended.reply, mended.reply


def test_a_part_not_in_the_address_asks_for_the_new_one(agent: ShoppingAgent) -> None:
    *_, mended = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}",
        "wrong address, it's 9 Oak Ave not 5 Pine Rd",
    )  # fmt: skip
    assert "12 Main St" not in mended.reply or "new shipping address" in mended.reply, mended.reply
