"""Checkout in one message with an address whose postal code is 7 digits or spaced, or whose
city is a city-state named last ("#05-12, Singapore 529536", "…, Hong Kong")."""

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
        (
            "checkout, Hana Novak, hana@example.cz, Vinohradská 12, 120 00 Praha 2, Czech Republic",
            "120 00",
        ),  # a city with its district number after the spaced code
        (
            "checkout. Mei Lin, mei@example.sg, 10 Tampines Central 1, #05-12, Singapore 529536",
            "529536",
        ),  # a unit number with "#", then the city-state with its code
        (
            "checkout: Wai Chan, wai@example.hk, Flat 12B, 88 Queen's Road Central, Hong Kong",
            "Hong Kong",
        ),  # no postal code, and the city-state named last
    ],
)
def test_one_message_checkout_reaches_the_confirmation(
    agent: ShoppingAgent, details: str, code: str
) -> None:
    *_, summary = talk(agent, "daypack backpack", "add the first one", details)
    assert summary.awaiting_confirmation, summary.reply
    assert code in summary.reply


def test_checking_out_again_with_the_same_details_after_adding(agent: ShoppingAgent) -> None:
    first, *_, declined = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "check out as Mia Rossi, mia@example.it, Via Roma 10, 00184 Roma, Italy",
        "no wait, i want to add something first",
    )
    assert not declined.awaiting_confirmation
    again = agent.chat(first.thread_id, "right, check out with the same details please")
    assert again.awaiting_confirmation, again.reply
    assert "00184" in again.reply
