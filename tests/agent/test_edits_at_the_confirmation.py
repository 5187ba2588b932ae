"""While the order summary waits for a yes, the shopper may still change the cart or ask about
it; the summary is shown again with the new items and total, and only that one can be approved."""

from __future__ import annotations

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from commerce.models import Order
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, talk


def _confirming(agent: ShoppingAgent, *adds: str) -> ChatTurn:
    *_, summary = talk(agent, *adds, "check out", BUYER)
    assert summary.awaiting_confirmation and summary.order is None, summary.reply
    return summary


def _order_of(shop: Shop, thread_id: str) -> Order:
    orders = shop.commerce.orders_for_thread(thread_id)
    assert len(orders) == 1
    return orders[0]


def test_a_new_size_at_the_confirmation_is_the_size_ordered(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent, "add the Ridgeline Trail Running Shoe in blue, size 9").thread_id
    changed = agent.chat(thread, "actually make it a size 11")
    assert changed.awaiting_confirmation and changed.order is None, changed.reply
    assert "Total:" in changed.reply and "11" in changed.reply
    agent.chat(thread, "yes")
    lines = _order_of(shop, thread).line_items
    assert [li.variant_id for li in lines] == ["TRL1-BLU-11"]


def test_a_swap_at_the_confirmation_shows_only_the_new_product(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent, "add the Ridgeline Trail Running Shoe in blue, size 10").thread_id
    swapped = agent.chat(thread, "hmm swap it for the City Road Running Shoe instead")
    assert swapped.awaiting_confirmation and swapped.order is None, swapped.reply
    assert "Ridgeline" not in swapped.reply and "City Road" in swapped.reply
    assert swapped.checkout is not None and swapped.checkout.subtotal.amount == 8000
    agent.chat(thread, "yes")
    assert [li.product_id for li in _order_of(shop, thread).line_items] == ["RD1"]


def test_asking_what_is_in_the_basket_at_the_confirmation_answers_with_the_cart(
    agent: ShoppingAgent,
) -> None:
    thread = _confirming(agent, "add the Daypack 20L Backpack").thread_id
    asked = agent.chat(thread, "remind me what is in my basket")
    assert "No orders" not in asked.reply and "Daypack" in asked.reply, asked.reply
    assert asked.awaiting_confirmation and asked.order is None


def test_asking_the_total_again_at_the_confirmation_shows_the_summary(
    agent: ShoppingAgent,
) -> None:
    thread = _confirming(agent, "add the Daypack 20L Backpack").thread_id
    asked = agent.chat(thread, "sorry, how much was it all together?")
    assert asked.awaiting_confirmation and asked.order is None and not asked.products
    assert "Total:" in asked.reply, asked.reply


def test_another_colour_after_second_thoughts_changes_the_line_not_the_order(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent, "add the Summit Trail Running Shoe in navy, size 10").thread_id
    changed = agent.chat(thread, "on second thought can I have the red one")
    assert changed.awaiting_confirmation and changed.order is None, changed.reply
    assert changed.cart is not None
    assert [li.variant_id for li in changed.cart.lines] == ["TRL2-RED-10"]
    agent.chat(thread, "yes")
    assert [li.variant_id for li in _order_of(shop, thread).line_items] == ["TRL2-RED-10"]


def test_an_add_asked_as_a_question_at_the_confirmation_is_added(agent: ShoppingAgent) -> None:
    thread = _confirming(agent, "add the Daypack 20L Backpack").thread_id
    added = agent.chat(thread, "oh, before I pay, can I add the Oat Crunch Granola as well?")
    assert added.awaiting_confirmation and added.order is None, added.reply
    assert added.checkout is not None and added.checkout.total.amount == 6600


def test_a_no_before_a_size_change_changes_the_size_and_asks_again(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent, "add the Ridgeline Trail Running Shoe in blue, size 9").thread_id
    changed = agent.chat(thread, "no wait change the size to 10 first")
    assert changed.awaiting_confirmation and changed.order is None, changed.reply
    agent.chat(thread, "yes")
    assert [li.variant_id for li in _order_of(shop, thread).line_items] == ["TRL1-BLU-10"]


def test_a_cart_changed_outside_the_chat_is_not_charged_by_a_yes_to_the_older_summary(
    agent: ShoppingAgent, shop: Shop
) -> None:
    """The storefront's REST cart may change while the chat's summary waits: the yes pays for the
    items and total the shopper was shown, never for a line they did not see."""
    summary = _confirming(agent, "add the Daypack 20L Backpack")
    assert summary.cart is not None and summary.checkout is not None
    shown_total = summary.checkout.total.amount
    shop.commerce.add_to_cart(summary.cart.id, "GRO1", "GRO1-350", 2)
    asked = agent.chat(summary.thread_id, "what's your return policy?")
    assert asked.order is None, asked.reply
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None, placed.reply
    order = _order_of(shop, summary.thread_id)
    assert [li.product_id for li in order.line_items] == ["BAG1"]
    assert order.total.amount == shown_total
