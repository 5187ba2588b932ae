"""Checkout and orders as shoppers word them: a question at the confirmation is answered and the
order asked about again with its total; a yes or no in their own words; a postal code or name
corrected; an address over two messages or from abroad; an order taken back in loose words,
and a refund question answered with what the shop can do. Nothing is bought or canceled
without a yes to the items and total shown."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, talk


def _at_confirmation(agent: ShoppingAgent, item: str = "granola") -> ChatTurn:
    *_, summary = talk(agent, item, "add the first one", "check out", BUYER)
    assert summary.awaiting_confirmation
    return summary


def _orders(shop: Shop, thread_id: str) -> int:
    return len(shop.commerce.orders_for_thread(thread_id))


def _asked_again(turn: ChatTurn) -> None:
    assert turn.awaiting_confirmation and turn.order is None and turn.checkout is not None
    assert "Total:" in turn.reply and turn.reply.rstrip().endswith("(yes / no)")


def test_a_shipping_question_at_the_confirmation_is_answered_then_a_yes_places_the_order(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _at_confirmation(agent).thread_id
    asked = agent.chat(thread, "wait, how much is shipping?")
    _asked_again(asked)
    assert asked.checkout is not None
    assert f"Shipping on this order is ${asked.checkout.shipping.amount / 100:.2f}" in asked.reply
    assert _orders(shop, thread) == 0
    placed = agent.chat(thread, "ok yep go for it")
    assert placed.order is not None and _orders(shop, thread) == 1


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("when would it arrive?", "business days"),
        ("can I return it if it doesn't fit?", "Returns within"),
        ("does that include tax??", "tax"),
        ("hmm, is that the final price?", "everything"),
    ],
)
def test_order_term_questions_are_answered_and_the_order_asked_about_again(
    agent: ShoppingAgent, shop: Shop, question: str, answer: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    asked = agent.chat(thread, question)
    _asked_again(asked)
    assert answer in asked.reply and not asked.products
    assert _orders(shop, thread) == 0
    assert agent.chat(thread, "yes").order is not None


@pytest.mark.parametrize(
    "yes", ["grand, go ahead", "sure thing", "perfect, confirm", "👍", "hai, yes please"]
)
def test_a_yes_in_the_shoppers_words_places_the_order(
    agent: ShoppingAgent, shop: Shop, yes: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    assert agent.chat(thread, yes).order is not None and _orders(shop, thread) == 1


@pytest.mark.parametrize("no", ["nah hold on", "not yet, lemme think", "maybe not", "hold up"])
def test_a_no_in_the_shoppers_words_places_nothing_and_keeps_the_cart(
    agent: ShoppingAgent, shop: Shop, no: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    refused = agent.chat(thread, no)
    assert refused.order is None and not refused.awaiting_confirmation and not refused.products
    assert refused.cart is not None and len(refused.cart.lines) == 1
    assert _orders(shop, thread) == 0


def test_asking_to_check_out_at_the_confirmation_shows_the_order_again_and_pays_nothing(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _at_confirmation(agent).thread_id
    again = agent.chat(thread, "ok now checkout")
    _asked_again(again)
    assert _orders(shop, thread) == 0
    assert agent.chat(thread, "yes").order is not None


def test_a_unit_added_at_the_confirmation_goes_on_the_address(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _at_confirmation(agent).thread_id
    fixed = agent.chat(thread, "oh and it's apt 4B")
    _asked_again(fixed)
    assert "12 Main St, Apt 4B, Austin" in fixed.reply
    agent.chat(thread, "yes")
    (order,) = shop.commerce.orders_for_thread(thread)
    assert order.shipping_address.line_two == "Apt 4B"


def test_a_corrected_postal_code_at_the_confirmation_is_used_for_the_order(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _at_confirmation(agent).thread_id
    fixed = agent.chat(thread, "oops wrong zip, it's 78702")
    _asked_again(fixed)
    assert "Austin, TX 78702" in fixed.reply and "Updated" in fixed.reply
    agent.chat(thread, "yes thats right")
    (order,) = shop.commerce.orders_for_thread(thread)
    assert (order.shipping_address.postal_code, order.shipping_address.line_one) == (
        "78702", "12 Main St",
    )  # fmt: skip


def test_a_name_that_is_also_a_word_elsewhere_is_a_name_when_details_are_asked_for(
    agent: ShoppingAgent,
) -> None:
    *_, named = talk(agent, "daypack backpack", "add the first one", "check out", "Rosa Delgado")
    assert "Rosa Delgado" in named.reply and not named.products
    *_, summary = talk(
        agent, "rosa.delgado@example.mx", "Av. Reforma 222, Juárez, 06600 Ciudad de México, Mexico",
        thread_id=named.thread_id,
    )  # fmt: skip
    assert summary.awaiting_confirmation and "Ship to: Rosa Delgado" in summary.reply


def test_words_after_the_country_are_not_part_of_the_address(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent, "daypack backpack", "add the first one", "check out",
        "Omar Haddad, omar@example.ae",
        "The address: Villa 23, Street 4, Al Barsha 2, Dubai, United Arab Emirates. There is no "
        "postal code here.",
    )  # fmt: skip
    assert summary.awaiting_confirmation and "Al Barsha 2, Dubai, AE" in summary.reply
    assert "postal code here" not in summary.reply


def test_an_address_still_missing_its_postal_code_is_completed_by_the_next_message(
    agent: ShoppingAgent, shop: Shop
) -> None:
    *_, summary = talk(
        agent, "daypack backpack", "add the first one", "check out",
        "Lucia Garcia, lucia@example.es", "Calle Mayor 5, 3 izq", "28013 Madrid, Spain",
    )  # fmt: skip
    assert summary.awaiting_confirmation and "Calle Mayor 5, 3 izq, 28013 Madrid" in summary.reply


def test_a_name_corrected_while_details_are_gathered_is_the_one_on_the_order(
    agent: ShoppingAgent,
) -> None:
    *_, fixed = talk(
        agent, "daypack backpack", "add the first one", "check out", "Rob Stark, rob@example.com",
        "sorry my name is Robb Stark with two b's",
    )  # fmt: skip
    assert "Robb Stark" in fixed.reply and not fixed.products
    summary = agent.chat(fixed.thread_id, "1 Winter Lane, Burlington, VT 05401")
    assert summary.awaiting_confirmation and "Ship to: Robb Stark" in summary.reply


@pytest.mark.parametrize(
    ("street", "locality", "shown"),
    [
        ("450 Pine Street apt 3", "Seattle WA 98101", "450 Pine Street apt 3, Seattle, WA 98101"),
        ("Flat 3, 14 Princes Street", "Edinburgh EH2 2AN, UK", "14 Princes Street, Edinburgh EH2"),
        (
            "12 Harcourt Street",
            "Dublin 2, D02 X285, Ireland",
            "Harcourt Street, Dublin 2, D02 X285",
        ),
    ],
)
def test_an_address_over_two_messages_adds_up(
    agent: ShoppingAgent, street: str, locality: str, shown: str
) -> None:
    *_, kept = talk(
        agent, "daypack backpack", "add the first one", "check out", "Nora Quinn, nora@example.com",
        street,
    )  # fmt: skip
    assert not kept.products and "city and postal code" in kept.reply
    summary = agent.chat(kept.thread_id, locality)
    assert summary.awaiting_confirmation and summary.checkout is not None
    assert shown in summary.reply


@pytest.mark.parametrize(
    ("details", "where"),
    [
        (
            "Aoife Byrne, aoife@example.ie, 5 Main Street, Ennis, Co. Clare V95 TX75, Ireland",
            "Ennis, Co. Clare, V95 TX75",
        ),
        (
            "Kasia Nowak, kasia@example.pl, ul. Marszałkowska 10, 00-950 Warszawa, Poland",
            "00-950 Warszawa, PL",
        ),
        (
            "Omar Haddad, omar@example.ae, Villa 7, Al Wasl Road, Jumeirah, Dubai, "
            "United Arab Emirates",
            "Dubai, AE",
        ),
    ],
)
def test_addresses_abroad_reach_the_confirmation_in_english(
    agent: ShoppingAgent, details: str, where: str
) -> None:
    *_, summary = talk(agent, "daypack backpack", "add the first one", "check out", details)
    assert summary.awaiting_confirmation and where in summary.reply
    assert summary.reply.startswith("Here's your order")


@pytest.mark.parametrize(
    "take_back",
    [
        "ugh scrap that order",
        "hmm I changed my mind about the purchase",
        "can I still cancel?",
        "i dont want it anymore",
    ],
)
def test_an_order_taken_back_in_loose_words_is_canceled_after_a_yes(
    agent: ShoppingAgent, shop: Shop, take_back: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    placed = agent.chat(thread, "yes")
    assert placed.order is not None
    asked = agent.chat(thread, take_back)
    assert asked.order is None and "cancel" in asked.reply and not asked.products
    canceled = agent.chat(thread, "yes")
    assert canceled.order is not None and canceled.order.status == "canceled"


def test_a_refund_question_after_ordering_offers_the_cancel_the_shop_can_do(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _at_confirmation(agent).thread_id
    order = agent.chat(thread, "yes").order
    assert order is not None
    offered = agent.chat(thread, "can i get a refund on that?")
    assert "Returns within" in offered.reply and "hasn't shipped" in offered.reply
    assert offered.order is None
    assert shop.commerce.get_order(order.id).status == "placed"  # nothing without the yes
    kept = agent.chat(thread, "no, I'll keep it")
    assert kept.order is None and shop.commerce.get_order(order.id).status == "placed"


@pytest.mark.parametrize("asked", ["has it been sent out?", "is it on its way?"])
def test_where_the_order_is_asked_loosely_gets_its_status(agent: ShoppingAgent, asked: str) -> None:
    thread = _at_confirmation(agent).thread_id
    order = agent.chat(thread, "yes").order
    assert order is not None
    status = agent.chat(thread, asked)
    assert order.id in status.reply and "placed" in status.reply and not status.products


@pytest.mark.parametrize(
    "answer",
    [
        "yeah nah, not yet",
        "yes... wait, not yet",
        "ok hold on",
        "sure, but don't place it",
        "nvm dont order yet, i wanna keep looking",
    ],
)
def test_an_answer_that_also_holds_a_no_never_places_the_order(
    agent: ShoppingAgent, shop: Shop, answer: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    turn = agent.chat(thread, answer)
    assert turn.order is None and _orders(shop, thread) == 0, turn.reply
    assert not turn.products, turn.reply


@pytest.mark.parametrize("answer", ["sweet as, go for it", "Kindly do the needful.", "bet"])
def test_a_yes_in_regional_words_places_the_order(
    agent: ShoppingAgent, shop: Shop, answer: str
) -> None:
    thread = _at_confirmation(agent).thread_id
    turn = agent.chat(thread, answer)
    assert turn.order is not None and _orders(shop, thread) == 1, turn.reply
