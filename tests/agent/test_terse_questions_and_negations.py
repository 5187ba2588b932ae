"""Terse questions and rule-outs through `ShoppingAgent.chat`: "no flip flops or slides" rules out
each kind named, "sleeping bag for a 2p tent" is not carried (no tents, no bags instead), a
product's name then a spec ("diver 200m watch case size") asks that product, and "waterproof?"
right after a search that named a product whole asks about it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    sandals, tents, jackets = ["Shoes", "Sandals"], ["Outdoor", "Tents"], ["Apparel", "Jackets"]
    return [
        item("SA1", "Tideline Slide Sandal", 67, sandals),
        item("SA2", "Flip Flop Classic Sandal", 64, sandals),
        item("SA3", "Hike Sport Sandal", 71, sandals),
        item("SA4", "Recovery Slide Sandal", 25, sandals),
        item("TE1", "Backcountry 2P Tent", 216, tents),
        item("TE2", "Family Dome 6P Tent", 387, tents),
        item("DU1", "Gym Duffel Bag", 60, ["Bags", "Duffels"]),
        item("JA1", "Alpine Insulated Jacket", 94, jackets, waterproof="yes"),
        item("JA2", "Packable Wind Jacket", 202, jackets, waterproof="no"),
        item("WA1", "Diver 200M Watch", 271, ["Accessories", "Watches"], case_size="38 mm"),
        item("WA2", "Field 38 Watch", 193, ["Accessories", "Watches"], case_size="40 mm"),
        item("TS1", "Pima Crew Tee", 28, ["Apparel", "T-Shirts"], {"olive": {"L": 5}}),
        item("TS2", "Merino Crew Tee", 48, ["Apparel", "T-Shirts"], {"black": {"L": 5}}),
    ]


def test_an_or_list_of_kinds_after_no_rules_out_each(agent: ShoppingAgent) -> None:
    _, narrowed = talk(agent, "sandals", "no not those. no flip flops or slides")
    assert ids(narrowed) == ["SA3"]


def test_a_kind_said_in_words_keeps_its_category_beside_a_head_not_sold(
    agent: ShoppingAgent,
) -> None:
    """ "t shirts … any colour except black": the category T-Shirts, though "colour" is read as
    the head and is no kind; words of a hyphened category are matched as tokens."""
    (turn,) = talk(agent, "t shirts size L, any colour except black or white, I own too many")
    assert ids(turn) == ["TS1"], turn.reply


def test_a_thing_not_sold_for_something_sold_is_not_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "sleeping bag for a 2p tent")
    assert "don't carry" in turn.reply
    assert not {"TE1", "TE2", "DU1"} & set(ids(turn))


def test_a_products_name_then_a_spec_asks_that_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "diver 200m watch case size")
    assert "38 mm" in turn.reply and ids(turn) == ["WA1"]


@pytest.mark.parametrize(
    ("named", "answer"), [("alpine insulated jacket", "Yes"), ("packable wind jacket", "No")]
)
def test_a_yes_no_word_after_naming_a_product_asks_it(
    agent: ShoppingAgent, named: str, answer: str
) -> None:
    _, asked = talk(agent, named, "waterproof?")
    assert asked.reply.startswith(answer) and len(asked.products) <= 1


def test_a_yes_no_word_after_a_kind_still_narrows_the_list(agent: ShoppingAgent) -> None:
    _, narrowed = talk(agent, "jackets", "waterproof?")
    assert ids(narrowed) == ["JA1"]
