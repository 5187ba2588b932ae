"""A photo with a trouble told beside a question about it: "I'm always cold at my desk. do you
have this in navy, size L?" asks about the photographed item, not for a blanket, through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop, acme_product


@pytest.fixture
def products() -> list[Product]:
    hoodie = acme_product(
        "HOOD1", "Recycled Fleece Hoodie", ["Apparel", "Hoodies"], 87, brand=None,
        options=[{"color": c, "size": s} for c in ("heather gray", "navy") for s in ("M", "L")],
        sold_out=[{"color": "navy", "size": "L"}],
    )  # fmt: skip
    blanket = acme_product("BLK1", "Wool Camp Blanket", ["Home", "Blankets"], 170, brand=None)
    return [hoodie, blanket]


def test_a_trouble_beside_a_question_about_the_photo_asks_about_the_photo(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("HOOD1", 0.9), colour="gray", kind=("Hoodies", 0.8))
    turn = agent.chat(
        None, "I'm always cold at my desk. do you have this in navy, size L?", image=SHOE_PHOTO
    )
    assert "BLK1" not in [p.id for p in turn.products], turn.reply
    assert "blanket" not in turn.reply.lower(), turn.reply
    assert "navy sold out" in turn.reply, turn.reply
