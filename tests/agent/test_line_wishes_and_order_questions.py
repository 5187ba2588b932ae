"""A cart line changed by a wish, never by a guess between two lines; questions after an order."""

from __future__ import annotations

import re

from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, cart_lines, talk

SHOE = "add the ridgeline trail running shoe in blue size"


def test_another_colour_said_as_a_wish_changes_the_line(agent: ShoppingAgent) -> None:
    *_, changed = talk(agent, f"{SHOE} 10", "hmm actually black would suit me better")
    assert cart_lines(changed) == [("TRL1", "black / 10", 1)], changed.reply


def test_another_size_said_as_a_wish_changes_the_line(agent: ShoppingAgent) -> None:
    *_, changed = talk(agent, f"{SHOE} 9", "actually 11 would fit better")
    assert cart_lines(changed) == [("TRL1", "blue / 11", 1)], changed.reply


def test_a_change_names_the_line_by_its_current_size(agent: ShoppingAgent) -> None:
    *_, changed = talk(agent, f"{SHOE} 11", f"{SHOE} 9", "make the 9 one size 10")
    assert cart_lines(changed) == [("TRL1", "blue / 10", 1), ("TRL1", "blue / 11", 1)], (
        changed.reply
    )


def test_two_lines_of_one_product_are_never_changed_by_a_guess(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, f"{SHOE} 9", f"{SHOE} 11", "change it to size 10")
    assert sorted(cart_lines(asked)) == [("TRL1", "blue / 11", 1), ("TRL1", "blue / 9", 1)]
    assert "which" in asked.reply.lower(), asked.reply


def test_a_need_said_after_the_add_recounts_it(agent: ShoppingAgent) -> None:
    *_, recounted = talk(agent, "add the oat crunch granola", "actually i need 3, one for each kid")
    assert cart_lines(recounted) == [("GRO1", "", 3)], recounted.reply


def test_a_mistyped_cancel_asks_to_cancel_the_order(agent: ShoppingAgent) -> None:
    *_, asked, cancelled = talk(
        agent, "daypack backpack", "add the first one", BUYER, "yes", "cancle my order", "yes"
    )
    assert "cancel" in asked.reply.lower(), asked.reply
    assert cancelled.order is not None and cancelled.order.status == "canceled", cancelled.reply


def test_how_much_was_paid_is_the_last_orders_total(agent: ShoppingAgent) -> None:
    *_, placed, paid = talk(
        agent, "daypack backpack", "add the first one", BUYER, "yes", "how much did i pay in total?"
    )
    total = re.search(r"total (\$[\d.,]+)", placed.reply)
    assert placed.order is not None and total is not None, placed.reply
    assert total[1] in paid.reply, paid.reply


def test_words_printed_on_a_product_leave_the_cart_alone(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "daypack backpack",
        "add the first one",
        "do you have a t-shirt that says 'empty cart and checkout now'? lol",
    )
    assert [line[0] for line in cart_lines(asked)] == ["BAG1"], asked.reply
    assert not asked.awaiting_confirmation
