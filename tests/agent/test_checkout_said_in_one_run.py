"""Checkout details said in one run, without commas or stops: "check out ship it to 300 king
street toronto ontario m5v 1j5 canada" gives the address; "its aoife byrne aoife.byrne@gmail.com
5 main street kinsale county cork ireland" gives an address with no postal code, where the
country uses none."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk

_TEE = item("TEE1", "Merino Crew Tee", 32, ["Apparel", "T-Shirts"],
            {"black": {"M": 5, "L": 5}})  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [_TEE]


def test_an_address_run_on_after_check_out_is_kept(agent: ShoppingAgent) -> None:
    *_, shown = talk(
        agent, "add the Merino Crew Tee in black, M",
        "check out ship it to 300 king street toronto ontario m5v 1j5 canada",
        "email is raj.patel@outlook.com", "oh and name raj patel",
    )  # fmt: skip
    assert shown.awaiting_confirmation, shown.reply
    assert "M5V 1J5" in shown.reply, shown.reply


def test_a_spoken_irish_address_without_a_code_is_whole(agent: ShoppingAgent) -> None:
    *_, shown = talk(
        agent, "add the Merino Crew Tee in black, M", "checkout pls",
        "its aoife byrne aoife.byrne@gmail.com 5 main street kinsale county cork ireland",
    )  # fmt: skip
    assert shown.awaiting_confirmation, shown.reply
    assert "kinsale" in shown.reply.lower(), shown.reply
