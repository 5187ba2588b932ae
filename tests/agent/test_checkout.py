"""Confirmation before money moves: approve, refuse, a declined card, and duplicate answers."""

from __future__ import annotations

import threading

from langchain_core.runnables import RunnableConfig

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, talk


def _at_confirmation(agent: ShoppingAgent) -> ChatTurn:
    *_, summary = talk(agent, "daypack backpack", "add the first one", "check out", BUYER)
    assert summary.awaiting_confirmation
    return summary


def _orders(shop: Shop, thread_id: str) -> int:
    return len(shop.commerce.orders_for_thread(thread_id))


def test_structured_approval_places_one_order(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    assert _orders(shop, summary.thread_id) == 0  # nothing is charged before the yes
    placed = agent.chat(summary.thread_id, "", resume={"approved": True})
    assert placed.order is not None and placed.order.total.amount == 6000
    assert _orders(shop, summary.thread_id) == 1


def test_refusal_charges_nothing_and_keeps_the_cart(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    refused = agent.chat(summary.thread_id, "no")
    assert refused.order is None and not refused.awaiting_confirmation
    assert "nothing was charged" in refused.reply
    assert refused.cart is not None and len(refused.cart.lines) == 1
    assert _orders(shop, summary.thread_id) == 0


def test_structured_refusal(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    refused = agent.chat(summary.thread_id, "", resume={"approved": False})
    assert refused.order is None and _orders(shop, summary.thread_id) == 0


def test_a_declined_card_charges_nothing_and_can_be_retried(
    agent: ShoppingAgent, shop: Shop
) -> None:
    summary = _at_confirmation(agent)
    declined = agent.chat(
        summary.thread_id, "", resume={"approved": True, "payment_token": "tok_chargeDeclined"}
    )
    assert declined.order is None
    assert "declined" in declined.reply and "Nothing was charged" in declined.reply
    assert declined.awaiting_confirmation
    assert _orders(shop, summary.thread_id) == 0
    retried = agent.chat(summary.thread_id, "yes")  # the saved card this time
    assert retried.order is not None and _orders(shop, summary.thread_id) == 1


def test_buyer_details_are_asked_for_once_and_remembered(agent: ShoppingAgent) -> None:
    turns = talk(agent, "granola", "add the first one", "check out", BUYER, "yes")
    asks = [t for t in turns if "name, email and shipping address" in t.reply]
    assert len(asks) == 1
    again = talk(agent, "daypack", "add the first one", "check out", thread_id=turns[0].thread_id)
    assert again[-1].awaiting_confirmation  # details reused: straight to the summary


def test_a_question_while_confirming_keeps_the_checkout_waiting(
    agent: ShoppingAgent, shop: Shop
) -> None:
    summary = _at_confirmation(agent)
    aside = agent.chat(summary.thread_id, "what's in my cart?")
    assert "Daypack" in aside.reply and aside.awaiting_confirmation and aside.order is None
    # The answer comes with the items and total asked about again, so the next yes answers them.
    assert "Total:" in aside.reply and aside.reply.rstrip().endswith("(yes / no)")
    assert _orders(shop, summary.thread_id) == 0
    placed = agent.chat(summary.thread_id, "yes")
    assert placed.order is not None and _orders(shop, summary.thread_id) == 1


def test_a_yes_after_an_unrelated_question_does_not_pay(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    agent.chat(summary.thread_id, "do you have granola?")
    turn = agent.chat(summary.thread_id, "yes")
    assert turn.order is None and "Shall I place the order?" in turn.reply
    assert _orders(shop, summary.thread_id) == 0


def test_a_declined_card_shows_the_summary_again_with_the_reason(
    agent: ShoppingAgent,
) -> None:
    summary = _at_confirmation(agent)
    declined = agent.chat(
        summary.thread_id, "", resume={"approved": True, "payment_token": "tok_chargeDeclined"}
    )
    assert declined.reply.index("declined") < declined.reply.index("Total:")
    assert "Shall I place the order?" in declined.reply


def test_the_same_confirmation_twice_places_one_order(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    first = agent.chat(summary.thread_id, "yes")
    second = agent.chat(summary.thread_id, "yes")
    assert first.order is not None and second.order is None
    assert "already placed" in second.reply
    assert _orders(shop, summary.thread_id) == 1


def test_concurrent_confirmations_place_one_order(agent: ShoppingAgent, shop: Shop) -> None:
    summary = _at_confirmation(agent)
    turns: list[ChatTurn] = []

    def confirm() -> None:
        turns.append(agent.chat(summary.thread_id, "", resume={"approved": True}))

    workers = [threading.Thread(target=confirm) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sum(t.order is not None for t in turns) == 1
    assert _orders(shop, summary.thread_id) == 1


def test_checkout_with_an_empty_cart_is_refused_politely(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "check out")
    assert "cart is empty" in turn.reply and not turn.awaiting_confirmation


def test_the_turn_carries_the_total_the_shopper_confirms(agent: ShoppingAgent) -> None:
    """Below the free-shipping threshold: the card must show subtotal + shipping, not subtotal."""
    *_, summary = talk(agent, "granola", "add the first one", "check out", BUYER)
    checkout = summary.checkout
    assert summary.awaiting_confirmation and checkout is not None
    assert [(li.title, li.quantity) for li in checkout.lines] == [("Oat Crunch Granola", 1)]
    amounts = (checkout.subtotal.amount, checkout.shipping.amount, checkout.tax.amount)
    assert amounts == (600, 599, 0)
    assert checkout.total.amount == 1199 and checkout.total.currency == "USD"
    assert "Total: $11.99" in summary.reply
    placed = agent.chat(summary.thread_id, "", resume={"approved": True})
    assert placed.order is not None and placed.order.total == checkout.total
    assert placed.checkout is None and not placed.awaiting_confirmation


def test_a_checkout_changed_after_its_summary_is_shown_again_not_paid(
    agent: ShoppingAgent, shop: Shop
) -> None:
    summary = _at_confirmation(agent)
    config: RunnableConfig = {"configurable": {"thread_id": summary.thread_id}}
    shown = agent.graph.get_state(config).values["pending_checkout"]
    session = shop.commerce.get_checkout(shown["session_id"])
    assert shown["version"] == session.version
    assert session.shipping_address is not None
    elsewhere = session.shipping_address.model_copy(update={"line_one": "1 Other St"})
    changed = shop.commerce.update_checkout(session.id, shipping_address=elsewhere)
    assert changed.total == session.total, "the total alone cannot tell"

    turn = agent.chat(summary.thread_id, "", resume={"approved": True})
    assert turn.order is None and _orders(shop, summary.thread_id) == 0
    assert "changed since you saw it" in turn.reply and "Shall I place the order?" in turn.reply
    assert turn.awaiting_confirmation
    placed = agent.chat(summary.thread_id, "yes")  # an approval of what it is now
    assert placed.order is not None and _orders(shop, summary.thread_id) == 1
    order = shop.commerce.get_order(placed.order.id)
    assert order.shipping_address.line_one == "1 Other St"
