"""A shopper who wanders across three or more kinds comes back to an earlier kind's list: "back to
the kettles" after mugs and hats shows the kettles again, "which kettle was the cheapest?" and
"add the cheapest kettle" point into that list, and a new limit keeps what was ruled out for it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, kinds, talk


def _product(
    pid: str,
    title: str,
    kind: list[str],
    dollars: str,
    colours: list[str],
    sizes: tuple[str, ...] = (),
    description: str = "",
) -> Product:
    price = Money.from_decimal(dollars, "USD")
    options = [{"color": c} | ({"size": s} if s else {}) for c in colours for s in sizes or ("",)]
    variants = [
        Variant(id=f"{pid}-{i}", options=o, price=price, stock=5) for i, o in enumerate(options)
    ]
    return Product(id=pid, title=title, category=kind, variants=variants, description=description)


KETTLES, MUGS, HATS = ["Kitchen", "Kettles"], ["Home", "Mugs"], ["Accessories", "Hats"]
MATS, BOTTLES = ["Fitness", "Yoga Mats"], ["Hydration", "Water Bottles"]
PHONES, SPEAKERS = ["Audio", "Headphones"], ["Audio", "Speakers"]
CATALOG = [
    _product("KET1", "Gooseneck Electric Kettle", KETTLES, "110.50", ["silver"]),
    _product("KET2", "Stovetop Whistling Kettle", KETTLES, "73.00", ["white"]),
    _product("KET3", "Glass Electric Kettle", KETTLES, "137.99", ["black", "red"]),
    _product("MUG1", "Stoneware Diner Mug", MUGS, "18.00", ["white"]),
    _product("MUG2", "Travel Insulated Mug", MUGS, "24.00", ["black", "teal"]),
    _product("HAT1", "Wool Beanie Hat", HATS, "28.00", ["black", "olive"]),
    _product("HAT2", "Dad Cap Hat", HATS, "22.00", ["navy"]),
    _product("MAT1", "Grip Pro Yoga Mat", MATS, "85.00", ["plum", "teal"]),
    _product("MAT2", "Cork Natural Yoga Mat", MATS, "33.99", ["teal", "black"]),
    _product("MAT3", "Cushion Plus Yoga Mat", MATS, "33.95", ["sage"]),
    _product("MAT4", "Alignment Lines Yoga Mat", MATS, "40.99", ["sand", "teal"]),
    _product("BOT1", "Chug Lid Water Bottle", BOTTLES, "19.50", ["blue"]),
    _product("BOT2", "Insulated Steel Water Bottle", BOTTLES, "29.00", ["black"]),
    _product("PHO1", "Hush Pro Headphones", PHONES, "194.99", ["silver", "navy"]),
    _product("PHO2", "Studio Monitor Headphones", PHONES, "168.99", ["silver"]),
    _product("PHO3", "Wireless Over Ear Headphones", PHONES, "241.99", ["navy", "charcoal"]),
    _product("PHO4", "Sport On Ear Headphones", PHONES, "303.99", ["white"]),
    _product("PHO5", "Retro Wired Headphones", PHONES, "57.95", ["white", "blush"]),
    _product("SPK1", "Pocket Bluetooth Speaker", SPEAKERS, "49.00", ["black"]),
    _product("SPK2", "Bike Mount Speaker", SPEAKERS, "59.00", ["sand"]),
]


@pytest.mark.parametrize("products", [CATALOG])
def test_back_to_a_kind_after_two_detours_shows_its_list_again(agent: ShoppingAgent) -> None:
    kettles, _, _, back = talk(agent, "kettles under 120", "mugs", "hats", "back to the kettles")
    assert set(ids(kettles)) == {"KET1", "KET2"}, kettles.reply
    assert ids(back) == ids(kettles), back.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_the_kind_again_after_two_detours_shows_its_list(agent: ShoppingAgent) -> None:
    mats, _, _, again = talk(
        agent, "yoga mats under 45", "water bottles", "hats", "show me those yoga mats again"
    )
    assert set(ids(mats)) == {"MAT2", "MAT3", "MAT4"}, mats.reply
    assert ids(again) == ids(mats), again.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_the_cheapest_of_an_earlier_kind_is_added(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent, "kettles", "mugs", "hats", "go back to the kettles, the cheapest one - add it"
    )
    assert [line[0] for line in cart_lines(added)] == ["KET2"], added.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_which_of_an_earlier_kind_was_the_cheapest(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "kettles", "mugs", "hats", "which kettle was the cheapest one again?")
    assert "Stovetop Whistling Kettle" in asked.reply, asked.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_a_new_budget_on_return_keeps_what_was_ruled_out(agent: ShoppingAgent) -> None:
    *_, back = talk(
        agent,
        "headphones, nothing in silver",
        "speakers",
        "mugs",
        "ok back to headphones, what about under 250 then",
    )
    assert set(ids(back)) == {"PHO1", "PHO3", "PHO5"}, back.reply  # Hush Pro comes in navy


@pytest.mark.parametrize("products", [CATALOG])
def test_a_colour_of_an_earlier_kind_keeps_its_budget(agent: ShoppingAgent) -> None:
    *_, back = talk(
        agent, "yoga mats under 45", "water bottles", "a hat", "back to the mats, any in teal?"
    )
    assert set(ids(back)) == {"MAT2", "MAT4"}, back.reply


DRESSES, SANDALS = ["Apparel", "Dresses"], ["Footwear", "Sandals"]
WEDDING = [
    _product("DRS1", "Wrap Midi Dress", DRESSES, "113.99", ["lavender", "navy"]),
    _product("DRS2", "Tiered Maxi Dress", DRESSES, "54.99", ["teal"]),
    _product("SAN1", "River Strap Sandal", SANDALS, "51.99", ["tan"]),
    _product("SAN2", "Leather Fisherman Sandal", SANDALS, "76.99", ["brown"]),
]


@pytest.mark.parametrize("products", [WEDDING])
def test_the_kind_pointed_at_after_a_return_is_searched_again(agent: ShoppingAgent) -> None:
    """After "back to the dress, add …" the dresses are in view; "and for the sandals, anything
    under 60?" then means the sandals listed before, not dresses under 60."""
    *_, sandals = talk(
        agent,
        "dresses",
        "and sandals to go with it",
        "back to the dresses, add the wrap midi in lavender",
        "and for the sandals, anything under 60?",
    )
    assert ids(sandals) == ["SAN1"], sandals.reply


