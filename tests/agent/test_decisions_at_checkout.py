"""Shoppers deciding as they buy: a product taken by its title after "fine, I'll go with" or
"alright,", a "sold." after asking about it, a "not right now" or a French "c'est bon" at the
confirmation, an email domain or house number corrected in the same breath, and "how much did I
end up paying?" once the order is placed."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("fine, I'll go with the Summit Trail Running Shoe in navy, size 11", ("TRL2", "navy")),
        ("alright, the Ridgeline Trail Running Shoe in black, size 10", ("TRL1", "black")),
        ("the Summit Trail Running Shoe in red, size 10 please, it's a gift", ("TRL2", "red")),
    ],
)
def test_a_product_taken_by_title_with_its_options_is_added(
    agent: ShoppingAgent, message: str, line: tuple[str, str]
) -> None:
    turn = agent.chat(None, message)
    [(product, variant, quantity)] = cart_lines(turn)
    assert (product, quantity) == (line[0], 1) and line[1] in variant, turn.reply


def test_sold_after_a_question_adds_the_product_asked_about(agent: ShoppingAgent) -> None:
    *_, sold = talk(
        agent, "is the Daypack 20L Backpack good for hiking?", "sold. the green one please"
    )
    assert [(p, q) for p, _, q in cart_lines(sold)] == [("BAG1", 1)], sold.reply


def test_not_wanting_to_buy_right_now_declines_the_confirmation(
    agent: ShoppingAgent, shop: Shop
) -> None:
    *_, summary = talk(agent, "granola", "add the first one", "check out", BUYER)
    assert summary.awaiting_confirmation
    declined = agent.chat(summary.thread_id, "hmm no, I don't want to buy it right now actually")
    assert not declined.awaiting_confirmation and declined.order is None, declined.reply
    assert not declined.products and cart_lines(declined), declined.reply
    assert not shop.commerce.orders_for_thread(summary.thread_id)


@pytest.mark.parametrize("yes", ["c'est bon, yes", "ça marche, oui"])
def test_an_ok_in_another_language_at_the_confirmation_places_the_order(
    agent: ShoppingAgent, yes: str
) -> None:
    *_, summary, placed = talk(agent, "granola", "add the first one", "check out", BUYER, yes)
    assert summary.awaiting_confirmation
    assert placed.order is not None and "Ana Diaz" in summary.reply, placed.reply


def test_an_email_domain_corrected_in_the_same_message_is_the_one_used(
    agent: ShoppingAgent,
) -> None:
    details = "Jon Park, jon.park@gmial.com sorry I mean gmail.com, 5 Cedar Court, Austin TX 78701"
    *_, summary = talk(agent, "granola", "add the first one", f"checkout. {details}")
    assert summary.awaiting_confirmation, summary.reply
    assert "jon.park@gmail.com" in summary.reply and "gmial" not in summary.reply


def test_a_house_number_taken_back_is_replaced_by_the_one_said_after(
    agent: ShoppingAgent,
) -> None:
    *_, summary = talk(
        agent,
        "granola",
        "add the first one",
        "ready to check out. Lena Fischer, lena.fischer@example.com",
        "100 Main Street, no wait, 110 Main Street, Springfield, IL 62701, USA",
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "110 Main Street" in summary.reply and not re.search(r"\b100 Main", summary.reply)


@pytest.mark.parametrize(
    "question",
    ["how much did I end up paying for that order?", "how much did we actually end up spending?"],
)
def test_what_was_paid_in_the_end_is_the_orders_total(agent: ShoppingAgent, question: str) -> None:
    *_, placed, paid = talk(
        agent, "granola", "add the first one", "check out", BUYER, "yes", question
    )
    assert placed.order is not None
    assert placed.order.total.format() in paid.reply, paid.reply
