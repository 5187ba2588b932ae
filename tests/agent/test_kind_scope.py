"""A search shows the kind of product the shopper named, with the features asked for or ruled out.

A store whose titles share words across kinds (Kettle Chips beside kettles, a Duffel Bag beside
tote bags) must not pad a list of one kind with another; a yes/no feature ("wireless",
"polarised", "not waterproof") filters; a sold kind with nothing within the budget says so.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk


def _products() -> list[Product]:
    kettles, chips = ["Kitchen", "Kettles"], ["Grocery", "Snacks"]
    totes, duffels = ["Bags", "Totes"], ["Bags", "Duffels"]
    audio, shades = ["Electronics", "Headphones"], ["Accessories", "Sunglasses"]
    boots, keys, mats = ["Footwear", "Boots"], ["Electronics", "Keyboards"], ["Fitness", "Mats"]
    tees, hats = ["Apparel", "T-Shirts"], ["Accessories", "Hats"]
    return [
        item("KET1", "Copper Stovetop Kettle", 60, kettles),
        item("KET2", "Electric Gooseneck Kettle", 95, kettles),
        item("CHP1", "Sea Salt Kettle Chips", 3, chips),
        item("CHP2", "Kettle Cooked Chips", 4, chips),
        item("TOT1", "Canvas Market Tote Bag", 40, totes, material="cotton canvas"),
        item("TOT2", "Leather Shopper Tote Bag", 120, totes, material="leather"),
        item("DUF1", "Canvas Weekender Duffel Bag", 150, duffels, material="cotton canvas"),
        item("HP1", "Cloud Wireless Headphones", 150, audio, wireless="yes"),
        item("HP2", "Studio Cable Headphones", 80, audio, wireless="no"),
        item("HP3", "Travel Wireless Headphones", 90, audio, wireless="yes"),
        item("SUN1", "Harbor Polarized Sunglasses", 70, shades, polarized="yes"),
        item("SUN2", "City Round Sunglasses", 50, shades, polarized="no"),
        item("BT1", "Granite Hiking Boot", 210, boots, waterproof="yes"),
        item("BT2", "Pine Work Boot", 140, boots, waterproof="no"),
        item("BT3", "Alder Chelsea Boot", 175, boots, waterproof="yes"),
        item("KB1", "Clicky Compact Keyboard", 90, keys, switch="tactile"),
        item("MAT1", "Studio Cushion Yoga Mat", 45, mats, thickness="6 mm"),
        item("TEE1", "Everyday Crew Tee", 20, tees, material="combed cotton"),
        item("TEE2", "Merino Trail Tee", 45, tees, material="merino wool"),
        item("TEE3", "Pocket Crew Tee", 25, tees, material="cotton jersey"),
        item("SHO1", "Trail Running Shorts", 30, ["Apparel", "Shorts"]),
        item("CRM1", "Matte Styling Cream", 18, ["Beauty", "Hair Styling"]),
        item("CRM2", "Hydrating Face Cream", 24, ["Beauty", "Skin Care"]),
        item("CRM3", "Shea Body Cream", 15, ["Beauty", "Body Care"]),
        item("CRM4", "Cooling Shave Cream", 9, ["Beauty", "Shaving"]),
        item("HAT1", "Field Bucket Hat", 25, hats, {"green": {"": 5}}),
        item("HAT2", "Harbor Knit Hat", 22, hats, {"navy": {"": 5}}),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


def test_a_named_kind_is_not_padded_with_products_that_share_a_word(agent: ShoppingAgent) -> None:
    (kettles,) = talk(agent, "do you sell kettles?")
    assert kinds(kettles) == {"KET"}  # never the kettle chips
    (cheapest,) = talk(agent, "which kettle is the cheapest one")
    assert ids(cheapest)[0] == "KET1"


def test_the_more_specific_kind_of_a_phrase_wins(agent: ShoppingAgent) -> None:
    (totes,) = talk(agent, "canvas tote bag for groceries")
    assert kinds(totes) == {"TOT"}  # the canvas duffel bag is another kind


def test_a_sold_kind_outside_the_budget_is_said_and_shown(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a kettle below $20")
    assert "couldn't find" in turn.reply.lower()
    assert turn.products and kinds(turn) == {"KET"}  # the nearest kettles, not chips


def test_a_yes_no_feature_asked_for_filters_the_kind(agent: ShoppingAgent) -> None:
    (wireless,) = talk(agent, "i want wireless headphones")
    assert set(ids(wireless)) == {"HP1", "HP3"}
    (british,) = talk(agent, "polarised sunglasses please")
    assert ids(british) == ["SUN1"]
    (dry,) = talk(agent, "boots that are waterproof")
    assert set(ids(dry)) == {"BT1", "BT3"}


@pytest.mark.parametrize("said", ["headphones but not wireless", "wired headphones"])
def test_a_feature_ruled_out_hides_what_has_it(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn) == ["HP2"]


def test_a_price_named_with_too_pricey_is_the_budget(agent: ShoppingAgent) -> None:
    _, cheaper = talk(agent, "show me boots", "bit too expensive for me, something under 180?")
    prices = [p.price.amount for p in cheaper.products]
    assert prices and max(prices) <= 18000
    assert "BT3" in ids(cheaper)  # $175 is within the 180 named, whatever the list's middle


def test_a_question_word_names_an_attribute_by_its_stem(agent: ShoppingAgent) -> None:
    (switches,) = talk(agent, "what kind of switches are in the Clicky Compact Keyboard?")
    assert "tactile" in switches.reply
    (thick,) = talk(agent, "how thick is the Studio Cushion Yoga Mat")
    assert "6 mm" in thick.reply


def test_asking_for_any_without_a_material_narrows_the_list(agent: ShoppingAgent) -> None:
    _, narrowed = talk(agent, "show me some tees", "got any which aren't cotton?")
    assert ids(narrowed) == ["TEE2"]  # a refinement, not a question about one tee


def test_any_colour_but_one_rules_that_colour_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a hat, any color other than green")
    assert ids(turn) == ["HAT2"]


def test_a_sold_kind_is_never_narrowed_to_a_kind_its_modifiers_name(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a styling cream for short hair")
    # "cream" is sold in too many kinds to scope, and "short hair" never makes it Shorts
    assert ids(turn)[:1] == ["CRM1"] and "SHO1" not in ids(turn)
