"""At the order confirmation the shopper may change the address, email or name; the order is
shown again (with its total and where it ships) and only a yes places it, with the new details."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from commerce.models import Order
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, talk


def _confirming(agent: ShoppingAgent) -> ChatTurn:
    *_, summary = talk(agent, "daypack backpack", "add the first one", "check out", BUYER)
    assert summary.awaiting_confirmation and "Ship to: Ana Diaz" in summary.reply
    return summary


def _order_of(shop: Shop, thread_id: str) -> Order:
    orders = shop.commerce.orders_for_thread(thread_id)
    assert len(orders) == 1
    return orders[0]


def test_a_new_address_with_a_hesitation_in_it_changes_the_order_and_asks_again(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent).thread_id
    moved = agent.chat(
        thread, "hold on, send it to my studio instead - 9 Canal Rd, Unit 2, Denver CO 80202"
    )
    assert moved.awaiting_confirmation and moved.order is None
    assert "9 Canal Rd" in moved.reply and "Total:" in moved.reply and "Denver" in moved.reply
    assert moved.checkout is not None and moved.checkout.total.amount == 6000
    placed = agent.chat(thread, "yes")
    assert placed.order is not None
    address = _order_of(shop, thread).shipping_address
    assert (address.line_one, address.line_two, address.city, address.state) == (
        "9 Canal Rd", "Unit 2", "Denver", "CO",
    )  # fmt: skip


def test_a_new_email_or_name_at_the_confirmation_is_used_for_the_order(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent).thread_id
    email = agent.chat(thread, "oh actually use my work email: ana.diaz@work.example")
    assert email.awaiting_confirmation and "ana.diaz@work.example" in email.reply
    name = agent.chat(thread, "and could you change the name on the order to Ana M. Diaz")
    assert name.awaiting_confirmation and "Ana M. Diaz" in name.reply
    agent.chat(thread, "ok go ahead")
    order = _order_of(shop, thread)
    assert (order.buyer.email, order.buyer.name) == ("ana.diaz@work.example", "Ana M. Diaz")
    assert order.shipping_address.city == "Austin"  # the address given before is kept


def test_a_foreign_address_at_the_confirmation_replaces_a_us_one(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent).thread_id
    abroad = agent.chat(thread, "wait, please ship to Kastanienallee 7, 10435 Berlin instead")
    assert abroad.awaiting_confirmation and "10435 Berlin, DE" in abroad.reply
    agent.chat(thread, "yes please")
    address = _order_of(shop, thread).shipping_address
    assert (address.city, address.postal_code, address.country) == ("Berlin", "10435", "DE")


def test_saying_a_detail_is_wrong_asks_for_the_new_one_first(
    agent: ShoppingAgent, shop: Shop
) -> None:
    thread = _confirming(agent).thread_id
    asked = agent.chat(thread, "hmm that's the wrong address, I moved")
    assert "new shipping address" in asked.reply
    assert not asked.awaiting_confirmation and asked.order is None
    again = agent.chat(thread, "400 Lake Ave, Apt. 12, St. Paul, MN 55101")
    assert again.awaiting_confirmation and "St. Paul, MN 55101" in again.reply
    agent.chat(thread, "confirm")
    address = _order_of(shop, thread).shipping_address
    assert (address.line_one, address.city) == ("400 Lake Ave", "St. Paul")


def test_a_hesitation_without_details_still_declines(agent: ShoppingAgent, shop: Shop) -> None:
    thread = _confirming(agent).thread_id
    declined = agent.chat(thread, "hmm wait, hold off for now")
    assert not declined.awaiting_confirmation and "nothing was charged" in declined.reply
    assert shop.commerce.orders_for_thread(thread) == []


def test_details_in_pieces_and_in_any_order_with_a_uk_address(
    agent: ShoppingAgent, shop: Shop
) -> None:
    turns = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "checkout",
        "ship it to Flat 4, 27 Mill Road, Cambridge CB1 2AD, UK",
        "tom.hale@example.co.uk",
        "I'm Tom Hale",
    )
    last = turns[-1]
    assert last.awaiting_confirmation and "Cambridge CB1 2AD, GB" in last.reply
    agent.chat(last.thread_id, "yes")
    order = _order_of(shop, last.thread_id)
    assert order.buyer.name == "Tom Hale" and order.shipping_address.postal_code == "CB1 2AD"


def test_cancelling_after_ordering_the_wrong_colour_asks_then_cancels(agent: ShoppingAgent) -> None:
    *_, placed = talk(agent, "daypack backpack", "add the first one", "check out", BUYER, "yes")
    assert placed.order is not None
    asked = agent.chat(placed.thread_id, "argh I picked the wrong colour, cancel it please")
    assert "cancel order" in asked.reply.lower() and asked.order is None
    canceled = agent.chat(placed.thread_id, "yes do it")
    assert canceled.order is not None and canceled.order.status == "canceled"


def test_a_line_taken_out_at_the_confirmation_shows_the_new_total(
    agent: ShoppingAgent, shop: Shop
) -> None:
    *_, summary = talk(
        agent, "add the Daypack 20L Backpack", "add 2 Oat Crunch Granola", "check out", BUYER
    )
    assert summary.awaiting_confirmation
    edited = agent.chat(summary.thread_id, "hold on, take the granola out first")
    assert edited.awaiting_confirmation and edited.order is None
    assert edited.cart is not None and [li.product_id for li in edited.cart.lines] == ["BAG1"]
    assert edited.checkout is not None and edited.checkout.total.amount == 6000
    agent.chat(summary.thread_id, "yes")
    assert [li.product_id for li in _order_of(shop, summary.thread_id).line_items] == ["BAG1"]


def test_an_add_at_the_confirmation_is_in_the_order_confirmed(
    agent: ShoppingAgent, shop: Shop
) -> None:
    summary = _confirming(agent)
    added = agent.chat(summary.thread_id, "oh wait, also add an Oat Crunch Granola")
    assert added.awaiting_confirmation and added.order is None
    assert added.checkout is not None and added.checkout.total.amount == 6600
    agent.chat(summary.thread_id, "sí")
    lines = _order_of(shop, summary.thread_id).line_items
    assert sorted(li.product_id for li in lines) == ["BAG1", "GRO1"]


def test_details_with_the_wish_to_pay_in_one_spanish_message(agent: ShoppingAgent) -> None:
    *_, summary = talk(
        agent,
        "añade el Daypack 20L Backpack",
        "me llamo Lucía Ortega, lucia@example.com, 400 Ocean Drive, Miami FL 33139. quiero pagar",
    )
    assert summary.awaiting_confirmation and "Lucía Ortega" in summary.reply, summary.reply


@pytest.mark.parametrize(
    "cancel",
    [
        "ugh, cancel that order please, yes I'm sure",
        "cancela mi pedido, estoy segura",
        "je veux annuler ma commande, oui j'en suis sûr",
    ],
)
def test_a_cancel_already_confirmed_in_the_same_message_cancels(
    agent: ShoppingAgent, cancel: str
) -> None:
    *_, placed = talk(agent, "daypack backpack", "add the first one", "check out", BUYER, "yes")
    assert placed.order is not None
    canceled = agent.chat(placed.thread_id, cancel)
    assert canceled.order is not None and canceled.order.status == "canceled", canceled.reply


@pytest.mark.parametrize(
    "message", ["oh wait add oat crunch granola too", "hang on, add the oat crunch granola"]
)
def test_a_hesitation_that_adds_a_product_keeps_the_order_pending(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    summary = _confirming(agent)
    added = agent.chat(summary.thread_id, message)
    assert added.order is None and added.awaiting_confirmation, added.reply
    assert added.cart is not None and len(added.cart.lines) == 2
    assert added.checkout is not None and "Total:" in added.reply
    agent.chat(summary.thread_id, "👍")
    lines = _order_of(shop, summary.thread_id).line_items
    assert sorted(li.product_id for li in lines) == ["BAG1", "GRO1"]


def test_a_hesitation_to_add_something_unnamed_still_declines(agent: ShoppingAgent) -> None:
    summary = _confirming(agent)
    declined = agent.chat(summary.thread_id, "wait, i want to add something else first")
    assert not declined.awaiting_confirmation and declined.order is None
