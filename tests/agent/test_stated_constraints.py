"""Constraints the shopper states are kept, through `ShoppingAgent.chat`: an attribute named by
its value alone ("midi dresses", "not maxi") or by what it is about ("a mug I can put in the
dishwasher"), a colour added to the list ("those but in red"), a price level asked of the list
("more high end?", "what about under 100 then?", "I can't go over $100") and a title word
picked from it ("decaf only")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _product(
    pid: str,
    title: str,
    category: list[str],
    dollars: str,
    colors: tuple[str, ...] = (),
    attributes: dict[str, str] | None = None,
) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=colors, sizes=("S", "M"), stock=30, brand=None,
        description="", attributes=attributes, first_id=0,
    )  # fmt: skip


DRESSES = ["Apparel", "Dresses"]
MUGS = ["Home", "Mugs"]
TEES = ["Apparel", "T-Shirts"]
SPEAKERS = ["Electronics", "Speakers"]
PHONES = ["Electronics", "Headphones"]
COFFEE = ["Grocery", "Coffee"]
BLANKETS = ["Home", "Blankets"]
BOOTS = ["Footwear", "Boots"]
PRODUCTS = [
    _product("DRS1", "Wrap Midi Dress", DRESSES, "114", attributes={"length": "midi"}),
    _product("DRS2", "Slip Satin Dress", DRESSES, "131", attributes={"length": "knee"}),
    _product("DRS3", "Tiered Maxi Dress", DRESSES, "55", attributes={"length": "maxi"}),
    _product("DRS4", "Smocked Sundress", DRESSES, "109", attributes={"length": "midi"}),
    _product("DRS5", "Poplin Shirt Dress", DRESSES, "136", attributes={"length": "maxi"}),
    _product("MUG1", "Speckled Camp Mug", MUGS, "15", attributes={"dishwasher_safe": "no"}),
    _product("MUG2", "Stoneware Diner Mug", MUGS, "18", attributes={"dishwasher_safe": "yes"}),
    _product("MUG3", "Handthrown Reactive Mug", MUGS, "32", attributes={"dishwasher_safe": "no"}),
    _product("MUG4", "Enamel Camp Mug", MUGS, "16", attributes={"dishwasher_safe": "yes"}),
    _product("TEE1", "Ringer Tee", TEES, "15", ("black", "burgundy")),
    _product("TEE2", "Trail Graphic Tee", TEES, "18", ("white", "mustard")),
    _product("TEE3", "Tech Run Tee", TEES, "21", ("red", "black")),
    _product("TEE4", "Vintage Wash Tee", TEES, "39", ("red", "sage")),
    _product("TEE5", "Organic Crew Tee", TEES, "21", ("burgundy", "coral")),
    _product("TEE6", "Everyday Crew Tee", TEES, "18", ("navy",), attributes={"neckline": "v-neck"}),
    _product("TEE7", "Merino Crew Tee", TEES, "32", ("navy",), attributes={"neckline": "crew"}),
    _product("BOT1", "Ironbark Work Boot", BOOTS, "148", attributes={"waterproof": "no"}),
    _product("BOT2", "Winter Shearling Boot", BOOTS, "163", attributes={"waterproof": "yes"}),
    _product("BOT3", "Alpine Hiker Boot", BOOTS, "318", attributes={"waterproof": "yes"}),
    _product("SPK1", "Bike Mount Speaker", SPEAKERS, "44"),
    _product("SPK2", "Bookshelf Pair Speaker", SPEAKERS, "67"),
    _product("SPK3", "Party Tower Speaker", SPEAKERS, "258"),
    _product("SPK4", "Smart Home Speaker", SPEAKERS, "231"),
    _product("HPH1", "Studio Monitor Headphones", PHONES, "169"),
    _product("HPH2", "Travel Foldable Headphones", PHONES, "217"),
    _product("HPH3", "Retro Wired Headphones", PHONES, "58"),
    _product("HPH4", "Sport On-Ear Headphones", PHONES, "304"),
    _product("COF1", "Espresso Dark Coffee", COFFEE, "21"),
    _product("COF2", "Decaf Mountain Water Coffee", COFFEE, "21"),
    _product("COF3", "Breakfast Blend Coffee", COFFEE, "20"),
    _product("BLK1", "Cotton Waffle Blanket", BLANKETS, "69"),
    _product("BLK2", "Chunky Knit Throw Blanket", BLANKETS, "191"),
    _product("BLK3", "Sherpa Fleece Blanket", BLANKETS, "198"),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_a_value_said_alone_filters_by_its_attribute(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "midi dresses")
    assert set(ids(turn)) == {"DRS1", "DRS4"}, turn.reply


def test_a_value_ruled_out_hides_the_products_with_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a dress but not maxi")
    assert ids(turn) and not {"DRS3", "DRS5"} & set(ids(turn)), turn.reply


def test_a_yes_no_attribute_named_by_what_it_is_about(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a mug i can put in the dishwasher")
    assert set(ids(turn)) == {"MUG2", "MUG4"}, turn.reply


def test_a_yes_no_question_after_a_question_about_one_product(agent: ShoppingAgent) -> None:
    _, answer = talk(agent, "how much is the speckled camp mug", "dishwasher safe?")
    assert "not dishwasher safe" in answer.reply.lower(), answer.reply


def test_a_colour_added_to_the_list_with_but_in(agent: ShoppingAgent) -> None:
    _, red = talk(agent, "tees in a small", "those but in red")
    assert ids(red)[:2] and set(ids(red)[:2]) == {"TEE3", "TEE4"}, red.reply


def test_more_high_end_asks_the_list_for_pricier(agent: ShoppingAgent) -> None:
    _, pricier = talk(agent, "speakers", "got anything more high end? more expensive ones")
    assert ids(pricier) and set(ids(pricier)) <= {"SPK3", "SPK4"}, pricier.reply


def test_a_budget_said_after_a_list_lists_others_within_it(agent: ShoppingAgent) -> None:
    listed, cheaper = talk(
        agent, "headphones over 150", "ok those are pricey. what about under 100 then?"
    )
    assert "HPH3" not in ids(listed), listed.reply
    assert ids(cheaper) == ["HPH3"], cheaper.reply


def test_cant_go_over_is_a_ceiling(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a throw blanket for the couch, I really can't go over $100 though")
    assert ids(turn) == ["BLK1"], turn.reply


def test_a_title_word_picked_from_the_list(agent: ShoppingAgent) -> None:
    _, decaf = talk(agent, "coffee", "oh wait he's off caffeine now, decaf only")
    assert ids(decaf) == ["COF2"], decaf.reply


def test_a_colour_word_is_no_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "t-shirt white colour size M")
    assert ids(turn)[:1] == ["TEE2"], turn.reply


def test_a_value_word_that_titles_another_product_names_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "everyday crew tee")
    assert "TEE6" in ids(turn), turn.reply


def test_a_feature_none_within_the_budget_has_shows_the_nearest_with_it(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "waterproof boots, can't go over 150")
    assert ids(turn)[:1] == ["BOT2"] and "BOT1" not in ids(turn), turn.reply
    assert "over your budget" in turn.reply, turn.reply
