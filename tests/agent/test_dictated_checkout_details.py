"""Checkout details dictated on a phone: a US state spelled out ("portland oregon 97205"), a
"period" said at the end, a UK postcode typed in lower case on one line, a Hong Kong address on
one line with its floor ("12/F") and no postal code, and details given before the cart that are
kept for "ship to … and check out"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import talk


@pytest.mark.parametrize(
    ("details", "shown"),
    [
        (
            "checkout my name is priya nair email is priya dot nair at outlook dot com and ship "
            "to 18 lake shore drive chicago illinois 60611",
            "IL 60611",
        ),  # the state said as a word, between the city and the ZIP code
        (
            "check out pls. oliver hughes, oli.hughes@btinternet.com, 221b baker street london "
            "nw1 6xe uk",
            "NW1 6XE",
        ),  # a UK postcode in lower case, on one line with the street and city
        (
            "check out. wing chan, wing.chan@gmail.com, flat 5 12/F 88 queens road central hong "
            "kong",
            "12/F",
        ),  # a floor written "12/F" and the city-state last, no commas and no postal code
        (
            "checkout name kelvin chan email kelvin.chan@example.com address flat 5 22 nathan "
            "road tsim sha tsui kowloon hong kong",
            "nathan road",
        ),
    ],
)
def test_dictated_details_in_one_message_reach_the_confirmation(
    agent: ShoppingAgent, details: str, shown: str
) -> None:
    *_, summary = talk(agent, "daypack backpack", "add the first one", details)
    assert summary.awaiting_confirmation, summary.reply
    assert shown.lower() in summary.reply.lower()


def test_a_spelled_state_and_a_dictated_period_end_the_address(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "checkout name tom reyes email tom.reyes@gmail.com",
        "ship it to 9 oak avenue columbus ohio 43215 period",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "OH 43215" in summary.reply
    assert "period" not in summary.reply.lower()


def test_flat_number_first_stays_on_the_address(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "checkout: Wai Chan, wai@example.hk, Flat 5, 22 Nathan Road, Kowloon, Hong Kong",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Flat 5" in summary.reply


def test_details_given_before_the_cart_are_kept_for_ship_to_and_check_out(
    agent: ShoppingAgent,
) -> None:
    *_, summary = talk(
        agent,
        "hi my name is omar farouk and my email is omar.f@example.com",
        "daypack backpack",
        "add the first one",
        "ship to 60 river rd albany ny 12207 and check out",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Omar Farouk" in summary.reply and "12207" in summary.reply


@pytest.mark.parametrize(
    ("said", "email"),
    [
        ("jo park at gmail dot com", "jopark@gmail.com"),  # the words of the name run together
        ("my email is mary ann lee at yahoo dot com", "maryannlee@yahoo.com"),
        ("Tom Reyes, tom at gmail dot com", "tom@gmail.com"),  # a name before the comma stays
    ],
)
def test_a_spoken_email_in_words_keeps_every_word(
    agent: ShoppingAgent, said: str, email: str
) -> None:
    *_, turn = talk(agent, "daypack backpack", "add the first one", "checkout", said)
    assert email in turn.reply, turn.reply
