"""Terse, phone-typed messages through `ShoppingAgent.chat`: "sz 10" and "size ten" are sizes,
"in L" ending an add is one, "w" and "w/o" are "with" and "without", a "nvm." before a request
is dropped, "same but white" asks for white, and an add by place keeps the colour the search
said ("pima tee olive", then "add 3 of the first one in L") and a name typed right after
"checkout" is the buyer's."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

SHOE_SIZES = {"9": 5, "10": 5}
TEE_SIZES = {"M": 5, "L": 5}


@pytest.fixture
def products() -> list[Product]:
    tees, cereal = ["Apparel", "T-Shirts"], ["Grocery", "Cereal"]
    return [
        item("SN1", "Canvas Low Sneaker", 44, ["Shoes", "Sneakers"], {"black": SHOE_SIZES}),
        item("TE1", "Pima Crew Tee", 14, tees, {"charcoal": TEE_SIZES, "olive": TEE_SIZES}),
        item("TE2", "Ringer Tee", 15, tees, {"black": TEE_SIZES, "white": TEE_SIZES}),
        item("TE3", "Slub Cotton Tee", 16, tees, {"black": TEE_SIZES}),
        item("CE1", "Frosted Wheat Squares Cereal", 6, cereal),
        item("CE2", "Honey Oat Clusters Cereal", 8, cereal),
        item("LA1", "Task Desk Lamp", 90, ["Home", "Lamps"], port="usb-c"),
        item("HA1", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
        item("OL1", "Extra Virgin Olive Oil", 12, ["Grocery", "Oils"]),
    ]


@pytest.mark.parametrize(
    "message", ["add canvas low sneaker black sz 10", "add canvas low sneaker black size ten"]
)
def test_a_size_said_in_short_or_in_words_is_added(agent: ShoppingAgent, message: str) -> None:
    (added,) = talk(agent, message)
    assert cart_lines(added) == [("SN1", "black / 10", 1)]


def test_an_add_by_place_keeps_the_searched_colour_and_a_closing_size_letter(
    agent: ShoppingAgent,
) -> None:
    listed, added = talk(agent, "pima tee olive", "add 3 of the first one in L")
    assert ids(listed)[0] == "TE1"
    assert cart_lines(added) == [("TE1", "olive / l", 3)]


def test_without_written_with_a_slash_rules_the_word_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "cereal w/o wheat")
    assert ids(turn) == ["CE2"]


def test_a_lone_w_is_with(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "desk lamp w usb-c")
    assert "don't carry" not in turn.reply and ids(turn)[0] == "LA1"


def test_a_never_mind_before_a_request_is_dropped(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "tees", "nvm. black beanie")
    assert "don't carry" not in turn.reply and ids(turn) == ["HA1"]


def test_same_but_a_colour_asks_for_that_colour(agent: ShoppingAgent) -> None:
    black, white = talk(agent, "black tee", "same but white")
    assert set(ids(black)) == {"TE2", "TE3"}
    assert ids(white) == ["TE2"]


def test_a_name_typed_right_after_checkout_without_a_comma_is_the_name(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(
        agent,
        "add canvas low sneaker black size 9",
        "checkout Lena Vogel lena.vogel@example.de 3 Harbor Rd Portland ME 04101 USA",
    )
    assert turn.awaiting_confirmation and "Lena Vogel" in turn.reply
