"""Messages that ask about the world or about an order, through `ShoppingAgent.chat`: a contest's
winner and a repair are off-topic even when they share words with the catalog; an order quoted
by number is looked up among the conversation's own orders only; at the order confirmation an
"ok" that asks a question, or only asks to check out, does not place the order."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import plain_product
from tests.agent.talk import BUYER, talk

PRODUCTS = [
    plain_product("SPK1", "Bike Mount Speaker", ["Electronics", "Speakers"], "44"),
    plain_product("BOT1", "Trail Squeeze Water Bottle", ["Outdoor", "Water Bottles"], "19"),
    plain_product("BAG1", "League Duffel Bag", ["Bags", "Duffels"], "80"),
    plain_product("JER1", "Champions Training Jersey", ["Apparel", "Jerseys"], "45"),
    plain_product("MUG1", "Stoneware Diner Mug", ["Kitchen", "Mugs"], "21"),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    "message",
    [
        "who do you reckon wins the champions league this year",
        "who's going to win the league?",
        "how do I fix a flat tyre on my bike? the tube keeps going soft",
        "what's the best way to patch a puncture on a bike tube?",
        "quick whats 17 x 23, for my kids homework",
        "how long do i cook a steak in a skillet for medium rare",
        "how many minutes should i boil an egg for",
        "at what temperature does water boil at 2000m altitude?",
        "what's the boiling point of water up a mountain?",
        "who sang that 90s song, da da da something, the one with the trail running video",
        "what was the name of that old movie with the wool socks",
    ],
)
def test_a_question_about_the_world_shows_no_products(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert turn.products == [] and turn.cart is None, turn.reply
    assert "only help with shopping" in turn.reply, turn.reply


def test_asking_for_something_to_fix_it_with_is_still_shopping(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "how do i fix my bike? do you sell anything like a speaker for it")
    assert "only help with shopping" not in turn.reply, turn.reply


def test_an_order_number_not_in_the_conversation_is_said_plainly(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "can you check on order #A-77812 for me? placed it last tuesday")
    assert turn.products == [] and turn.order is None
    assert "can't find order A-77812" in turn.reply, turn.reply


def test_the_conversations_own_order_by_its_number(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}", "yes")
    placed = turns[-1].order
    assert placed is not None, turns[-1].reply
    status = agent.chat(turns[-1].thread_id, f"any news on order number {placed.id}?")
    assert placed.id in status.reply and "placed" in status.reply, status.reply


def test_ok_with_a_question_at_the_confirmation_places_nothing(agent: ShoppingAgent) -> None:
    *_, summary = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}")
    assert summary.awaiting_confirmation, summary.reply
    asked = agent.chat(summary.thread_id, "ok, what's the total with shipping?")
    assert asked.order is None and asked.awaiting_confirmation, asked.reply
    assert "Total" in asked.reply and "Shipping" in asked.reply, asked.reply
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None, placed.reply


def test_ok_lets_check_out_after_an_edit_shows_the_summary_first(agent: ShoppingAgent) -> None:
    *_, summary = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}")
    edited = agent.chat(summary.thread_id, "wait, add another one of those mugs first")
    assert edited.order is None and edited.cart is not None
    assert [line.quantity for line in edited.cart.lines] == [2], edited.reply
    again = agent.chat(summary.thread_id, "ok now let's check out")
    assert again.order is None and again.awaiting_confirmation, again.reply
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None, placed.reply


@pytest.mark.parametrize(
    "message",
    [
        "ok I've thought about it, let's do it",
        "alright, can you show me the total again?",
        "ok she says yes, let's order it",
        "he said ok, order it now",
    ],
)
def test_going_on_after_not_yet_shows_the_summary_again(agent: ShoppingAgent, message: str) -> None:
    *_, summary = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}")
    paused = agent.chat(summary.thread_id, "hmm wait, not yet, let me think about it")
    assert not paused.awaiting_confirmation and paused.order is None, paused.reply
    again = agent.chat(summary.thread_id, message)
    assert again.awaiting_confirmation and again.order is None, again.reply
    assert again.checkout is not None, again.reply
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None, placed.reply


def test_a_bare_ok_after_not_yet_only_acknowledges(agent: ShoppingAgent) -> None:
    *_, summary = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}")
    agent.chat(summary.thread_id, "not yet")
    heard = agent.chat(summary.thread_id, "ok")
    assert not heard.awaiting_confirmation and heard.order is None, heard.reply


def test_a_new_count_of_it_at_the_summary_sets_the_only_line(agent: ShoppingAgent) -> None:
    """ "make it 3 bags": "bags" counts the one line, it names no other product."""
    *_, summary = talk(agent, "add the Stoneware Diner Mug", f"check out, {BUYER}")
    changed = agent.chat(summary.thread_id, "oh wait, make it 3 bags actually")
    assert changed.cart is not None and changed.order is None, changed.reply
    assert [line.quantity for line in changed.cart.lines] == [3], changed.reply
