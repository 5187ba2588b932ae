"""A shopping list's line names a product without asking to buy it ("party snacks: tortilla
lime chips"): it is added and shown, so the shopper sees what it is and can ask about it ("how
many bags in a box?" is its pack's count, not a search for bags). At the order's confirmation,
"no, I want to remove something first" is a no that names no line: nothing is taken out. "ok
fine, just add one peppermint tea" adds; "one more pretzel bag" is one more of the line.
Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

_CHIPS = ["Grocery", "Snacks"]
_TEA = ["Grocery", "Tea"]
_SANDALS = ["Footwear", "Sandals"]
_BAGS = ["Bags", "Tote Bags"]
_DETAILS = "Sam Ortiz, sam.ortiz@example.com, 500 Market St, San Francisco, CA 94105"


@pytest.fixture
def products() -> list[Product]:
    return [
        item("CHP1", "Tortilla Lime Chips", 5, _CHIPS, {"": {"10 oz": 9}}),
        item("CHP2", "Sour Cream Onion Chips", 4, _CHIPS, {"": {"8 oz": 9}}),
        item("TEA1", "English Breakfast Tea", 7, _TEA, {"": {"40 tea bags": 9}}),
        item("TEA2", "Peppermint Tea", 10, _TEA, {"": {"20 tea bags": 9}}),
        item("SND1", "River Strap Sandal", 40, _SANDALS, {"coral": {"9": 3}, "navy": {"9": 3}}),
        item("BAG1", "Market Canvas Tote Bag", 30, _BAGS),
    ]


def test_a_product_on_a_labelled_list_line_is_added_and_shown(agent: ShoppingAgent) -> None:
    turn = talk(agent, "party snacks: tortilla lime chips")[-1]
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("CHP1", 1)], turn.reply
    assert ids(turn) == ["CHP1"], turn.reply


def test_a_list_line_whose_options_are_asked_shows_the_product(agent: ShoppingAgent) -> None:
    turn = talk(agent, "beach trip: the river strap sandal")[-1]
    assert cart_lines(turn) == [], turn.reply
    assert ids(turn) == ["SND1"], turn.reply


def test_an_asked_add_shows_no_card(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the tortilla lime chips")[-1]
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("CHP1", 1)], turn.reply
    assert ids(turn) == [], turn.reply


def test_a_pack_count_is_asked_of_the_product_in_view(agent: ShoppingAgent) -> None:
    turn = talk(agent, "tea for the office: english breakfast", "how many bags in a box?")[-1]
    assert "40" in turn.reply, turn.reply
    assert "BAG1" not in ids(turn), turn.reply


def test_a_no_that_means_to_remove_something_takes_nothing_out(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add 2 sour cream onion chips and 1 peppermint tea",
        f"checkout. {_DETAILS}",
        "no not yet, I want to remove something first",
    )
    assert turns[1].awaiting_confirmation, turns[1].reply
    assert not turns[-1].awaiting_confirmation, turns[-1].reply
    assert [pid for pid, _, _ in cart_lines(turns[-1])] == ["CHP2", "TEA2"], turns[-1].reply


@pytest.mark.parametrize(
    "message", ["ok fine, just add one peppermint tea", "ok nvm, just add 1 Peppermint Tea then"]
)
def test_just_add_after_an_opener_adds(agent: ShoppingAgent, message: str) -> None:
    turn = talk(agent, message)[-1]
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("TEA2", 1)], turn.reply


def test_one_more_of_a_line_said_with_its_package(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add 2 tortilla lime chips", "and one more tortilla bag")[-1]
    assert [(pid, n) for pid, _, n in cart_lines(turn)] == [("CHP1", 3)], turn.reply
