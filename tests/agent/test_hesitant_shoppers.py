"""Shoppers who revise as they go, through `ShoppingAgent.chat`: a size, a count or an email
taken back inside one message and the new one confirmed ("size L... wait no, M. yeah M is
right", "make it 5. no, 4. four is plenty"), and a checkout stopped at the summary and taken up
again in other words ("nah, nothing else. ok I'm ready now", "ok fine, go ahead with the order").
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

TOP = {"S": 5, "M": 5, "L": 5}
DETAILS = "checkout, I'm Dev Patel, dev.patel@example.com, 88 King St W, Toronto, ON M5K 1A1"


@pytest.fixture
def products() -> list[Product]:
    return [
        item("PCT", "Pima Crew Tee", 14, ["Apparel", "T-Shirts"], {"olive": TOP, "white": TOP}),
        item("PWJ", "Packable Wind Jacket", 90, ["Apparel", "Jackets"], {"olive": TOP}),
        item("SSC", "Sea Salt Kettle Chips", 4, ["Grocery", "Snacks"], {"plain": {"": 20}}),
        item("TLC", "Tortilla Lime Chips", 5, ["Grocery", "Snacks"], {"plain": {"": 20}}),
    ]


def test_a_size_taken_back_and_confirmed_adds_the_later_size(agent: ShoppingAgent) -> None:
    said = "add a pima cotton tee in olive, size L... wait no, M. yeah M is right, I always forget"
    (added,) = talk(agent, said)
    assert cart_lines(added) == [("PCT", "olive / m", 1)], added.reply


def test_a_count_taken_back_and_confirmed_sets_the_later_count(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "put 3 bags of sea salt kettle chips in my cart", "make it 5. no, 4. four is plenty"
    )
    assert [(pid, n) for pid, _, n in cart_lines(changed)] == [("SSC", 4)], changed.reply


def test_an_email_taken_back_is_never_the_one_shipped_to(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "add sea salt kettle chips",
        "checkout: Sam Okafor, sam@exmaple.com — oops typo, sam@example.com — 5 Admiralty Way, "
        "Lekki, Lagos 106104, Nigeria",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "sam@example.com" in summary.reply and "exmaple" not in summary.reply


@pytest.mark.parametrize(
    "ready",
    ["nah, nothing else. ok I'm ready now, let's do it", "ok fine, go ahead with the order"],
)
def test_ready_after_declining_shows_the_summary_again(agent: ShoppingAgent, ready: str) -> None:
    *_, declined, again, placed = talk(
        agent,
        "add 3 bags of tortilla lime chips",
        DETAILS,
        "hmm no, hold on a sec, I might add something",
        ready,
        "yes",
    )
    assert not declined.awaiting_confirmation and declined.order is None
    assert again.awaiting_confirmation and again.order is None, again.reply
    assert cart_lines(again) == [("TLC", "plain", 3)]
    assert placed.order is not None, placed.reply
