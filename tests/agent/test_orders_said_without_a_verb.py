"""Orders and questions said the way phone users and correcting shoppers say them, through
`ShoppingAgent.chat`: a count in a unit of a named product is an order ("two bags of the
colombia coffee pls"), "add to car" closing a dictated message adds, "and 2 of them" right after
a line was changed is its count, "only navy? no pink?" is answered yes or no, and "what's the
insulation" of a jacket names its fill."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

SIZES = {"8": 5, "9": 5, "10": 5}
TEE = {"S": 5, "M": 5, "L": 5}


@pytest.fixture
def products() -> list[Product]:
    jacket = item("JAC", "Alpine Insulated Jacket", 180, ["Apparel", "Outerwear", "Jackets"],
                  {"black": TEE}, material="700-fill responsibly sourced down")  # fmt: skip
    return [
        item(
            "COL",
            "Colombia Single Origin Coffee",
            10.99,
            ["Grocery", "Coffee"],
            {"plain": {"": 20}},
        ),
        item("ESP", "Espresso Dark Coffee", 20.99, ["Grocery", "Coffee"], {"plain": {"": 20}}),
        item(
            "CLS",
            "Canvas Low Sneaker",
            44.99,
            ["Footwear", "Sneakers"],
            {"black": SIZES, "white": SIZES},
        ),
        item("PLS", "Platform Low Sneaker", 106.99, ["Footwear", "Sneakers"], {"black": SIZES}),
        item(
            "TEE",
            "Slub Cotton V-Neck Tee",
            15.99,
            ["Apparel", "T-Shirts"],
            {"black": TEE, "heather gray": TEE},
        ),
        item(
            "KHP",
            "Kids Volume-Limited Headphones",
            29,
            ["Electronics", "Headphones"],
            {"navy": {"": 5}},
        ),
        jacket,
    ]


def test_a_count_in_a_unit_of_a_named_product_orders_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "two bags of the colombia coffee pls")
    assert cart_lines(turn) == [("COL", "plain", 2)], turn.reply


def test_a_count_in_a_unit_of_a_kind_still_searches(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "two bags of coffee")
    assert cart_lines(turn) == [], turn.reply


def test_add_to_car_closing_a_dictated_message_adds(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "canvas low sneaker black size nine add to car")
    assert cart_lines(turn) == [("CLS", "black / 9", 1)], turn.reply


def test_and_a_count_of_them_after_a_change_is_the_line_count(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "add slub cotton v-neck tee, black, size L", "actually make that size M",
        "and 2 of them",
    )  # fmt: skip
    assert cart_lines(turn) == [("TEE", "black / m", 2)], turn.reply


def test_only_the_colour_named_is_answered_yes_with_what_it_lacks(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "what colours do the Kids Volume-Limited Headphones come in", "only navy? no pink?"
    )
    assert turn.reply.startswith("Yes") and "only" in turn.reply, turn.reply
    assert "doesn't come in pink" in turn.reply, turn.reply


def test_only_a_colour_of_several_is_answered_no(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "tell me about the Slub Cotton V-Neck Tee", "just black?")
    assert turn.reply.startswith("No") and "heather gray" in turn.reply, turn.reply


def test_the_insulation_of_a_jacket_names_its_fill(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Alpine Insulated Jacket, what's the insulation")
    assert "700-fill" in turn.reply and "down" in turn.reply, turn.reply
