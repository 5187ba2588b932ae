"""Adds and checkouts said the way shoppers type them: the add last, the name before the rest."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import cart_lines, talk


@pytest.mark.parametrize(
    "details",
    [
        "checkout, send to Wing Chan, wing.chan@example.com, Flat 12B, 8 Tai Hang Road, "
        "Causeway Bay, Hong Kong",
        "checkout with Eva Novak, eva.novak@example.com, 21 Oak St, Chicago, IL 60601, USA",
    ],
)
def test_the_name_after_send_to_or_with_is_the_buyer(agent: ShoppingAgent, details: str) -> None:
    *_, summary = talk(agent, "daypack backpack", "add the first one", details)
    assert summary.awaiting_confirmation, summary.reply
    assert any(name in summary.reply for name in ("Wing Chan", "Eva Novak"))


def test_the_name_before_the_street_number_is_the_buyer(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "ship to Liam O'Connor 1200 Rue Sainte-Catherine O, Montreal QC H3B 1K9 Canada",
        "liam.oc@example.ca",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "Liam O'Connor" in summary.reply
    assert "1200 Rue Sainte-Catherine" in summary.reply


def test_a_name_sent_alone_while_details_are_wanted(agent: ShoppingAgent) -> None:
    *_, named, _, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "checkout",
        "dan lee",
        "danlee99@example.com",
        "88 maple st apt 4 chicago il 60614",
    )
    assert not named.products, named.reply
    assert summary.awaiting_confirmation, summary.reply
    assert "Dan Lee" in summary.reply


@pytest.mark.parametrize(
    "message",
    [
        "daypack 20l backpack in green pls add",
        "please I want put in the basket the daypack 20l backpack, green colour",
    ],
)
def test_an_add_said_last_adds(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert [line[0] for line in cart_lines(turn)] == ["BAG1"], turn.reply


def test_a_count_of_boxes_after_the_item(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "add the oat crunch granola, 3 boxes")
    assert [(line[0], line[2]) for line in cart_lines(turn)] == [("GRO1", 3)], turn.reply


@pytest.mark.parametrize(
    "message", ["i need 16 ounce oat crunch granola", "2 pound oat crunch granola under $20"]
)
def test_a_measure_before_a_short_name_is_not_a_count(agent: ShoppingAgent, message: str) -> None:
    # ChatShop goal 588 ("i need 9 ounce catalina crunch ... cereal") put 9 boxes in the cart.
    (turn,) = talk(agent, message)
    assert cart_lines(turn) == [], turn.reply


def test_place_an_order_for_me_before_labelled_details_is_only_the_ask(
    agent: ShoppingAgent,
) -> None:
    *_, summary = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "place an order for me, name Ravi Patel, email ravi.patel@example.com, "
        "address 101 Main St, Columbus, OH 43215",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "101 Main St" in summary.reply
