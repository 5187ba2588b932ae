"""A search shows what the shopper asked for, through `ShoppingAgent.chat`: an attribute value
the record holds wins over a title that only says it ("stability running shoes" are the
stability ones, not the neutral Stability Pro), a budget said after its number ("150 dollar is
maximum", "30 quid max") and a request opened by a greeting or closed by "wanted" keep the
kind's phrase, a kind's noun misspelt after its modifier ("running shies") or in its shopper's
form ("sox", "sun screen") is that kind, and a size nothing comes in is kept and said."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _product(
    pid: str, title: str, leaf: str, dollars: str, sizes: tuple[str, ...] = (), **attributes: str
) -> Product:
    return acme_product(
        pid, title, ["Shop", leaf], dollars, sizes=sizes, stock=30, brand=None, description="",
        attributes=attributes, first_id=0,
    )  # fmt: skip


SHOES = ("7", "8", "9", "10")
LETTERS = ("S", "M", "L")
PRODUCTS = [
    _product(
        "RUN1", "Stability Pro Running Shoe", "Running Shoes", "191", SHOES, support="neutral"
    ),
    _product("RUN2", "Airstep 2 Running Shoe", "Running Shoes", "121", SHOES, support="stability"),
    _product("RUN3", "Swift Racer Running Shoe", "Running Shoes", "81", SHOES, support="stability"),
    _product("RUN4", "Tempo Glide Running Shoe", "Running Shoes", "99", SHOES, support="neutral"),
    _product("TEE1", "Slub Cotton V-Neck Tee", "T-Shirts", "16", LETTERS, neckline="crew"),
    _product("TEE2", "Ringer Tee", "T-Shirts", "15", LETTERS, neckline="v-neck"),
    _product("TEE3", "Everyday Crew Tee", "T-Shirts", "18", LETTERS, neckline="v-neck"),
    _product("TEE4", "Merino Crew Tee", "T-Shirts", "32", LETTERS, neckline="crew"),
    _product("JKT1", "Stormline Rain Jacket", "Jackets", "151.99", LETTERS, waterproof="no"),
    _product("JKT2", "Alpine Insulated Jacket", "Jackets", "94", LETTERS, waterproof="yes"),
    _product("JKT3", "Sherpa Trucker Jacket", "Jackets", "371", LETTERS, waterproof="no"),
    _product("MAT1", "Cork Natural Yoga Mat", "Yoga Mats", "34"),
    _product("MAT2", "Alignment Lines Yoga Mat", "Yoga Mats", "61"),
    _product("SCK1", "Merino Hiker Socks", "Socks", "30", LETTERS),
    _product("SCK2", "Cushioned Crew Socks", "Socks", "23", LETTERS),
    _product("SUN1", "Kids Gentle Sunscreen SPF 50", "Sun Care", "29"),
    _product("SUN2", "Tinted Daily Sunscreen SPF 50", "Sun Care", "27"),
    _product("BOT1", "Alpine Hiker Boot", "Boots", "317", SHOES),
    _product("BOT2", "Ironbark Work Boot", "Boots", "148", SHOES),
]
_BY_ID = {p.id: p for p in PRODUCTS}


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def _products(pids: list[str]) -> list[Product]:
    return [_BY_ID[pid] for pid in pids]


def test_an_attribute_value_wins_over_a_title_that_only_says_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "stability running shoes")
    shown = _products(ids(turn))
    assert shown and all(p.attributes.get("support") == "stability" for p in shown), ids(turn)


def test_a_value_said_apart_is_that_value(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "i want a v neck t-shirt in black")
    shown = _products(ids(turn))
    assert shown and all(p.attributes.get("neckline") == "v-neck" for p in shown), ids(turn)


def test_a_budget_said_after_its_number_limits_the_list(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "i need a warm jacket for winter, 150 dollar is maximum")
    shown = _products(ids(turn))
    assert shown and all(p.min_price.amount <= 15000 for p in shown), turn.reply
    (turn,) = talk(agent, "a yoga mat for my sister, 40 quid max")
    shown = _products(ids(turn))
    assert shown and all(p.min_price.amount <= 4000 for p in shown), turn.reply


def test_a_greeting_and_wanted_keep_the_kinds_phrase(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "evening all, rain jacket wanted, 110 tops")
    assert ids(turn)[:1] == ["JKT1"], turn.reply
    assert "over your budget" in turn.reply, turn.reply


def test_a_misspelt_or_shoppers_kind_word_is_that_kind(agent: ShoppingAgent) -> None:
    for said, leaf in [
        ("running shies for women size 8", "Running Shoes"),
        ("hiking sox", "Socks"),
        ("sun screen for the kids", "Sun Care"),
    ]:
        (turn,) = talk(agent, said)
        shown = _products(ids(turn))
        assert shown and all(p.category[-1] == leaf for p in shown), (said, turn.reply)


def test_a_size_nothing_comes_in_is_kept_and_said(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my son needs football boots size 5")
    assert "size 5" in turn.reply, turn.reply
    assert "closest matches" not in turn.reply, turn.reply


def test_a_feature_asked_outranks_the_kinds_modifier(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "need a rain jacket that is REALLY waterproof, max 250 dollars")
    assert ids(turn) == ["JKT2"], turn.reply


@pytest.mark.parametrize("said", ["diapers size 3", "¿Tienen pañales para bebé? talla 3"])
def test_a_size_kept_never_hides_that_the_kind_is_not_sold(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert "size 3" not in turn.reply and turn.products == [], turn.reply
    assert "don't carry" in turn.reply or "no tenemos" in turn.reply, turn.reply
