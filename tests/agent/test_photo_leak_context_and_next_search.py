"""Through `ShoppingAgent.chat`: where the shopper will carry the photographed item ("in my kid's
backpack", "for my gym bag") is no property asked about, so "will this leak …?" is answered from
the leakproof lid; after "ok nvm," the next request is searched; a lunch box, a bento box or
tupperware is one of the store's food storage sets, never "we don't carry"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item

BOTTLES = ["Outdoors", "Water Bottles"]
STORAGE = ["Kitchen", "Storage"]
HATS = ["Accessories", "Hats"]


@pytest.fixture
def products() -> list[Product]:
    bottle = item("BT1", "Straw Water Bottle", 18, BOTTLES, material="stainless steel")
    bottle.description = "The Straw Water Bottle keeps drinks cold. It also has a leakproof lid."
    bento = item("FS1", "Bento Lunch Food Storage Set", 41, STORAGE, material="copolyester")
    bento.description = "Airtight seals, for meal prep and pantry staples."
    return [
        bottle,
        item("BT2", "Trail Water Bottle", 30, BOTTLES, material="soft TPU"),
        bento,
        item("FS2", "Glass 10-Piece Food Storage Set", 55, STORAGE, material="glass"),
        item("HT1", "Wool Beanie Hat", 28, HATS, material="wool"),
        item("HT2", "Trucker Mesh Hat", 21, HATS, material="polyester mesh"),
        item("SK1", "Wool Boot Socks", 27, ["Apparel", "Socks"], material="merino wool"),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "will this leak in my kid's backpack?",
        "would it leak inside her lunch bag?",
        "would this leak in my handbag?",
        "will it leak inside his gym bag",
    ],
)
def test_where_the_item_goes_is_no_property_of_it(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = photo_of(("BT1", 0.95), ("BT2", 0.7), colour="green")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "leakproof" in turn.reply, turn.reply
    assert "doesn't say" not in turn.reply, turn.reply


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("ok nvm, beanies", "HT1"),
        ("alright nvm, socks", "SK1"),
        ("oh never mind, hats", "HT2"),
    ],
)
def test_after_ok_never_mind_the_rest_is_searched(
    agent: ShoppingAgent, message: str, wanted: str
) -> None:
    turn = agent.chat(None, message)
    assert wanted in [p.id for p in turn.products][:2], turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "show me lunch boxes for the kids",
        "need a lunchbox for my daughter",
        "got any bento boxes?",
        "do you sell tupperware",
    ],
)
def test_a_lunch_box_is_a_food_storage_set(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert "carry" not in turn.reply, turn.reply
    assert [p.id for p in turn.products][:2] and "FS1" in [p.id for p in turn.products], turn.reply
