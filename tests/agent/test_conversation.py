"""The issue's conversation and each intent, end to end with the rules planner."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.shop import LABEL_PHOTO, SHOE_PHOTO
from tests.agent.talk import BUYER, ids, talk

MATERIALS = {"TRL1": "mesh upper with rubber outsole", "TRL2": "recycled nylon"}


def test_the_issue_conversation_ends_in_one_confirmed_order(agent: ShoppingAgent) -> None:
    first = agent.chat(None, "I need running shoes for trail, under $120")
    thread = first.thread_id
    assert set(ids(first)[:2]) == {"TRL1", "TRL2"}
    assert all(p.price.amount <= 12000 for p in first.products)

    blue = agent.chat(thread, "any in blue?")
    assert set(ids(blue)) == {"TRL1", "TRL2"}  # navy counts as blue; the $120 ceiling is kept

    material = agent.chat(thread, "what's the second one made of?")
    assert MATERIALS[blue.products[1].id] in material.reply

    photo = agent.chat(thread, "something like this?", image=SHOE_PHOTO)
    assert ids(photo) == ["TRL2", "TRL1"]
    assert "blue" in photo.reply

    compared = agent.chat(thread, "compare the first two")
    assert "Summit" in compared.reply and "Ridgeline" in compared.reply

    added = agent.chat(thread, "add the cheaper one in size 10")
    assert added.cart is not None
    assert [(line.product_id, line.variant_id) for line in added.cart.lines] == [
        ("TRL1", "TRL1-BLU-10")
    ]

    asked = agent.chat(thread, "check out")
    assert "name, email and shipping address" in asked.reply
    assert not asked.awaiting_confirmation

    summary = agent.chat(thread, BUYER)
    assert summary.awaiting_confirmation
    assert "1 × Ridgeline Trail Running Shoe" in summary.reply
    assert "Total: $95.00 (USD)" in summary.reply
    assert summary.order is None

    placed = agent.chat(thread, "yes")
    assert placed.order is not None
    assert placed.order.total.amount == 9500
    assert [line.variant_id for line in placed.order.lines] == ["TRL1-BLU-10"]
    assert not placed.awaiting_confirmation


def test_greeting_help_and_out_of_scope_get_answers_without_tools(agent: ShoppingAgent) -> None:
    hello, helped, weather = talk(agent, "hello", "what can you do?", "what's the weather today?")
    assert "What are you shopping for" in hello.reply
    assert "photo" in helped.reply and "checkout" in helped.reply
    assert "only help with shopping" in weather.reply
    assert weather.products == [] and weather.cart is None


def test_a_sized_item_without_a_size_gets_a_question_listing_sizes(agent: ShoppingAgent) -> None:
    _, asked, answered = talk(agent, "trail running shoes", "add the Ridgeline", "size 11")
    assert "size (9, 10, 11)" in asked.reply and "color (blue, black)" in asked.reply
    assert asked.cart is None
    assert answered.cart is not None
    assert answered.cart.lines[0].variant_id == "TRL1-BLU-11"


def test_cart_view_quantity_change_and_removal(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "daypack backpack", "add the first one", "make it 3", "show my cart",
        "remove the backpack",
    )  # fmt: skip
    _, added, tripled, viewed, removed = turns
    assert added.cart is not None and added.cart.lines[0].quantity == 1
    assert tripled.cart is not None and tripled.cart.lines[0].quantity == 3
    assert "3 × Daypack 20L Backpack" in viewed.reply and "$180.00" in viewed.reply
    assert removed.cart is not None and removed.cart.lines == []


def test_order_status_after_a_purchase(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "granola", "add the first one", "check out", BUYER, "yes", "where is my order?"
    )
    placed, status = turns[-2], turns[-1]
    assert placed.order is not None
    assert status.order is not None and status.order.id == placed.order.id
    assert "placed" in status.reply


def test_a_nutrition_label_photo_is_read_out(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "how healthy is this?", image=LABEL_PHOTO)
    assert "210 calories" in turn.reply and "5 g protein" in turn.reply
    # the product the label belongs to is named in words, not listed as search results
    assert "label of our Oat Crunch Granola" in turn.reply and ids(turn) == []


def test_nothing_found_says_so(agent: ShoppingAgent) -> None:
    """The kind is sold but none within the budget: say so, then offer the cheapest of it."""
    (turn,) = talk(agent, "running shoes under $5")
    assert "couldn't find" in turn.reply and "under $5.00" in turn.reply
    # the nearest running shoes beyond the budget, cheapest first, as a shop would
    assert ids(turn)[:1] == ["RD1"] and not {"BAG1", "INJ1", "GRO1"} & set(ids(turn))
