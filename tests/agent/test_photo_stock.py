"""A photo with a stock question ("do u have this in M?", "is this bag in stock?", "got this in
navy? how many"), through `ShoppingAgent.chat`: the stock of the photographed item per shade and
size, for the item when it is clear which one it is, else for the closest look-alikes."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop


def _product(pid: str, title: str, leaf: str, stock: dict[tuple[str, str | None], int]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{colour}-{size}",
            options={"color": colour, **({"size": size} if size else {})},
            price=Money.from_decimal("80", "USD"),
            stock=count,
        )
        for (colour, size), count in stock.items()
    ]
    return Product(id=pid, title=title, category=["Apparel", leaf], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product(
            "FLC1", "Recycled Fleece Hoodie", "Hoodies",
            {("heather gray", "M"): 0, ("heather gray", "L"): 40, ("charcoal", "M"): 36},
        ),
        _product("SHP1", "Sherpa Lined Hoodie", "Hoodies", {("heather gray", "M"): 43}),
        _product("CAMP", "Campfire Pullover Hoodie", "Hoodies", {("rust", "M"): 9}),
        _product("DUF1", "Carry-On Hybrid Duffel", "Duffels", {("charcoal", None): 0,
                                                               ("rust", None): 23}),
        _product("DUF2", "Rolling Duffel", "Duffels", {("charcoal", None): 26}),
        _product("RLL1", "Rolltop Backpack", "Backpacks", {("navy", None): 45, ("olive", None): 3}),
        _product("RLL2", "Mini City Backpack", "Backpacks", {("olive", None): 8}),
    ]  # fmt: skip


APPAREL = ("Apparel", 0.6)
"""The photos' one category vote."""


def test_a_size_asked_of_a_photo_gets_each_close_look_alikes_stock_in_that_size(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(
        ("SHP1", 0.81), ("FLC1", 0.80), ("CAMP", 0.79), colour="gray", kind=APPAREL
    )
    turn = agent.chat(None, "do u have this in M?", image=SHOE_PHOTO)
    assert "Recycled Fleece Hoodie, size M: heather gray sold out; charcoal in stock" in turn.reply
    assert "Sherpa Lined Hoodie, size M: heather gray in stock" in turn.reply
    assert "Campfire" not in turn.reply.split("Similar items")[0]  # no gray: no stock line
    assert "can't tell for sure" in turn.reply


def test_a_clear_match_sold_out_in_the_photos_colour_is_said_to_be_sold_out(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("DUF1", 0.92), ("DUF2", 0.70), colour="gray", kind=APPAREL)
    turn = agent.chat(None, "is this bag in stock?", image=SHOE_PHOTO)
    assert "Carry-On Hybrid Duffel: charcoal sold out." in turn.reply
    assert "Rolling Duffel:" not in turn.reply  # the photo is clearly the first


def test_how_many_asked_of_a_photo_in_a_colour_gets_the_count(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("RLL1", 0.92), ("RLL2", 0.70), colour="blue", kind=APPAREL)
    turn = agent.chat(None, "got this in navy? how many", image=SHOE_PHOTO)
    assert "Rolltop Backpack: navy 45 in stock." in turn.reply


def test_a_photo_without_a_stock_question_gets_no_stock_lines(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("DUF1", 0.92), ("DUF2", 0.70), colour="gray", kind=APPAREL)
    turn = agent.chat(None, "anything like this?", image=SHOE_PHOTO)
    assert "sold out" not in turn.reply and "Similar items" in turn.reply


def test_a_size_none_of_the_look_alikes_comes_in_is_said(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = photo_of(
        ("SHP1", 0.81), ("FLC1", 0.80), ("CAMP", 0.79), colour="gray", kind=APPAREL
    )
    turn = agent.chat(None, "do u have this in XL?", image=SHOE_PHOTO)
    assert "None of the closest matches comes in gray, size XL." in turn.reply, turn.reply
