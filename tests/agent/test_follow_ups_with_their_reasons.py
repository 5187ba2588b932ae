"""A follow-up on a list keeps to the list when the shopper adds why, through
`ShoppingAgent.chat`: "show me pricier ones, I want it to last years" asks for other bags (no
order), "cheaper pls" re-prices the list (no pick), "any that are waterproof? slush everywhere"
narrows it to waterproof ones, and "the best" after "pricier ones" still re-prices it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk

DUFFELS = ["Bags", "Duffels"]
JACKETS = ["Apparel", "Jackets"]
BOOTS = ["Footwear", "Boots"]
PHONES = ["Electronics", "Headphones"]


def _product(pid: str, title: str, category: list[str], dollars: str, **attributes: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=("navy", "rust"), stock=30, brand=None,
        description="", attributes=attributes or None, first_id=0,
    )  # fmt: skip


PRODUCTS = [
    _product("DUF1", "Expedition 60L Duffel Bag", DUFFELS, "112"),
    _product("DUF2", "Packable 35L Duffel Bag", DUFFELS, "130"),
    _product("DUF3", "Rolling 90L Duffel Bag", DUFFELS, "133"),
    _product("DUF4", "Weekender Canvas Duffel Bag", DUFFELS, "250"),
    _product("DUF5", "Carry-On Hybrid Duffel Bag", DUFFELS, "180"),
    _product("JKT1", "Alpine Insulated Jacket", JACKETS, "94", waterproof="yes"),
    _product("JKT2", "Packable Wind Jacket", JACKETS, "203", waterproof="yes"),
    _product("JKT3", "Softshell Trek Jacket", JACKETS, "378", waterproof="yes"),
    _product("BOT1", "Ironbark Work Boot", BOOTS, "148", waterproof="no"),
    _product("BOT2", "Winter Shearling Boot", BOOTS, "163", waterproof="yes"),
    _product("BOT3", "Alpine Hiker Boot", BOOTS, "318", waterproof="yes"),
    _product("BOT4", "Lumber Six Inch Boot", BOOTS, "205", waterproof="no"),
    _product("HPH1", "Studio Monitor Headphones", PHONES, "169"),
    _product("HPH2", "Travel Foldable Headphones", PHONES, "217"),
    _product("HPH3", "Retro Wired Headphones", PHONES, "58"),
    _product("HPH4", "Sport On-Ear Headphones", PHONES, "304"),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def _prices(turn_products: list[str]) -> list[int]:
    by_id = {p.id: p for p in PRODUCTS}
    return [by_id[pid].variants[0].price.amount for pid in turn_products]


def test_pricier_ones_with_a_wish_for_it_to_last_is_no_order(agent: ShoppingAgent) -> None:
    first, pricier = talk(
        agent, "duffel bag for 10 days in japan", "show me pricier ones, I want it to last years"
    )
    assert not pricier.cart or not pricier.cart.lines, pricier.reply
    assert ids(pricier) and all(pid.startswith("DUF") for pid in ids(pricier)), pricier.reply
    assert min(_prices(ids(pricier))) > min(_prices(ids(first))), pricier.reply


def test_cheaper_pls_re_prices_the_list(agent: ShoppingAgent) -> None:
    _, cheaper = talk(agent, "waterproof jackets", "cheaper pls")
    assert "which color" not in cheaper.reply.lower(), cheaper.reply
    assert ids(cheaper) and all(pid.startswith("JKT") for pid in ids(cheaper)), cheaper.reply
    assert "JKT3" not in ids(cheaper), cheaper.reply


def test_a_property_asked_of_the_list_with_its_reason_after(agent: ShoppingAgent) -> None:
    _, waterproof = talk(
        agent, "winter boots for a trip to montreal", "any that are waterproof? slush everywhere"
    )
    assert set(ids(waterproof)) == {"BOT2", "BOT3"}, waterproof.reply


def test_pricier_ones_and_the_best_for_a_long_flight(agent: ShoppingAgent) -> None:
    first, pricier = talk(
        agent,
        "headphones for a long flight",
        "show me pricier ones, i want the best for 12 hrs on a plane",
    )
    assert ids(pricier) and all(pid.startswith("HPH") for pid in ids(pricier)), pricier.reply
    assert min(_prices(ids(pricier))) > min(_prices(ids(first))), pricier.reply
