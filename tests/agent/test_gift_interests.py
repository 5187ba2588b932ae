"""A gift said by who it is for and what they like, through `ShoppingAgent.chat`.

"my dad hikes" is searched through every kind the catalog's own texts say is for hiking, within
the budget ("around $50 max" is a ceiling), and "something cheaper" keeps those kinds; a kind
named beside the interest is the search; one product that merely shares a word ("Tea Tree
Shampoo") does not make its kind a tea lover's.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

HIKING = {"SOCK1", "SOCK2", "BTL1", "BTL2", "BAG1", "BAG2", "BOOT1", "BOOT2"}
TEA = {"TEA1", "TEA2", "KET1", "KET2", "MUG1", "MUG2"}
COFFEE = {"COF1", "COF2", "MUG1", "MUG2", "KET1", "KET2"}


def _said(product: Product, description: str) -> Product:
    return product.model_copy(update={"description": description})


@pytest.fixture
def products() -> list[Product]:
    socks, bottles = ["Apparel", "Socks"], ["Outdoors", "Water Bottles"]
    bags, boots = ["Bags", "Backpacks"], ["Footwear", "Boots"]
    mugs, kettles = ["Home", "Mugs"], ["Kitchen", "Kettles"]
    return [
        _said(item("SOCK1", "Merino Crew Socks", 25, socks), "Designed for hiking boots."),
        _said(item("SOCK2", "Wool Boot Socks", 18, socks), "Made for long hikes."),
        _said(item("BTL1", "Steel Water Bottle", 30, bottles), "Designed for hikes and school."),
        _said(item("BTL2", "Squeeze Water Bottle", 15, bottles), "For trail runs and hikes."),
        _said(item("BAG1", "Summit Day Backpack", 70, bags), "Designed for day hikes."),
        _said(item("BAG2", "Rolltop Backpack", 59, bags), "Designed for day hikes and commutes."),
        _said(item("BOOT1", "Alpine Hiker Boot", 300, boots), "A hiking boot for the trail."),
        _said(item("BOOT2", "Trekker Mid Boot", 250, boots), "Built for hiking trips."),
        _said(item("TEA1", "Jasmine Green Tea", 12, ["Grocery", "Tea"]), "Green tea leaves."),
        _said(item("TEA2", "Peppermint Tea", 10, ["Grocery", "Tea"]), "Caffeine-free tea."),
        _said(item("KET1", "Gooseneck Kettle", 55, kettles), "Presets for green tea and coffee."),
        _said(item("KET2", "Glass Kettle", 90, kettles), "Presets for green tea and coffee."),
        _said(item("MUG1", "Stoneware Mug", 18, mugs), "Designed for tea and morning coffee."),
        _said(item("MUG2", "Camp Mug", 22, mugs), "Designed for coffee and tea outdoors."),
        _said(item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]), "Dark coffee."),
        _said(item("COF2", "Colombia Coffee", 11, ["Grocery", "Coffee"]), "Whole bean coffee."),
        _said(item("SHA1", "Tea Tree Shampoo", 14, ["Beauty", "Hair"]), "A fresh scent."),
        _said(item("SHA2", "Argan Shampoo", 16, ["Beauty", "Hair"]), "For dry hair."),
        _said(item("SHA3", "Curl Shampoo", 12, ["Beauty", "Hair"]), "For curls."),
        item("HAT1", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
    ]


def _prices(turn: object) -> list[int]:
    return [p.price.amount for p in turn.products]  # type: ignore[attr-defined]


def _kinds(turn: object) -> set[str]:
    return {pid.rstrip("0123456789") for pid in ids(turn)}  # type: ignore[arg-type]


def test_a_hikers_gift_is_every_kind_for_hiking_within_the_budget(agent: ShoppingAgent) -> None:
    """Not boots alone, none of them within $80: socks, bottles and packs the catalog says are
    for hiking; "something cheaper" keeps those kinds."""
    gift, cheaper = talk(
        agent, "gift for my dad, he hikes basically every weekend. under $80", "something cheaper"
    )
    assert set(ids(gift)) <= HIKING and max(_prices(gift)) <= 8000, gift.reply
    assert len(_kinds(gift)) >= 3, gift.reply
    assert ids(cheaper) and set(ids(cheaper)) <= HIKING, cheaper.reply
    assert max(_prices(cheaper)) < max(_prices(gift)), cheaper.reply


def test_a_manner_word_before_the_gift_word_names_no_kind(agent: ShoppingAgent) -> None:
    """ "honestly" or "literally" said of the recipient is no product the shopper has in mind."""
    (turn,) = talk(agent, "my sister runs honestly every day. any present ideas under $40?")
    assert ids(turn) and max(_prices(turn)) <= 4000, turn.reply


def test_an_around_budget_with_max_is_a_ceiling(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "secret santa, coffee lover, around $50 max")
    assert ids(turn) and set(ids(turn)) <= COFFEE and max(_prices(turn)) <= 5000, turn.reply


def test_a_secret_santa_limit_is_the_budget(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "got a coworker who's a total coffee snob, secret santa limit is $25")
    assert ids(turn) and set(ids(turn)) <= COFFEE and max(_prices(turn)) <= 2500, turn.reply


def test_a_tea_lovers_gift_takes_in_kettles_not_a_shampoo_sharing_a_word(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "a gift for my mum who drinks green tea")
    assert set(ids(turn)) <= TEA and {"KET", "TEA"} <= _kinds(turn), turn.reply


def test_the_interest_said_first_wins_over_an_emoji_after_it(agent: ShoppingAgent) -> None:
    """ "obsessed w tea ☕": the cup emoji is read as "coffee", but tea is what was said."""
    (turn,) = talk(agent, "need a gift for my mom she's obsessed w tea ☕")
    assert set(ids(turn)) <= TEA and "TEA" in _kinds(turn), turn.reply


def test_an_interest_said_without_a_gift_word_is_a_gift(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my brother is a keen hiker, what could I get him for $60 max?")
    assert ids(turn) and set(ids(turn)) <= HIKING and max(_prices(turn)) <= 6000, turn.reply


def test_a_kind_named_beside_the_interest_is_the_search(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "water bottle for my dad, he hikes a lot")
    assert ids(turn) and set(ids(turn)) <= {"BTL1", "BTL2"}, turn.reply
