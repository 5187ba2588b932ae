"""Cart changes said loosely, through `ShoppingAgent.chat`: "the first one" after an answer
about one product; a size of two words ("bath sheet") over its first word ("bath"); "the
first two" adds two lines; "drop that to just one box" is a new count; "swap it for <colour>"
and "change it to 15" after "too light" change the line's variant, never its count;
"what did I just order" recaps the last order."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)


PRODUCTS = [
    _product("BEAN1", "Single Origin Dark Roast Coffee", ["Grocery", "Coffee"], "14", colors=[]),
    _product("TOWEL1", "Plush Cotton Towel", ["Home", "Bath", "Towels"], "20",
             colors=["sage", "white"], sizes=["hand", "bath", "bath sheet"]),
    _product("CHIP1", "Salted Kettle Chips", ["Grocery", "Snacks"], "3", colors=[]),
    _product("CHIP2", "Cheddar Corn Chips", ["Grocery", "Snacks"], "4", colors=[]),
    _product("CAP1", "Knit Cuff Beanie", ["Accessories", "Hats"], "25", colors=["black", "olive"],
             sizes=["One Size"]),
    _product("DB1", "Rubber Hex Dumbbell", ["Sports & Outdoors", "Fitness", "Dumbbells"], "60",
             colors=["black"], sizes=["10 lb", "15 lb", "20 lb"]),
    _product("TEA1", "Chamomile Tea", ["Grocery", "Tea"], "7", colors=[]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_the_first_one_after_an_answer_about_one_product(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "is the single origin dark roast coffee decaf?", "ok add the first one")
    assert cart_lines(added) == [("BEAN1", "", 1)], added.reply


def test_a_two_word_size_wins_over_its_first_word(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "put 4 plush cotton towels in my cart, sage, bath sheet size")
    assert cart_lines(added) == [("TOWEL1", "sage / bath sheet", 4)], added.reply


def test_the_first_two_adds_two_lines(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "some chips for a party", "grab the first two")
    assert [line[0] for line in cart_lines(added)] == ["CHIP1", "CHIP2"], added.reply


def test_swap_it_for_another_colour_changes_the_line(agent: ShoppingAgent) -> None:
    *_, swapped = talk(
        agent, "add the knit cuff beanie in black", "black gets fluffy fast, swap it for olive"
    )
    assert cart_lines(swapped) == [("CAP1", "olive / one size", 1)], swapped.reply


@pytest.mark.parametrize(
    "said",
    [
        "hmm too light, change it to 15",
        "nah that's probably too light, switch it to 15",
        "actually thats probably too light, change it to 15",
    ],
)
def test_change_it_to_a_number_that_is_one_of_its_weights(agent: ShoppingAgent, said: str) -> None:
    *_, changed = talk(agent, "add the rubber hex dumbbell in 10 lb", said)
    assert cart_lines(changed) == [("DB1", "black / 15 lb", 1)], changed.reply


def test_what_did_i_just_order_recaps_the_last_order(agent: ShoppingAgent) -> None:
    *_, recap = talk(
        agent, "add a chamomile tea", f"checkout. {BUYER}", "yes",
        "remind me what I just ordered and what it came to?",
    )  # fmt: skip
    assert "chamomile" in recap.reply.lower(), recap.reply
    assert "$" in recap.reply, recap.reply


@pytest.mark.parametrize("said", ["drop that to just one box", "drop it to one", "cut that to 2"])
def test_a_line_dropped_to_a_count_keeps_that_many(agent: ShoppingAgent, said: str) -> None:
    *_, changed = talk(agent, "put 3 boxes of the chamomile tea in", said)
    kept = 2 if "2" in said else 1
    assert [line[::2] for line in cart_lines(changed)] == [("TEA1", kept)], changed.reply


def test_a_count_with_who_it_is_for_recounts_the_line(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "add the knit cuff beanie in olive", "two of them actually, one for my partner"
    )
    assert cart_lines(changed) == [("CAP1", "olive / one size", 2)], changed.reply
