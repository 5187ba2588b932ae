"""Another kind asked for by what it matches, through `ShoppingAgent.chat`: "and a tote in the
same colour?" after cognac belts is cognac totes; "I've got the <jean> in black, what tee goes with
it?" is tees; "what sock would go with this shoe?" with a photo is socks; "does the boot come in
tan?" when it comes in cognac and chocolate is a no that names them."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import SHOE_PHOTO, acme_product, sample_catalog_products
from tests.agent.talk import ids, talk

_BELTS = ["Accessories", "Belts"]
_TOTES = ["Bags", "Totes"]
_TEES = ["Apparel", "T-Shirts"]
_JEANS = ["Apparel", "Jeans"]
_BOOTS = ["Footwear", "Boots"]

PRODUCTS: list[Product] = [
    acme_product("BLT1", "Harness Leather Belt", _BELTS, 60, colors=["cognac", "black"]),
    acme_product("BLT2", "Braided Stretch Belt", _BELTS, 30, colors=["navy"]),
    acme_product("TOT1", "Market Canvas Tote", _TOTES, 45, colors=["cognac", "cream"]),
    acme_product("TOT2", "Shopper Nylon Tote", _TOTES, 35, colors=["black"]),
    acme_product("TOT3", "Weekend Leather Tote", _TOTES, 120, colors=["cognac"]),
    acme_product("JNS1", "Straight 514 Jean", _JEANS, 70, colors=["black", "indigo"]),
    acme_product("TEE1", "Organic Crew Tee", _TEES, 20, colors=["white", "black"]),
    acme_product("TEE2", "Ringer Tee", _TEES, 25, colors=["burgundy"]),
    acme_product(
        "BOT1", "Chelsea Suede Boot", _BOOTS, 200, colors=["black", "chocolate", "cognac"]
    ),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_a_kind_in_the_same_colour_carries_the_colour_over(agent: ShoppingAgent) -> None:
    _, totes = talk(agent, "show me a cognac belt", "and a tote in the same colour?")
    assert ids(totes) and set(ids(totes)) <= {"TOT1", "TOT3"}, totes.reply


def test_what_kind_goes_with_a_named_product_is_that_kind(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "I've got the Straight 514 Jean in black, what tee goes with it?")
    assert ids(turn) and set(ids(turn)) <= {"TEE1", "TEE2"}, turn.reply


def test_a_shade_the_product_lacks_is_a_no_naming_its_near_shades(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "does the Chelsea Suede Boot come in tan? trying to match my belt")
    assert not turn.reply.lower().startswith("yes"), turn.reply
    assert "cognac" in turn.reply and "chocolate" in turn.reply, turn.reply


def test_a_family_said_plainly_is_still_a_yes(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "does the Chelsea Suede Boot come in brown?")
    assert turn.reply.lower().startswith("yes"), turn.reply


@pytest.mark.parametrize("products", [None])
def test_what_kind_would_go_with_this_photo_is_that_kind(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "what sock would go with this shoe?", image=SHOE_PHOTO)
    assert ids(turn) == ["INJ1"], turn.reply


@pytest.mark.parametrize("products", [sample_catalog_products({"Sunglasses"}, leaf_only=True)])
def test_the_quality_a_title_names_asked_again_is_answered(real_agent: ShoppingAgent) -> None:
    message = "are the Polarized Fishing Sunglasses actually polarized? want the same as my buddy's"
    turn = real_agent.chat(None, message)
    assert turn.reply.lower().startswith("yes"), turn.reply


@pytest.mark.parametrize("products", [sample_catalog_products({"Cutting Boards"}, leaf_only=True)])
def test_the_one_named_by_title_words_is_that_title(agent: ShoppingAgent) -> None:
    """The Composite board is made of end-grain walnut; "the End Grain Walnut one" is the board
    so titled, whose tan is sold out."""
    _, tan = talk(agent, "cutting boards", "is the End Grain Walnut one available in tan?")
    assert "sold out" in tan.reply and "End Grain Walnut" in tan.reply, tan.reply


@pytest.mark.parametrize("products", [sample_catalog_products({"Sunglasses"}, leaf_only=True)])
def test_anything_more_upmarket_after_a_look_is_pricier_of_its_kind(agent: ShoppingAgent) -> None:
    _, posher = talk(
        agent,
        "got any sunglasses like the sport wrap ones?",
        "those look a bit cheap tbh, anything more upmarket",
    )
    assert ids(posher) and "sport-wrap-sunglasses" not in ids(posher), posher.reply


@pytest.mark.parametrize("products", [sample_catalog_products({"Electronics", "Chargers"})])
def test_the_title_kind_said_again_is_another_thing(agent: ShoppingAgent) -> None:
    turn = agent.chat(
        None,
        "Magnetic 3-in-1 Stand Charger: what's in the box? does it come with a cable and a wall "
        "adapter?",
    )
    assert not turn.reply.startswith("Yes"), turn.reply
