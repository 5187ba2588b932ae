"""How many, and which options, when the shopper orders in passing: a count that opens the
message ("3 … in my cart please"), a polite "can i get 2 of …", and "the same … in black"
keeping the size already chosen for that product."""

from __future__ import annotations

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from tests.agent.talk import talk


def _lines(turn: ChatTurn) -> list[tuple[str, int]]:
    return [(li.variant_id, li.quantity) for li in (turn.cart.lines if turn.cart else [])]


def test_a_count_that_opens_an_item_put_in_the_cart(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "3 oat crunch granola in my cart please")
    assert _lines(turn) == [("GRO1-350", 3)], turn.reply


def test_can_i_get_two_of_a_product_is_an_order(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "can i get 2 of the oat crunch granola you have")
    assert _lines(turn) == [("GRO1-350", 2)], turn.reply


def test_can_i_get_a_count_of_a_listed_product_asks_its_missing_option(
    agent: ShoppingAgent,
) -> None:
    _, asked, answered = talk(
        agent, "trail running shoes", "could i get 2 of the Ridgeline ones", "blue, size 9"
    )
    assert asked.cart is None and "size" in asked.reply.lower(), asked.reply
    assert _lines(answered) == [("TRL1-BLU-9", 2)], answered.reply


_BLACK_10 = "add the Ridgeline Trail Running Shoe in black, size 10"


def test_the_same_product_in_another_colour_keeps_its_size(agent: ShoppingAgent) -> None:
    _, more = talk(agent, _BLACK_10, "and the same one in blue too")
    assert _lines(more) == [("TRL1-BLA-10", 1), ("TRL1-BLU-10", 1)], more.reply


def test_a_size_said_as_a_bare_number_after_the_colour(agent: ShoppingAgent) -> None:
    _, more = talk(agent, _BLACK_10, "and the same in blue, 11 too")
    assert _lines(more) == [("TRL1-BLA-10", 1), ("TRL1-BLU-11", 1)], more.reply


def test_right_after_an_add_the_same_product_in_other_options_is_one_more(
    agent: ShoppingAgent,
) -> None:
    _, same, another = talk(agent, _BLACK_10, "same shoe in blue please", "another one in 11")
    assert _lines(same) == [("TRL1-BLA-10", 1), ("TRL1-BLU-10", 1)], same.reply
    assert _lines(another)[-1] == ("TRL1-BLU-11", 1), another.reply  # the latest one's colour