SKILLETS, KNIVES = ["Kitchen", "Cookware"], ["Kitchen", "Cutlery"]
BLANKETS, PILLOWS = ["Home", "Blankets"], ["Home", "Pillows"]
HOME = [
    _product(
        "PHO1",
        "Hush Pro Headphones",
        PHONES,
        "194.99",
        ["navy"],
        description="Active noise cancelling.",
    ),
    _product("PHO2", "Studio Monitor Headphones", PHONES, "168.99", ["silver"]),
    _product("PHO3", "Retro Wired Headphones", PHONES, "57.95", ["white"]),
    _product("SPK1", "Pocket Bluetooth Speaker", SPEAKERS, "49.00", ["black"]),
    _product("SPK2", "Bike Mount Speaker", SPEAKERS, "59.00", ["sand"]),
    _product(
        "SKL1", "Nonstick Ceramic Skillet", SKILLETS, "79.99", ["grey"], description="Nonstick."
    ),
    _product("SKL2", "Cast Iron Skillet", SKILLETS, "39.95", ["black"]),
    _product("KNF1", "Chef Knife", KNIVES, "132.00", ["silver"]),
    _product("KNF2", "Paring Knife", KNIVES, "49.99", ["silver"]),
    _product("BLK1", "Wool Camp Blanket", BLANKETS, "169.99", ["cream", "grey"], ("twin", "queen")),
    _product("BLK2", "Sherpa Fleece Blanket", BLANKETS, "197.99", ["cream"], ("queen",)),
    _product("PIL1", "Linen Throw Pillow", PILLOWS, "28.99", ["olive", "cream"]),
    _product("PIL2", "Velvet Lumbar Pillow", PILLOWS, "72.00", ["cream"]),
]


@pytest.mark.parametrize("products", [HOME])
def test_a_feature_asked_of_a_kind_from_before_reads_its_list(agent: ShoppingAgent) -> None:
    """Not "all 3 of these are headphones": the feature asked, over the headphones listed."""
    *_, asked = talk(
        agent,
        "headphones under 300",
        "speakers",
        "the headphones from before, do any of them have noise cancelling?",
    )
    assert "Hush Pro Headphones" in asked.reply, asked.reply
    assert "are headphones" not in asked.reply, asked.reply


@pytest.mark.parametrize("products", [HOME])
def test_back_to_a_kind_by_its_everyday_name(agent: ShoppingAgent) -> None:
    """ "pans" is neither the category (Cookware) nor the title word (Skillet)."""
    *_, back = talk(agent, "skillets", "a chef knife", "ok back to pans, the nonstick kind")
    assert kinds(back) == {"SKL"}, back.reply
    assert ids(back)[0] == "SKL1", back.reply


