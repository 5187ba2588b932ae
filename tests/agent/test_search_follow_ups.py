"""Searches, follow-ups and product questions answered the way a shop assistant would.

A budget that excludes every product of the kind named is said plainly (never another kind in its
place); typos and rough budgets are read; "X-free" rules X out unless the catalog says "X-free"
itself; a stock question goes on in a few words ("what about blue?"); an either/or is answered from
the record's yes/no attribute; a product is named by its own name ("the trailblazer 3").
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk


def _products() -> list[Product]:
    jackets, bars, shades = (
        ["Apparel", "Jackets"],
        ["Grocery", "Snack Bars"],
        ["Accessories", "Sunglasses"],
    )
    mats, jeans, shoes = ["Fitness", "Yoga Mats"], ["Apparel", "Jeans"], ["Footwear", "Trail Shoes"]
    return [
        item("JK1", "Harbor Rain Jacket", 152, jackets, waterproof="yes"),
        item("JK2", "Summit Insulated Jacket", 94, jackets, waterproof="no"),
        item("JK3", "Canvas Chore Jacket", 130, jackets, waterproof="no"),
        item("JK4", "Drizzle Rain Jacket", 175, jackets, waterproof="yes"),
        item("MAT1", "Cork Studio Yoga Mat", 34, mats),
        item("MAT2", "Cushion Travel Yoga Mat", 55, mats),
        item("BAR1", "Peanut Crunch Granola Bars", 5, bars),
        item("BAR2", "Almond Honey Granola Bars", 6, bars),
        item("BAR3", "Gluten-Free Oat Granola Bars", 7, bars),
        item("BAR4", "Peanut Butter Chewy Granola Bars", 5, bars),
        item("SUN1", "Harbor Round Sunglasses", 80, shades),
        item("MUG1", "Double Wall Glass Mug", 27, ["Home", "Mugs"]),
        item("JN1", "Carpenter Jean", 130, jeans, fit="relaxed"),
        item("JN2", "Selvedge Jean", 93, jeans, fit="relaxed"),
        item("JN3", "Skinny Stretch Jean", 63, jeans, fit="skinny"),
        item("JN4", "Bootcut Jean", 145, jeans, fit="relaxed"),
        item("BP1", "Commuter Laptop Backpack", 120, ["Bags", "Backpacks"], {"navy": {"": 5}}),
        item("BP2", "Rolltop Backpack", 60, ["Bags", "Backpacks"]),
        item("BLT1", "Work Leather Belt", 40, ["Accessories", "Belts"]),
        item("WB1", "Kids Straw Water Bottle", 18, ["Home", "Water Bottles"], {"green": {"": 5}}),
        item("WB2", "Steel Water Bottle", 25, ["Home", "Water Bottles"], {"green": {"": 5}}),
        item("MAT3", "Kids Printed Yoga Mat", 45, mats, {"green": {"": 5}}),
        item(
            "SH1",
            "Pathfinder 3 Trail Shoe",
            110,
            shoes,
            {"orange": {"8": 33, "9": 0}, "black": {"8": 4}},
            waterproof="no",
        ),
        item(
            "SH2",
            "Bogrunner WP Trail Shoe",
            164,
            shoes,
            {"black": {"9": 0, "10": 6}, "blue": {"9": 60}},
            waterproof="yes",
        ),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


def test_a_budget_below_every_one_of_the_kind_named_says_so(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "hiya, looking for a rain jacket, nothing over 120")
    assert "couldn't find" in turn.reply.lower()
    assert set(ids(turn)) <= {"JK1", "JK4"} and ids(turn)[0] == "JK1"  # never the $94 jacket
    assert "over your budget" in turn.reply and "152.00" in turn.reply


def test_a_doubled_letter_and_a_common_misspelling_are_read(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "cheep yoga matt under 40$ pls")
    assert ids(turn) == ["MAT1"]
    assert "don't carry" not in turn.reply


def test_x_free_rules_x_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "peanut-free granola bars for my kid's lunchbox?")
    assert turn.products and not {"BAR1", "BAR4"} & set(ids(turn))


def test_x_free_the_catalog_says_itself_is_a_property(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "gluten-free granola bars")
    assert ids(turn)[0] == "BAR3"  # the catalog's own "Gluten-Free" is never ruled out


def test_a_kind_not_sold_is_not_a_material_of_another(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I need prescription glasses, -2.5 both eyes")
    assert "don't carry" in turn.reply
    assert "MUG1" not in ids(turn)


def test_a_stock_question_goes_on_in_a_few_words(agent: ShoppingAgent) -> None:
    first, blue = talk(
        agent, "is the bogrunner wp trail shoe in stock in black, size 9?", "what about blue?"
    )
    assert "sold out" in first.reply.lower()
    assert blue.reply.startswith("Yes") and "blue" in blue.reply
    assert ids(blue) == ["SH2"]


def test_an_either_or_is_answered_from_a_yes_no_attribute(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "is the bogrunner wp trail shoe actually waterproof or just water resistant?"
    )
    assert turn.reply.startswith("Yes") and "not waterproof" not in turn.reply


def test_a_product_named_by_its_own_name_is_asked_about(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do the pathfinder 3 come in orange? need a size 8")
    assert "in stock" in turn.reply and turn.reply.startswith("Yes")
    assert ids(turn) == ["SH1"]


def test_an_attribute_value_named_filters_and_cheaper_keeps_the_kind(agent: ShoppingAgent) -> None:
    relaxed, cheaper = talk(agent, "relaxed fit jeans", "anything cheaper than that?")
    assert set(ids(relaxed)) == {"JN1", "JN2", "JN4"}
    assert cheaper.products and kinds(cheaper) == {"JN"}
    assert max(p.price.amount for p in cheaper.products) < 13000


@pytest.mark.parametrize("said", ["a jacket, budget is around 100ish", "a jacket, around 100ish"])
def test_a_rough_budget_is_read(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    prices = [p.price.amount for p in turn.products]
    assert prices and max(prices) <= 12000


def test_a_plural_kind_asks_for_a_list_not_the_product_titled_with_it(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "any rain jackets for under a hundred?")
    assert "couldn't find" in turn.reply.lower() and "over your budget" in turn.reply
    assert ids(turn)[0] == "JK1"


def test_a_longer_request_with_colours_stays_in_its_kind(agent: ShoppingAgent) -> None:
    (work,) = talk(agent, "backpack for work that fits a laptop... navy or black ideally")
    assert work.products and kinds(work) == {"BP"}  # not the Work Leather Belt
    (bottle,) = talk(agent, "water bottle for my kid with a straw, green if u have")
    assert ids(bottle)[0] == "WB1" and kinds(bottle) == {"WB"}  # not the kids' yoga mat
