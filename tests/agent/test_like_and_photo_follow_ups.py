"""Follow-ups about what was shown and photos with a wish, through `ShoppingAgent.chat`: more
like a listed product (cheaper, for kids), two listed products compared by place, a photo with
a property asked for ("like this but electric", "but waterproof, under 100"), a question about
the photographed item, weight and battery questions, and a stock question about the product a
search just named."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item
from tests.agent.talk import ids, talk

JACKETS = ["Apparel", "Jackets"]
KETTLES = ["Kitchen", "Kettles"]
BOTTLES = ["Outdoors", "Water Bottles"]
HEADPHONES = ["Electronics", "Headphones"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("JK1", "Harbor Rain Jacket", 120, JACKETS, material="ripstop nylon", waterproof="yes"),
        item("JK2", "Alpine Down Jacket", 200, JACKETS, material="goose down", waterproof="yes"),
        item("JK3", "Canvas Field Jacket", 150, JACKETS, material="waxed canvas", waterproof="no"),
        item("JK4", "Budget Shell Jacket", 60, JACKETS, material="polyester", waterproof="no"),
        item("KT1", "Stovetop Whistling Kettle", 40, KETTLES, material="enamelled steel"),
        item("KT2", "Gooseneck Electric Kettle", 90, KETTLES, material="stainless steel"),
        item("KT3", "Glass Electric Kettle", 70, KETTLES, material="borosilicate glass"),
        item("KT4", "Classic Enamel Kettle", 35, KETTLES, material="enamelled steel"),
        item("BT1", "Steel Water Bottle", 25, BOTTLES, material="stainless steel"),
        item("BT2", "Kids Straw Water Bottle", 18, BOTTLES, material="stainless steel"),
        item("BT3", "Trail Water Bottle", 30, BOTTLES, material="soft TPU"),
        item("HP1", "Studio Headphones", 170, HEADPHONES, wireless="yes", battery_life="30 h"),
        item("HP2", "Monitor Headphones", 60, HEADPHONES, wireless="no", battery_life="40 h"),
        item("HP3", "Travel Headphones", 200, HEADPHONES, wireless="yes", battery_life="20 h"),
        item(
            "DB1",
            "Hex Dumbbell",
            40,
            ["Fitness", "Dumbbells"],
            colors={"black": {"5 lb": 4, "10 lb": 6}},
        ),
        item(
            "TEE1",
            "Everyday Crew Tee",
            18,
            ["Apparel", "T-Shirts"],
            colors={"red": {"M": 5, "XXL": 0}, "white": {"M": 3}},
        ),
        item(
            "TEE2",
            "Boxy Oversized Tee",
            32,
            ["Apparel", "T-Shirts"],
            colors={"red": {"M": 2, "XXL": 4}},
        ),
    ]


# --- more like a listed product -------------------------------------------------------------


def test_similar_to_a_listed_one_but_cheaper_keeps_its_kind_below_its_price(
    agent: ShoppingAgent,
) -> None:
    jackets, like = talk(agent, "jackets", "anything similar to the second one but cheaper")
    second = next(p for p in jackets.products if p.ordinal == 2)
    assert like.products, like.reply
    assert second.id not in ids(like)
    assert all(p.id.startswith("JK") and p.price.amount < second.price.amount
               for p in like.products), like.reply  # fmt: skip
    assert "don't carry" not in like.reply


def test_same_but_for_kids_keeps_the_listed_kind(agent: ShoppingAgent) -> None:
    _, kids = talk(agent, "water bottles", "same but for kids")
    assert ids(kids) == ["BT2"], kids.reply


def test_more_like_the_second_one_lists_others_of_its_kind(agent: ShoppingAgent) -> None:
    kettles, more = talk(agent, "kettles", "show me more like the 2nd one")
    second = next(p.id for p in kettles.products if p.ordinal == 2)
    assert more.products and second not in ids(more), more.reply
    assert all(pid.startswith("KT") for pid in ids(more)), more.reply


# --- two listed products by their places ---------------------------------------------------------


def test_which_of_two_listed_by_place_compares_them(agent: ShoppingAgent) -> None:
    jackets, which = talk(agent, "jackets", "which is warmer, the first or the third?")
    first, third = (next(p.title for p in jackets.products if p.ordinal == n) for n in (1, 3))
    assert first in which.reply and third in which.reply, which.reply
    assert "doesn't say which is warmer" in which.reply


def test_a_yes_no_question_about_two_listed_answers_each(agent: ShoppingAgent) -> None:
    jackets, both = talk(agent, "jackets", "are the 1st and 2nd waterproof?")
    first, second = (next(p.title for p in jackets.products if p.ordinal == n) for n in (1, 2))
    assert first in both.reply and second in both.reply, both.reply


# --- a photo with a wish ---------------------------------------------------------------------


def test_like_this_but_electric_keeps_the_kettles_that_are(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("KT1", 0.9), ("KT4", 0.8), ("KT2", 0.78), ("KT3", 0.7), colour="white")
    turn = agent.chat(None, "I like this style but I need an electric one", image=SHOE_PHOTO)
    assert sorted(ids(turn)) == ["KT2", "KT3"], turn.reply


def test_like_this_but_waterproof_under_a_price_keeps_those_that_are(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("JK3", 0.9), ("JK4", 0.85), ("JK1", 0.8), ("JK2", 0.7), colour="white")
    turn = agent.chat(None, "something like this but waterproof and under 150?", image=SHOE_PHOTO)
    assert ids(turn) == ["JK1"], turn.reply


def test_a_child_the_item_is_for_finds_the_kids_one(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = photo_of(("BT1", 0.9), ("BT3", 0.8), ("BT2", 0.7), colour="white")
    turn = agent.chat(None, "same kinda thing but for my 6 year old", image=SHOE_PHOTO)
    assert ids(turn) == ["BT2"], turn.reply


def test_cheaper_with_a_price_said_keeps_the_kind_under_that_price(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(
        ("JK4", 0.95), ("JK3", 0.8), ("JK2", 0.78), ("JK1", 0.75), colour="white"
    )
    turn = agent.chat(None, "something like this but cheaper? under 130", image=SHOE_PHOTO)
    assert turn.products and all(p.price.amount <= 13000 for p in turn.products), turn.reply
    assert all(pid.startswith("JK") for pid in ids(turn)), turn.reply


# --- questions about the photographed item -----------------------------------------------------


def test_a_yes_no_question_with_a_photo_is_answered_for_the_item(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("HP2", 0.95), ("HP1", 0.7), ("HP3", 0.6), colour="white")
    turn = agent.chat(None, "are these wireless?", image=SHOE_PHOTO)
    assert "No, Monitor Headphones is not wireless" in turn.reply, turn.reply
    assert set(ids(turn)) == {"HP2"}, turn.reply  # "are these …?" asks, it wants no other kind


def test_a_question_with_an_unclear_photo_answers_for_the_closest(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("HP2", 0.8), ("HP1", 0.79), ("HP3", 0.78), colour="white")
    turn = agent.chat(None, "are these wireless?", image=SHOE_PHOTO)
    assert "can't tell for sure" in turn.reply, turn.reply
    assert "Studio Headphones is wireless" in turn.reply, turn.reply


def test_how_long_the_battery_lasts_is_no_pick_of_the_last_one(agent: ShoppingAgent) -> None:
    _, battery = talk(agent, "studio headphones", "how long does the battery last")
    assert "30 h" in battery.reply, battery.reply


def test_how_heavy_reads_the_weights_it_comes_in(agent: ShoppingAgent) -> None:
    _, heavy = talk(agent, "hex dumbbell", "how heavy is it")
    assert "5 lb" in heavy.reply and "10 lb" in heavy.reply, heavy.reply


# --- stock of the product a search named -------------------------------------------------------


def test_a_stock_question_after_naming_a_product_is_about_it(agent: ShoppingAgent) -> None:
    _, xxl, medium = talk(agent, "the everyday crew tee", "any in stock in red xxl?",
                          "ok what about M?")  # fmt: skip
    assert "sold out" in xxl.reply and "Everyday Crew Tee" in xxl.reply, xxl.reply
    assert "in stock" in medium.reply and "size M" in medium.reply, medium.reply


def test_any_in_a_size_letter_narrows_the_list(agent: ShoppingAgent) -> None:
    _, medium = talk(agent, "red tees", "any in M?")
    assert medium.products and "Which product" not in medium.reply, medium.reply


def test_a_stock_question_after_part_of_a_title_narrows_the_list(agent: ShoppingAgent) -> None:
    _, xxl = talk(agent, "crew tee", "any in stock in red xxl?")
    assert "Everyday Crew Tee is sold out" not in xxl.reply, xxl.reply