@pytest.mark.parametrize("products", [HOME])
def test_a_product_from_before_with_its_options_is_added(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent,
        "cozy blanket for the couch, cream colour",
        "throw pillows too, same vibe",
        "ok the wool camp blanket from before, cream, queen",
    )
    assert [line[0] for line in cart_lines(added)] == ["BLK1"], added.reply
    assert "cream" in cart_lines(added)[0][1] and "queen" in cart_lines(added)[0][1], added.reply


BEANIES = [
    _product("BEA1", "Cuffed Knit Beanie", HATS, "24.00", ["black", "olive"]),
    _product("BEA2", "Slouchy Wool Beanie", HATS, "29.00", ["grey"]),
    _product("MUG1", "Stoneware Diner Mug", MUGS, "18.00", ["white"]),
    _product("MUG2", "Travel Insulated Mug", MUGS, "24.00", ["black", "teal"]),
    _product("KET2", "Stovetop Whistling Kettle", KETTLES, "73.00", ["white"]),
]


@pytest.mark.parametrize("products", [BEANIES])
def test_a_kind_named_in_the_plural_meets_its_titles_singular(agent: ShoppingAgent) -> None:
    """ "beanies" and a title's "Beanie" are one word (beany) on both sides of the match."""
    beanies, _, _, back = talk(agent, "beanies under 26", "mugs", "kettles", "back to the beanies")
    assert ids(beanies) == ["BEA1"], beanies.reply
    assert ids(back) == ids(beanies), back.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_a_kind_named_again_without_back_to_keeps_what_was_ruled_out(agent: ShoppingAgent) -> None:
    """No "back to": naming the earlier kind, and none in view, comes back to its list."""
    *_, back = talk(
        agent, "headphones, nothing in silver", "speakers", "ok for headphones what about under 250"
    )
    assert set(ids(back)) == {"PHO1", "PHO3", "PHO5"}, back.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_a_question_naming_an_earlier_kind_asks_of_its_product(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent, "show me the glass electric kettle", "mugs", "is the kettle in red in stock?"
    )
    assert "Glass Electric Kettle" in asked.reply and "red" in asked.reply, asked.reply
    assert "Which" not in asked.reply, asked.reply


RUNNING, TRAIL, SOCKS = (
    ["Footwear", "Running Shoes"],
    ["Footwear", "Trail Running Shoes"],
    ["Apparel", "Socks"],
)
SHOES = [
    _product("RUN1", "Longhaul Running Shoe", RUNNING, "120.00", ["white", "black"]),
    _product("RUN2", "Stability Running Shoe", RUNNING, "191.99", ["white"]),
    _product("RUN3", "Swift Racer Running Shoe", RUNNING, "81.95", ["blue"]),
    _product("TRL1", "Scree Trail Running Shoe", TRAIL, "99.00", ["white"]),
    _product("SOK1", "Run Light Socks", SOCKS, "14.00", ["white"]),
    _product("SOK2", "Merino Hiker Socks", SOCKS, "24.00", ["grey"]),
]


@pytest.mark.parametrize("products", [SHOES])
def test_a_colour_asked_on_return_reads_the_list_returned_to(agent: ShoppingAgent) -> None:
    """ "the shoes" could be trail shoes too; the running shoes under 130 were listed."""
    shoes, _, back = talk(
        agent,
        "running shoes under 130",
        "socks",
        "cool. back to the shoes - any of those in white?",
    )
    assert set(ids(shoes)) == {"RUN1", "RUN3"}, shoes.reply
    assert ids(back) == ["RUN1"], back.reply


CAMP = [
    _product("MUG1", "Speckled Camp Mug", MUGS, "14.99", ["cream"], description="Hand wash only."),
    _product("MUG2", "Enamel Camp Mug", MUGS, "15.99", ["white"], description="Dishwasher safe."),
    _product("MUG3", "Stoneware Diner Mug", MUGS, "17.99", ["white"]),
    _product("HAT1", "Wool Beanie Hat", HATS, "28.00", ["black", "olive"]),
    _product("HAT2", "Dad Cap Hat", HATS, "22.00", ["navy"]),
]


@pytest.mark.parametrize("products", [CAMP])
def test_a_product_named_from_before_is_asked_about(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent, "camp mugs", "hats", "the speckled camp mug from before, is it dishwasher safe?"
    )
    assert "Speckled Camp Mug" in asked.reply and "Which" not in asked.reply, asked.reply
