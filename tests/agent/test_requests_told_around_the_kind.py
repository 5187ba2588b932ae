"""What a shopper asks for, when the kind, the budget or the product is told around other words:
a budget for the whole basket ("40 quid total"), a ceiling refused ("don't want to go above"),
a purpose said after the list ("for school and under 60"), a product named by the opening of its
title ("is the french roast decaf?"), a drink described by when it is drunk, a need without its
subject ("... need a pan"), and a kind said in the context ("lives in her scarves ... a new
one")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk

_HAT = ["Accessories", "Hats"]
_SCARF = ["Accessories", "Scarves"]
_TEE = ["Apparel", "Tops", "T-Shirts"]
_BAG = ["Bags", "Backpacks"]
_TEA = ["Grocery", "Tea"]
_COFFEE = ["Grocery", "Coffee"]
_PAN = ["Kitchen", "Cookware"]


@pytest.fixture
def products() -> list[Product]:
    return [
        acme_product("HAT1", "Wool Beanie Hat", _HAT, 28),
        acme_product("HAT2", "Dad Cap Washed Hat", _HAT, 19),
        acme_product("HAT3", "Cashmere Beanie Hat", _HAT, 95),
        acme_product("SCF1", "Lambswool Plaid Scarf", _SCARF, 26),
        acme_product("SCF2", "Chunky Knit Scarf", _SCARF, 119),
        acme_product("SCF3", "Silk Square Scarf", _SCARF, 38),
        acme_product("TEE1", "Ringer Tee", _TEE, 15),
        acme_product("TEE2", "Heavyweight Pocket Tee", _TEE, 85),
        acme_product("BAG1", "Campus Classic Backpack", _BAG, 113),
        acme_product("BAG2", "Mini City 12L Backpack", _BAG, 56),
        acme_product("BAG3", "Commuter 22L Backpack", _BAG, 186),
        acme_product("TEA1", "Peppermint Tea", _TEA, 10),
        acme_product("TEA2", "Chamomile Honey Tea", _TEA, 12),
        acme_product("TEA3", "Jasmine Green Tea", _TEA, 12),
        acme_product("MUG1", "Stoneware Diner Mug", ["Home", "Drinkware", "Mugs"], 14),
        acme_product("MUG2", "Enamel Camp Mug", ["Home", "Drinkware", "Mugs"], 16),
        acme_product("COF1", "French Roast Whole Bean Coffee", _COFFEE, 16),
        acme_product("COF2", "Espresso Dark Coffee", _COFFEE, 21),
        acme_product("PAN1", "Cast Iron Frying Pan", _PAN, 40),
        acme_product("PAN2", "Nonstick Saute Pan", _PAN, 80),
    ]


def _prices(turn: object) -> list[int]:
    return [p.price.amount for p in turn.products]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "said",
    [
        "40 quid total for a beanie and a scarf",
        "I've got $40 all in for my niece - thinking a beanie and a scarf",
        "£40 for both, a beanie and a scarf",
    ],
)
def test_a_budget_for_the_basket_bounds_every_item(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert turn.products, turn.reply
    assert max(_prices(turn)) <= 4000, turn.reply
    assert "don't carry" not in turn.reply, turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "A scarf for my aunt please, I don't want to go above $40.",
        "a scarf for my aunt, I'd rather not go over 40 dollars",
    ],
)
def test_a_refused_ceiling_is_a_ceiling(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and max(_prices(turn)) <= 4000, turn.reply


@pytest.mark.parametrize("then", ["for school and under 60 dollars", "for my son, below $60"])
def test_a_purpose_said_after_the_list_narrows_it(agent: ShoppingAgent, then: str) -> None:
    _, turn = talk(agent, "looking for a backpack", then)
    assert ids(turn) == ["BAG2"], turn.reply


@pytest.mark.parametrize(
    "said", ["is the french roast decaf?", "is the french roast caffeine free?"]
)
def test_a_product_named_by_its_title_opening_is_asked_about(
    agent: ShoppingAgent, said: str
) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn) == ["COF1"], turn.reply
    assert "don't carry" not in turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "something calming to drink before bed, chamomile maybe",
        "something warm to drink before bed",
    ],
)
def test_a_drink_for_bedtime_is_a_tea(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and all(p.id.startswith("TEA") for p in turn.products), turn.reply


def test_a_need_said_without_its_subject_asks(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "just moved into my first apt and i literally have nothing to cook with. need a pan"
    )
    assert turn.products and all(p.id.startswith("PAN") for p in turn.products), turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "my mum practically lives in her scarves, I'd like to get her a new one",
        "my aunt wears her scarf every day, want to get her another one",
    ],
)
def test_the_kind_said_in_the_context_is_the_one_wanted(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and all(p.id.startswith("SCF") for p in turn.products), turn.reply


def test_a_colour_word_alone_names_no_product(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my dad has gotten really into green tea lately? he'd love a nice mug")
    assert "doesn't say" not in turn.reply, turn.reply
