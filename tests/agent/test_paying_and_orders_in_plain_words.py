"""Paying, how-to questions and orders in a shopper's plain words: "checkout now please, I'm in a
hurry", "Alright, let's pay. My name is …" with the rest given later, details with a lead-in
("Delivery to …"), a yes or no at the summary in loose words, how to pay, remove or cancel, what
happened to the order, a cost split between friends, and a product made one way ordered by its
title with a recipient. Nothing is ordered without a yes to the total shown."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, cart_lines, talk

ADDRESS = "12 Main St, Austin, TX 78701"


def _orders(shop: Shop, thread_id: str) -> int:
    return len(shop.commerce.orders_for_thread(thread_id))


def _at_summary(agent: ShoppingAgent) -> ChatTurn:
    *_, summary = talk(agent, "granola", "add the first one", f"check out: {BUYER}")
    assert summary.awaiting_confirmation
    return summary


@pytest.mark.parametrize(
    "ask",
    [
        "checkout now please, I'm in a hurry",
        "I'd like to pay now please",
        "can I pay now?",
        "checkout now please, running late",  # no "I'm": still only a hurry
        "I'd like to pay now - my train leaves in 5 min",  # talk that names nothing sold
    ],
)
def test_paying_with_an_empty_cart_says_it_is_empty(agent: ShoppingAgent, ask: str) -> None:
    turn = agent.chat(None, ask)
    assert "empty" in turn.reply.lower() and not turn.products
    assert not turn.awaiting_confirmation and turn.order is None


@pytest.mark.parametrize(
    "ask",
    [
        "Alright, let's pay. My name is Ana Diaz.",
        "I'd like to check out. My name is Ana Diaz",
        "ok I would like to pay now please. What do you need from me? I'm Ana Diaz",
    ],
)
def test_a_pay_ask_with_the_name_keeps_it_and_the_rest_follows(
    agent: ShoppingAgent, shop: Shop, ask: str
) -> None:
    *_, asked = talk(agent, "granola", "add the first one", ask)
    assert not asked.products and asked.order is None
    assert "Ana Diaz" in asked.reply
    email = agent.chat(asked.thread_id, "my email is ana@example.com")
    summary = agent.chat(email.thread_id, f"the address is {ADDRESS}")
    assert summary.awaiting_confirmation and "Ana Diaz" in summary.reply
    assert _orders(shop, summary.thread_id) == 0


def test_a_lead_in_and_a_typo_note_are_no_part_of_the_details(agent: ShoppingAgent) -> None:
    *_, opened = talk(agent, "granola", "add the first one", "checkout. I'm Ana Diaz")
    fixed = agent.chat(opened.thread_id, "omg typo, its ana@example.com")
    assert "Omg" not in fixed.reply and "Typo" not in fixed.reply
    summary = agent.chat(opened.thread_id, f"Delivery to {ADDRESS}")
    assert summary.awaiting_confirmation
    assert "Delivery to" not in summary.reply and "12 Main St" in summary.reply


@pytest.mark.parametrize("yes", ["yesss send it 🚀", "👍 yes", "ye go", "yess do it"])
def test_a_hurried_yes_places_the_order(agent: ShoppingAgent, shop: Shop, yes: str) -> None:
    thread = _at_summary(agent).thread_id
    assert agent.chat(thread, yes).order is not None and _orders(shop, thread) == 1


def test_buying_it_in_a_shop_instead_is_a_no(agent: ShoppingAgent, shop: Shop) -> None:
    thread = _at_summary(agent).thread_id
    refused = agent.chat(thread, "no, forget it, I'll grab one in a shop this weekend")
    assert not refused.awaiting_confirmation and refused.order is None
    assert _orders(shop, thread) == 0


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How do I pay for things on here? Do I need to post a cheque?", "check out"),
        ("when I have chosen something, how do I actually hand over the money?", "check out"),
        ("If I order something and then change my mind, can I undo it?", "cancel"),
        ("If I put the wrong thing in my basket by accident, how do I take it out?", "remove"),
    ],
)
def test_how_to_questions_get_the_steps(agent: ShoppingAgent, question: str, answer: str) -> None:
    turn = agent.chat(None, question)
    assert answer in turn.reply.lower() and not turn.products and turn.order is None
    assert "empty" not in turn.reply.lower()


def test_loose_questions_after_an_order_are_about_that_order(agent: ShoppingAgent) -> None:
    summary = _at_summary(agent)
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None
    total = placed.order.total.format()
    asked = agent.chat(placed.thread_id, "was that successful? how much was it altogether?")
    assert total in asked.reply and not asked.products
    assert "placed" in agent.chat(placed.thread_id, "so whats the status now").reply
    talk(agent, "cancel it please", "yes", thread_id=placed.thread_id)
    after = agent.chat(placed.thread_id, "what's happening with it now?")
    assert "canceled" in after.reply and not after.products


def test_a_cost_split_between_friends_is_the_cart_total_shared(agent: ShoppingAgent) -> None:
    *_, added = talk(agent, "granola", "add 2 of the first one")
    assert cart_lines(added)[0][2] == 2
    split = agent.chat(added.thread_id, "how much is that each if we split it 3 ways")
    assert "$4.00 each" in split.reply and split.order is None and not split.products


@pytest.mark.parametrize(
    "order", ["Oat Crunch Granola for my sister please", "Daypack 20L Backpack for my trip"]
)
def test_a_product_made_one_way_is_ordered_by_its_title(agent: ShoppingAgent, order: str) -> None:
    turn = agent.chat(None, order)
    assert len(cart_lines(turn)) == 1 and not turn.awaiting_confirmation


def test_that_title_typed_like_a_search_still_shows_it_first(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "oat crunch granola")
    assert not cart_lines(turn) and turn.products
