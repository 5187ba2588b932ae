"""Several requests packed into one message that opens with a cart edit, done in order: an add
and a removal, an add and a look at something else, edits then checkout (with or without the
details; the summary and total still wait for a yes), hesitations between them; and "check out,
I think" with an empty cart."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.talk import BUYER, cart_lines, ids, talk
from tests.agent.test_cart_edits_in_plain_words import PRODUCTS


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_an_add_then_a_removal_with_hesitations_between(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent, "add a Ribbed Knit Beanie in black", "alpaca trek socks",
        "add the first one in cream, size M, hmm, and actually remove the beanie",
    )  # fmt: skip
    assert cart_lines(edited) == [("SOCK1", "cream / m", 1)], edited.reply


def test_a_removal_then_maybe_a_count(agent: ShoppingAgent) -> None:
    *_, edited = talk(
        agent, "add a Ribbed Knit Beanie in black", "add 1 cotton ankle socks, navy, S",
        "hmm, take out the beanie please, and maybe make the socks two",
    )  # fmt: skip
    assert cart_lines(edited) == [("SOCK3", "navy / s", 2)], edited.reply


def test_an_add_then_a_look_at_another_kind(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent, "merino hike socks", "add the first one in black, size L, and also show me some tea"
    )
    assert cart_lines(turn) == [("SOCK2", "black / l", 1)], turn.reply
    assert ids(turn) and set(ids(turn)) <= {"TEA1", "TEA2"}, turn.reply


def test_an_add_then_checkout_with_the_details_shows_the_total_first(
    agent: ShoppingAgent,
) -> None:
    _, summary = talk(agent, "tea", f"add two of the first one and check out please: {BUYER}")
    assert [line[2] for line in cart_lines(summary)] == [2], summary.reply
    assert summary.awaiting_confirmation and summary.order is None, summary.reply
    assert summary.checkout is not None and "Total" in summary.reply


def test_a_removal_then_checkout_asks_for_the_details(agent: ShoppingAgent) -> None:
    *_, asked, summary = talk(
        agent, "add a Ribbed Knit Beanie in black", "add a Mint Leaf Tea",
        "remove the beanie and then check out", BUYER,
    )  # fmt: skip
    assert cart_lines(asked) == [("TEA1", "", 1)], asked.reply
    assert "email" in asked.reply and not asked.awaiting_confirmation, asked.reply
    assert summary.awaiting_confirmation and cart_lines(summary) == [("TEA1", "", 1)]


def test_checkout_said_with_a_hedge_and_an_empty_cart_says_it_is_empty(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "I'd like to check out I think?")
    assert "empty" in turn.reply and not turn.awaiting_confirmation, turn.reply


def test_hold_on_and_a_look_at_the_confirmation_shows_that_kind(agent: ShoppingAgent) -> None:
    *_, looked = talk(
        agent, "add a Mint Leaf Tea", f"checkout: {BUYER}",
        "hmm, hold on, maybe show me some socks first?",
    )  # fmt: skip
    assert looked.order is None and ids(looked), looked.reply
    assert set(ids(looked)) <= {"SOCK1", "SOCK2", "SOCK3"}, looked.reply
