"""Orders said the way a phone's dictation or a quick thumb writes them, through
`ShoppingAgent.chat`: "add for bags of" is four bags, "size em" is size M, "put to packs" is
two, "n the scarf" adds the scarf too, "in heather gray" names a colour (no product called
"heather"), and "so its cancelled right" after a cancel asks about that order."""

from __future__ import annotations

import pytest

from agent.dictated_words import as_meant
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, cart_lines, talk

TEE = {"S": 5, "M": 5, "L": 5}


@pytest.fixture
def products() -> list[Product]:
    return [
        item("CHP", "Sea Salt Kettle Chips", 3.99, ["Grocery", "Chips"], {"plain": {"": 20}}),
        item("PIM", "Pima Crew Tee", 14, ["Apparel", "T-Shirts"], {"olive": TEE, "coral": TEE}),
        item(
            "SOK",
            "Cushioned Crew Socks",
            12,
            ["Apparel", "Socks"],
            {"white": TEE, "heather gray": TEE},
        ),
        item("WSK", "Wool Boot Socks", 20, ["Apparel", "Socks"], {"charcoal": TEE}),
        item("BEA", "Wool Beanie Hat", 28, ["Apparel", "Hats"], {"olive": {"": 5}}),
        item("SCF", "Cashmere Blend Scarf", 39, ["Apparel", "Scarves"], {"forest green": {"": 5}}),
    ]


def test_a_count_heard_as_for_before_a_unit_is_four(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "add for bags of the sea salt kettle chips")
    assert cart_lines(turn) == [("CHP", "plain", 4)], turn.reply


def test_a_letter_size_spelled_as_it_sounds(agent: ShoppingAgent) -> None:
    _, changed = talk(agent, "add pima crew tee olive size large", "actually make that size em")
    assert cart_lines(changed) == [("PIM", "olive / m", 1)], changed.reply


def test_a_count_heard_as_to_before_a_unit_is_two(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "put to packs of the sea salt kettle chips in my car")
    assert cart_lines(turn) == [("CHP", "plain", 2)], turn.reply


def test_an_n_opening_a_message_is_and(agent: ShoppingAgent) -> None:
    _, more = talk(agent, "add the wool beanie in olive", "n the cashmere scarf")
    assert [line[0] for line in cart_lines(more)] == ["BEA", "SCF"], more.reply


def test_a_two_word_colour_names_no_product(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "cushioned crew socks", "add two pairs in heather gray size m")
    assert cart_lines(added) == [("SOK", "heather gray / m", 2)], added.reply


def test_is_it_cancelled_after_a_cancel_asks_about_the_order(agent: ShoppingAgent) -> None:
    *_, placed, _, _, asked = talk(
        agent, "add the wool beanie in olive", f"checkout: {BUYER}", "yes", "cancel order",
        "yes please", "so its cancelled right",
    )  # fmt: skip
    assert placed.order is not None
    assert placed.order.id in asked.reply and "cancel" in asked.reply, asked.reply
    assert asked.products == []


@pytest.mark.parametrize(
    "said",
    ["add to cart", "add it to my bag", "get for my son", "a car charger for my car",
     "send em over", "add it to my car seat", "i need to pack"],
)  # fmt: skip
def test_sound_alikes_meant_as_themselves_stay(said: str) -> None:
    assert as_meant(said) == said
