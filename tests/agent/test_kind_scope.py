"""A search shows the kind of product the shopper named, with the features asked for or ruled out.

A store whose titles share words across kinds (Kettle Chips beside kettles, a Duffel Bag beside
tote bags) must not pad a list of one kind with another; a yes/no feature ("wireless",
"polarised", "not waterproof") filters; a sold kind with nothing within the budget says so.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _item(
    pid: str, title: str, price: float, category: list[str], color: str = "black", **attributes: str
) -> Product:
    money = Money.from_decimal(str(price), "USD")
    return Product(
        id=pid,
        title=title,
        brand="Acme",
        category=category,
        attributes=attributes,
        description=f"The {title}.",
        variants=[Variant(id=f"{pid}-1", options={"color": color}, price=money, stock=5)],
    )


def _products() -> list[Product]:
    kettles, chips = ["Kitchen", "Kettles"], ["Grocery", "Snacks"]
    totes, duffels = ["Bags", "Totes"], ["Bags", "Duffels"]
    audio, shades = ["Electronics", "Headphones"], ["Accessories", "Sunglasses"]
    boots, keys, mats = ["Footwear", "Boots"], ["Electronics", "Keyboards"], ["Fitness", "Mats"]
    tees, hats = ["Apparel", "T-Shirts"], ["Accessories", "Hats"]
    return [
        _item("KET1", "Copper Stovetop Kettle", 60, kettles),
        _item("KET2", "Electric Gooseneck Kettle", 95, kettles),
        _item("CHP1", "Sea Salt Kettle Chips", 3, chips),
        _item("CHP2", "Kettle Cooked Chips", 4, chips),
        _item("TOT1", "Canvas Market Tote Bag", 40, totes, material="cotton canvas"),
        _item("TOT2", "Leather Shopper Tote Bag", 120, totes, material="leather"),
        _item("DUF1", "Canvas Weekender Duffel Bag", 150, duffels, material="cotton canvas"),
        _item("HP1", "Cloud Wireless Headphones", 150, audio, wireless="yes"),
        _item("HP2", "Studio Cable Headphones", 80, audio, wireless="no"),
        _item("HP3", "Travel Wireless Headphones", 90, audio, wireless="yes"),
        _item("SUN1", "Harbor Polarized Sunglasses", 70, shades, polarized="yes"),
        _item("SUN2", "City Round Sunglasses", 50, shades, polarized="no"),
        _item("BT1", "Granite Hiking Boot", 210, boots, waterproof="yes"),
        _item("BT2", "Pine Work Boot", 140, boots, waterproof="no"),
        _item("BT3", "Alder Chelsea Boot", 175, boots, waterproof="yes"),
        _item("KB1", "Clicky Compact Keyboard", 90, keys, switch="tactile"),
        _item("MAT1", "Studio Cushion Yoga Mat", 45, mats, thickness="6 mm"),
        _item("TEE1", "Everyday Crew Tee", 20, tees, material="combed cotton"),
        _item("TEE2", "Merino Trail Tee", 45, tees, material="merino wool"),
        _item("TEE3", "Pocket Crew Tee", 25, tees, material="cotton jersey"),
        _item("SHO1", "Trail Running Shorts", 30, ["Apparel", "Shorts"]),
        _item("CRM1", "Matte Styling Cream", 18, ["Beauty", "Hair Styling"]),
        _item("CRM2", "Hydrating Face Cream", 24, ["Beauty", "Skin Care"]),
        _item("CRM3", "Shea Body Cream", 15, ["Beauty", "Body Care"]),
        _item("CRM4", "Cooling Shave Cream", 9, ["Beauty", "Shaving"]),
        _item("HAT1", "Field Bucket Hat", 25, hats, color="green"),
        _item("HAT2", "Harbor Knit Hat", 22, hats, color="navy"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


@pytest.fixture
def store(agent: ShoppingAgent) -> ShoppingAgent:
    """This module's name for the agent over its catalog."""
    return agent


def _kinds(turn: Any) -> set[str]:
    return {pid.rstrip("0123456789") for pid in ids(turn)}


def test_a_named_kind_is_not_padded_with_products_that_share_a_word(store: ShoppingAgent) -> None:
    (kettles,) = talk(store, "do you sell kettles?")
    assert _kinds(kettles) == {"KET"}  # never the kettle chips
    (cheapest,) = talk(store, "which kettle is the cheapest one")
    assert ids(cheapest)[0] == "KET1"


def test_the_more_specific_kind_of_a_phrase_wins(store: ShoppingAgent) -> None:
    (totes,) = talk(store, "canvas tote bag for groceries")
    assert _kinds(totes) == {"TOT"}  # the canvas duffel bag is another kind


def test_a_sold_kind_outside_the_budget_is_said_and_shown(store: ShoppingAgent) -> None:
    (turn,) = talk(store, "a kettle below $20")
    assert "couldn't find" in turn.reply.lower()
    assert turn.products and _kinds(turn) == {"KET"}  # the nearest kettles, not chips


def test_a_yes_no_feature_asked_for_filters_the_kind(store: ShoppingAgent) -> None:
    (wireless,) = talk(store, "i want wireless headphones")
    assert set(ids(wireless)) == {"HP1", "HP3"}
    (british,) = talk(store, "polarised sunglasses please")
    assert ids(british) == ["SUN1"]
    (dry,) = talk(store, "boots that are waterproof")
    assert set(ids(dry)) == {"BT1", "BT3"}


@pytest.mark.parametrize("said", ["headphones but not wireless", "wired headphones"])
def test_a_feature_ruled_out_hides_what_has_it(store: ShoppingAgent, said: str) -> None:
    (turn,) = talk(store, said)
    assert ids(turn) == ["HP2"]


def test_a_price_named_with_too_pricey_is_the_budget(store: ShoppingAgent) -> None:
    _, cheaper = talk(store, "show me boots", "bit too expensive for me, something under 180?")
    prices = [p.price.amount for p in cheaper.products]
    assert prices and max(prices) <= 18000
    assert "BT3" in ids(cheaper)  # $175 is within the 180 named, whatever the list's middle


def test_a_question_word_names_an_attribute_by_its_stem(store: ShoppingAgent) -> None:
    (switches,) = talk(store, "what kind of switches are in the Clicky Compact Keyboard?")
    assert "tactile" in switches.reply
    (thick,) = talk(store, "how thick is the Studio Cushion Yoga Mat")
    assert "6 mm" in thick.reply


def test_asking_for_any_without_a_material_narrows_the_list(store: ShoppingAgent) -> None:
    _, narrowed = talk(store, "show me some tees", "got any which aren't cotton?")
    assert ids(narrowed) == ["TEE2"]  # a refinement, not a question about one tee


def test_any_colour_but_one_rules_that_colour_out(store: ShoppingAgent) -> None:
    (turn,) = talk(store, "a hat, any color other than green")
    assert ids(turn) == ["HAT2"]


def test_a_sold_kind_is_never_narrowed_to_a_kind_its_modifiers_name(store: ShoppingAgent) -> None:
    (turn,) = talk(store, "a styling cream for short hair")
    # "cream" is sold in too many kinds to scope, and "short hair" never makes it Shorts
    assert ids(turn)[:1] == ["CRM1"] and "SHO1" not in ids(turn)
