"""Products, colours and sizes half remembered, as shoppers say them: a name written apart ("roll
top"), a title with its number misremembered, a softened colour
("greenish", "rusty orange"), a size asked as a thing the shop has ("do you have the 12 inch?"),
"that colour" said before, a capacity claimed wrong ("30 litres right?"), "the cheaper one" of
two products sold under one title and a product asked for under another brand, through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

PACKS, SNEAKERS = ["Bags", "Backpacks"], ["Footwear", "Sneakers"]
PILLOWS, PANS = ["Home", "Pillows"], ["Kitchen", "Skillets"]
TOWELS, BOTTLES = ["Home", "Towels"], ["Kitchen", "Water Bottles"]
HOODIES = ["Apparel", "Hoodies"]


def _branded(product: Product, brand: str) -> Product:
    return product.model_copy(update={"brand": brand})


@pytest.fixture
def products() -> list[Product]:
    return [
        item(
            "BP1",
            "Campus Classic Backpack",
            113,
            PACKS,
            {"forest green": {"": 11}},
            capacity="35 L",
        ),
        item("BP2", "Commuter 22L Backpack", 186, PACKS, capacity="22 L"),
        item(
            "BP3",
            "Rolltop 28L Backpack",
            59,
            PACKS,
            {"rust": {"": 2}, "mustard": {"": 3}},
            capacity="28 L",
        ),
        _branded(
            item("BP4", "Daypack 18L Backpack", 122, PACKS, {"mustard": {"": 5}, "sand": {"": 30}}),
            "Cobalt Ridge",
        ),
        item("BP5", "Summit 35L Backpack", 70, PACKS),
        item("SN1", "Retro Runner 78 Sneaker", 68, SNEAKERS, {"off-white": {"9": 11}}),
        item("SN2", "Knit Runner Lifestyle Sneaker", 93, SNEAKERS, {"white": {"9": 4}}),
        item("SN3", "Canvas Low Sneaker", 45, SNEAKERS, {"white": {"9": 4}}),
        item("PL1", "Outdoor Stripe Pillow", 34, PILLOWS, {"olive": {"": 21}, "rust": {"": 12}}),
        item("PL2", "Boucle Round Pillow", 32, PILLOWS, {"orange": {"": 3}}),
        item(
            "HT1",
            "Wool Beanie Hat",
            28,
            ["Accessories", "Hats"],
            {"olive": {"": 7}, "black": {"": 7}},
        ),
        item("SK1", "Cast Iron Skillet", 40, PANS, {"red": {"8 in": 54, "12 in": 1}}),
        item("SK2", "Nonstick Ceramic Skillet", 80, PANS, {"red": {"10 in": 5}}),
        item(
            "TW1",
            "Turkish Cotton Bath Towel",
            21,
            TOWELS,
            {"sand": {"bath": 40, "bath sheet": 36}, "sage": {"bath": 13, "bath sheet": 0}},
        ),
        item("TW2", "Quick Dry Microfiber Towel", 15, TOWELS, {"sage": {"bath": 9}}),
        item("WB1", "Insulated Steel Water Bottle", 28, BOTTLES, {"black": {"": 24}}),
        _branded(
            item("WB2", "Insulated Steel Water Bottle", 20, BOTTLES, {"black": {"": 24}}),
            "Wanderkit",
        ),
        item("WB3", "Kids Straw Water Bottle", 18, BOTTLES, {"navy": {"": 5}}),
        _branded(item("HD1", "Featherfleece Hoodie", 107, HOODIES), "Northpine"),
        _branded(item("HD2", "Terry Zip Lounge Hoodie", 105, HOODIES), "Northpine"),
        _branded(item("HD3", "Sherpa Lined Hoodie", 93, HOODIES), "Loomhouse"),
    ]


def test_a_name_written_apart_is_the_titles_one_word(agent: ShoppingAgent) -> None:
    listed, price = talk(agent, "the roll top backpack", "how much was it again? like $50?")
    assert ids(listed)[0] == "BP3"
    assert "59.00" in price.reply and "Which one" not in price.reply


def test_a_named_product_misremembered_keeps_they_on_it(agent: ShoppingAgent) -> None:
    _, white = talk(
        agent, "the Retro Runner sneakers, 78 or 87 or something", "do they come in white?"
    )
    assert "off-white" in white.reply and ids(white) == ["SN1"]


def test_a_softened_colour_is_the_colour(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "put the wool beanie in my cart, the greenish one")
    assert [line[:2] for line in cart_lines(added)] == [("HT1", "olive")]


def test_a_rusty_colour_asked_of_a_named_pillow_is_its_rust(agent: ShoppingAgent) -> None:
    _, rust = talk(agent, "striped pillows", "does it come in like a rusty orange colour?")
    assert "rust" in rust.reply


def test_a_size_asked_as_something_the_shop_has_is_its_stock(agent: ShoppingAgent) -> None:
    _, bigger = talk(agent, "cast iron skillet", "do you have it bigger, the 12 inch?")
    assert "in stock" in bigger.reply and "12 in" in bigger.reply
    assert "comes in sizes" not in bigger.reply


def test_that_colour_is_the_one_said_before(agent: ShoppingAgent) -> None:
    _, sheet = talk(
        agent,
        "the turkish cotton towel, in the sage-y green",
        "do you have the bath sheet size in that colour?",
    )
    assert "sold out in sage" in sheet.reply and "Yes" not in sheet.reply


def test_a_capacity_claimed_wrong_is_answered_with_the_record(agent: ShoppingAgent) -> None:
    (claim,) = talk(agent, "the Campus Classic backpack is 30 litres right?")
    assert "35 L" in claim.reply and "doesn't say" not in claim.reply


def test_the_cheaper_one_of_a_title_two_brands_sell(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "insulated steel water bottle", "add the cheaper one, in black")
    assert [line[0] for line in cart_lines(added)] == ["WB2"]


def test_a_product_asked_under_the_wrong_brand_is_still_found(agent: ShoppingAgent) -> None:
    (listed,) = talk(agent, "the Northpine hoodie with the fluffy sherpa lining inside")
    assert ids(listed)[0] == "HD3"
    (branded,) = talk(agent, "a Northpine hoodie")
    assert set(ids(branded)) == {"HD1", "HD2"}
