"""Short answers around checkout: a one-word yes at the confirmation ("k", "go", "fine go")
places the order, and a bare "buy" once the cart holds what is in view checks the cart out
(the buyer's details may then come one message at a time)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, cart_lines, talk


@pytest.mark.parametrize("yes", ["k", "kk", "go", "fine go", "perfect", "k thx", "cool, go!"])
def test_a_one_word_yes_at_the_confirmation_places_the_order(
    agent: ShoppingAgent, shop: Shop, yes: str
) -> None:
    *_, summary, answered = talk(agent, "granola", "add the first one", "check out", BUYER, yes)
    assert summary.awaiting_confirmation
    assert answered.order is not None, answered.reply
    assert len(shop.commerce.orders_for_thread(answered.thread_id)) == 1


@pytest.mark.parametrize("other", ["nah go", "go back", "good?"])
def test_words_beside_go_that_are_no_yes_place_nothing(
    agent: ShoppingAgent, shop: Shop, other: str
) -> None:
    *_, answered = talk(agent, "granola", "add the first one", "check out", BUYER, other)
    assert answered.order is None, answered.reply
    assert not shop.commerce.orders_for_thread(answered.thread_id)


@pytest.mark.parametrize("buy", ["buy", "ok buy now", "i'll buy", "purchase please"])
def test_buy_after_an_add_checks_out_and_details_come_in_pieces(
    agent: ShoppingAgent, buy: str
) -> None:
    added, asked, name, email, address = talk(
        agent,
        "add the Summit Trail Running Shoe in navy, size 10",
        buy,
        "Ana Lima",
        "ana.lima@example.pt",
        "Rua Augusta 100, 1100-053 Lisboa, Portugal",
    )
    assert cart_lines(added)
    assert cart_lines(asked) == cart_lines(added), asked.reply  # no second pair, no size asked
    assert "email" in asked.reply.lower() and not asked.products
    assert not name.products and "email" in name.reply.lower(), name.reply
    assert not email.awaiting_confirmation
    assert address.awaiting_confirmation and "Ana Lima" in address.reply, address.reply


def test_buy_of_a_product_in_view_but_not_in_the_cart_is_no_checkout(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "add granola", "tell me about the Ridgeline Trail Running Shoe", "buy")
    assert not asked.awaiting_confirmation
    assert "size" in asked.reply.lower(), asked.reply  # the shoe is the one to buy: which size?
