"""What is said beside (or instead of) an ask, through `ShoppingAgent.chat`: a deadline after
"checkout time", keys mashed before an apology, a tapas bar in town, "is stuff in stock in my
size" asked of no product, and a build told after a size question ("big feet problems")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item, plain_product

SNEAKERS = ["Footwear", "Sneakers"]


@pytest.fixture
def products() -> list[Product]:
    return [
        plain_product("KB1", "Quiet Office Keyboard", ["Electronics", "Keyboards"], "77"),
        plain_product("KB2", "Compact Wireless Keyboard", ["Electronics", "Keyboards"], "99"),
        plain_product("GB1", "Chewy Granola Bars", ["Grocery", "Granola Bars"], "5"),
        plain_product("TT1", "Ribbed Tank Tops", ["Apparel", "Tops"], "25"),
        item("SN1", "Court Classic Sneaker", 66, SNEAKERS,
             {"white": {"12": 0, "9": 4}, "navy": {"12": 1}, "burgundy": {"12": 6}}),
        item("SN2", "Canvas Low Sneaker", 45, SNEAKERS, {"black": {"12": 3}}),
    ]  # fmt: skip


def test_checkout_time_with_a_flight_tomorrow_morning_says_the_cart_is_empty(
    agent: ShoppingAgent,
) -> None:
    turn = agent.chat(None, "right, checkout time, flight's tomorrow morning")
    assert "empty" in turn.reply and turn.products == [], turn.reply
    assert "don't carry" not in turn.reply


def test_mashed_keys_glued_to_an_apology_list_no_keyboards(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "jkjkjk;;lkj sorry cat walked on the keyboard")
    assert turn.products == [], turn.reply


def test_a_tapas_bar_in_town_is_no_search_for_tops_or_bars(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "can you recommend a good tapas bar in seville?")
    assert turn.products == [], turn.reply
    assert "only help with shopping" in turn.reply, turn.reply


def test_is_stuff_in_stock_in_my_size_gets_the_way_to_ask(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "can you tell me if stuff is in stock in my size before I order?")
    assert turn.products == [] and "I can check that for you" in turn.reply, turn.reply


def test_a_build_told_after_a_size_question_leaves_the_question(agent: ShoppingAgent) -> None:
    agent_turn = agent.chat(None, "Court Classic Sneaker")
    turn = agent.chat(agent_turn.thread_id, "which colours do you have in a 12? big feet problems")
    assert "burgundy" in turn.reply and "don't carry" not in turn.reply, turn.reply
    assert [p.id for p in turn.products] == ["SN1"], turn.reply
