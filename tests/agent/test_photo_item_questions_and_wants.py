"""The photographed item itself, through `ShoppingAgent.chat`: a vegan's question about it keeps
it in view and answers it ("is this bag real leather? I'm vegan"), a property its description
holds is answered ("does it leak?": "a leakproof lid"), and a child who wants the pictured item
gets it, not the kids' one of its kind ("my daughter wants these, add them")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item

TOTES = ["Bags", "Totes"]
BOTTLES = ["Outdoors", "Water Bottles"]
HEADPHONES = ["Electronics", "Headphones"]


@pytest.fixture
def products() -> list[Product]:
    bottle = item("BT1", "Straw Water Bottle", 18, BOTTLES, material="stainless steel")
    bottle.description = "The Straw Water Bottle. It also has a leakproof lid."
    tote = item("TO1", "Beach Stripe Tote Bag", 52, TOTES, material="vegetable-tanned leather")
    tote.description = "A roomy tote, instantly at home on the beach, on a firm foundation."
    return [
        tote,
        item("TO2", "Farmers Jute Tote Bag", 51, TOTES, material="jute"),
        item("TO3", "Market Canvas Tote Bag", 30, TOTES, material="cotton canvas"),
        bottle,
        item("BT2", "Trail Water Bottle", 30, BOTTLES, material="soft TPU"),
        item("HP1", "Retro Wired Headphones", 58, HEADPHONES, wireless="no"),
        item("HP2", "Kids Volume-Limited Headphones", 32, HEADPHONES, wireless="yes"),
        item("HP3", "Travel Headphones", 200, HEADPHONES, wireless="yes"),
    ]


def test_a_vegans_question_about_the_photographed_bag_answers_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("TO1", 0.95), ("TO2", 0.7), ("TO3", 0.6), colour="black")
    turn = agent.chat(None, "is this bag real leather? I'm vegan", image=SHOE_PHOTO)
    assert "vegetable-tanned leather" in turn.reply, turn.reply
    assert "TO1" in [p.id for p in turn.products], turn.reply


def test_a_property_the_description_holds_is_answered_for_thephoto_of(
    agent: ShoppingAgent, shop: Shop, colour="black"
) -> None:
    shop.vision = photo_of(("BT1", 0.95), ("BT2", 0.7), colour="black")
    turn = agent.chat(None, "is this good for school, does it leak?", image=SHOE_PHOTO)
    assert "leakproof" in turn.reply, turn.reply


def test_asking_whether_the_shop_sells_the_pictured_item_is_no_property_question(
    agent: ShoppingAgent, shop: Shop
) -> None:
    # Its description holds "tote" (the kind), "instantly", "foundation": none is a property
    shop.vision = photo_of(("TO1", 0.7), ("TO2", 0.68), ("TO3", 0.6), colour="black")
    turn = agent.chat(None, "found this tote on insta, do u sell it?", image=SHOE_PHOTO)
    assert "doesn't say" not in turn.reply, turn.reply
    assert len(turn.products) == 3, turn.reply


@pytest.mark.parametrize(
    "message",
    ["my daughter wants these, add them to my cart please", "my son loves this, add it please"],
)
def test_a_child_who_wants_the_pictured_item_gets_it(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = photo_of(("HP1", 0.95), ("HP2", 0.7), ("HP3", 0.6), colour="black")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert turn.cart is not None, turn.reply
    assert [line.product_id for line in turn.cart.lines] == ["HP1"], turn.reply
