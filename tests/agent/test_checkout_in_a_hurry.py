"""Shoppers in a hurry at the checkout: "check out quick, flight in 3 hours", "…, quick before
they're gone", "is that still in stock? race is sunday", "checkout please, I fly to Lyon on the
9th. Camille Martin, …", "check out to Kenji Sato, …", "ok whatever you have then" after "only 3
left", and "no, cancel that, I'll just grab one at the airport" at the confirmation."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item(
            "TEE2",
            "Ringer Tee",
            20,
            ["Apparel", "T-Shirts"],
            {"white": {"S": 3, "M": 9}, "black": {"M": 4}},
        ),
        item("JAC1", "Packable Wind Jacket", 90, ["Apparel", "Jackets"], {"black": {"M": 5}}),
    ]


def test_a_checkout_in_a_hurry_with_nothing_in_the_cart_says_so(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "check out quick, flight in 3 hours")
    assert not turn.awaiting_confirmation
    assert "carry" not in turn.reply and "empty" in turn.reply.lower(), turn.reply


def test_a_title_said_with_a_hurry_is_added(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Ringer Tee in black, size M, quick before they're gone")
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("TEE2", 1)], turn.reply


def test_a_stock_question_with_a_deadline_is_answered(agent: ShoppingAgent) -> None:
    _, asked = talk(
        agent,
        "add the Ringer Tee in black, size M",
        "before I pay — is that still in stock? race is sunday",
    )
    assert "in stock" in asked.reply.lower(), asked.reply
    assert not asked.awaiting_confirmation


def test_a_trip_told_before_the_details_is_no_address(agent: ShoppingAgent) -> None:
    _, summary = talk(
        agent,
        "add the Packable Wind Jacket in black, size M",
        "checkout please, I fly to Lyon on the 9th. Camille Martin, camille.martin@example.fr, "
        "12 rue de la République, 69002 Lyon, France",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Camille Martin" in summary.reply and "69002" in summary.reply


def test_check_out_to_a_name_takes_the_name(agent: ShoppingAgent) -> None:
    _, summary = talk(
        agent,
        "add the Packable Wind Jacket in black, size M",
        "check out to Kenji Sato, kenji.sato@example.jp, 3-1-1 Marunouchi, Chiyoda-ku, "
        "Tokyo 100-0005, Japan",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Kenji Sato" in summary.reply


def test_whatever_you_have_takes_what_is_left(agent: ShoppingAgent) -> None:
    short, taken = talk(agent, "add 6 of the ringer tee in white S", "ok whatever you have then")
    assert cart_lines(short) == [] and "only 3" in short.reply
    assert [(pid, n) for pid, _, n in cart_lines(taken)] == [("TEE2", 3)], taken.reply


def test_buying_one_at_the_airport_is_a_no_at_the_confirmation(agent: ShoppingAgent) -> None:
    *_, summary, declined = talk(
        agent,
        "add the Packable Wind Jacket in black, size M",
        f"checkout, {BUYER}",
        "no, cancel that, I'll just grab one at the airport",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert not declined.awaiting_confirmation, declined.reply
    assert declined.order is None
    assert [(pid, n) for pid, _, n in cart_lines(declined)] == [("JAC1", 1)]


def test_a_sigh_before_a_counted_title_still_orders_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "ugh fine, 3 of the Ringer Tee in white, size M then")
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("TEE2", 3)], turn.reply


def test_two_titles_said_with_a_holiday_trip_are_each_added(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "add the ringer tee in black and the packable wind jacket, heading to oslo for xmas"
    )
    assert cart_lines(turn) == [("JAC1", "black / m", 1), ("TEE2", "black / m", 1)], turn.reply
