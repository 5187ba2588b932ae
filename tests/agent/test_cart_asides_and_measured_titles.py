"""Cart turns that carry a second thing, through `ShoppingAgent.chat`: a measure in a title is
no count ("the 8in Chef Knife"), an answer to "shall I add it in sage?" that says the size again
("the sage one in 10 inch then"), a question weighing another product after an add ("actually,
is the Daily Miles 3 better?") that changes nothing, an add with a shipping question after it,
a request to cancel the order that gives a reason about the shopper first, "the bigger one" of
two products compared by their measure, and "go with your pick" after two were compared."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(
        {"Cutlery", "Cookware", "Running Shoes", "Sneakers", "Socks", "Hair Care", "Duffels"}
        | {"T-Shirts"},
        leaf_only=True,
    )


@pytest.mark.parametrize("said", ["ok add the 8in Chef Knife", "grab me the 8in chef knife"])
def test_a_measure_that_opens_a_title_is_not_a_count(agent: ShoppingAgent, said: str) -> None:
    _, added = talk(agent, "which kitchen knife should I start with?", said)
    assert [(pid, n) for pid, _, n in cart_lines(added)] == [("8in-chef-knife", 1)], added.reply


def test_an_answer_that_says_the_held_size_again_takes_the_offer(agent: ShoppingAgent) -> None:
    offered, taken = talk(
        agent, "add the Cast Iron Skillet, red, 10 inch", "ugh fine, the sage one in 10 inch then"
    )
    assert "sage" in offered.reply, offered.reply
    assert cart_lines(taken) == [("cast-iron-skillet", "sage / 10 in", 1)], taken.reply


def test_a_question_weighing_another_product_keeps_the_cart(agent: ShoppingAgent) -> None:
    _, asked = talk(
        agent, "put the Swift Racer Running Shoe in charcoal size 8 in my cart",
        "actually, would the Daily Miles 3 be better for everyday runs?",
    )  # fmt: skip
    assert [pid for pid, _, _ in cart_lines(asked)] == ["swift-racer-running-shoe"], asked.reply


def test_an_add_then_a_shipping_question_adds_and_answers(agent: ShoppingAgent) -> None:
    _, added = talk(
        agent, "add the Slip-On Canvas Sneaker in off-white, size 9",
        "alright add the No-Show Liner 3-Pack Socks in M as well. will that get me free shipping?",
    )  # fmt: skip
    assert [pid for pid, _, _ in cart_lines(added)] == [
        "no-show-liner-3-pack-socks", "slip-on-canvas-sneaker",
    ], added.reply  # fmt: skip
    assert "free" in added.reply.lower(), added.reply


def test_a_cancel_with_a_reason_about_the_shopper_asks_to_cancel(agent: ShoppingAgent) -> None:
    *_, placed, asked = talk(
        agent, "add the Gentle Daily Shampoo, 8 oz", f"checkout. {BUYER}", "yes please",
        "my hair is really frizzy, not sure this suits me. I'd like to cancel that order",
    )  # fmt: skip
    assert "placed" in placed.reply, placed.reply
    assert "cancel order" in asked.reply.lower() and not asked.products, asked.reply


def test_the_bigger_one_of_two_compared_is_the_one_that_measures_more(
    agent: ShoppingAgent,
) -> None:
    _, taken = talk(
        agent, "Packable 35L or the Rolling Duffel 90L, which suits a long holiday?",
        "ok the bigger one then, in charcoal",
    )  # fmt: skip
    assert [pid for pid, _, _ in cart_lines(taken)] == ["rolling-duffel-90l-duffel-bag"], (
        taken.reply
    )


def test_your_pick_of_two_compared_adds_one_of_them(agent: ShoppingAgent) -> None:
    _, taken = talk(
        agent,
        "Ringer Tee or Pima Crew Tee, which is comfier?",
        "fine, you choose. size L, charcoal",
    )
    lines = cart_lines(taken)
    assert len(lines) == 1 and lines[0][0] in {"pima-crew-tee", "ringer-tee"}, taken.reply
