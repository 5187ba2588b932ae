"""Checkout in one message with an address whose postal code is 7 digits or spaced."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import talk


@pytest.mark.parametrize(
    ("details", "code"),
    [
        ("check out as Dana Mor, dana@example.com, 4 Herzl St, Haifa 3303104, Israel", "3303104"),
        ("check out: Eva Lind, eva@example.se, Storgatan 9, 411 38 Goteborg, Sweden", "411 38"),
        ("checkout - Petr Novak, petr@example.cz, Vinohradska 12, 120 00 Praha, Czechia", "120 00"),
    ],
)
def test_one_message_checkout_reaches_the_confirmation(
    agent: ShoppingAgent, details: str, code: str
) -> None:
    *_, summary = talk(agent, "daypack backpack", "add the first one", details)
    assert summary.awaiting_confirmation, summary.reply
    assert code in summary.reply
