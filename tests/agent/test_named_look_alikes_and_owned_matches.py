"""Shoppers who shop by reference to something else, through `ShoppingAgent.chat`: look-alikes of
a product named by its title ("like the Harbor Rain Jacket but cheaper"), a kind matched to a thing
they own ("a beanie to match my olive jacket"), another kind to go with a named product, a thanks
that tells of what they have, and "not the kind you hand wash"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk

JACKETS = ["Apparel", "Jackets"]
HATS = ["Accessories", "Beanies"]
BELTS = ["Accessories", "Belts"]
BOOTS = ["Footwear", "Boots"]
MUGS = ["Kitchen", "Mugs"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("JK1", "Harbor Rain Jacket", 120, JACKETS, colors={"olive": {"M": 5}}),
        item("JK2", "Alpine Down Jacket", 200, JACKETS, colors={"olive": {"M": 5}}),
        item("JK3", "Canvas Field Jacket", 150, JACKETS, colors={"navy": {"M": 5}}),
        item("JK4", "Budget Shell Jacket", 60, JACKETS, colors={"black": {"M": 5}}),
        item("BN1", "Wool Beanie", 28, HATS, colors={"olive": {"": 5}, "navy": {"": 5}}),
        item("BN2", "Cable Knit Beanie", 32, HATS, colors={"red": {"": 5}}),
        item("BL1", "Heritage Leather Belt", 80, BELTS, colors={"chocolate": {"M": 5}}),
        item("BL2", "Braided Stretch Belt", 40, BELTS, colors={"black": {"M": 5}}),
        item("BO1", "Chelsea Suede Boot", 278, BOOTS, colors={"chocolate": {"9": 5}}),
        item("BO2", "Ironbark Work Boot", 148, BOOTS, colors={"brown": {"9": 5}}),
        item("MG1", "Stoneware Diner Mug", 18, MUGS, dishwasher_safe="yes"),
        item("MG2", "Handthrown Reactive Mug", 32, MUGS, dishwasher_safe="no"),
        item("PL1", "Chunky Knit Pillow", 53, ["Home", "Pillows"], colors={"sage": {"": 5}}),
        item("PL2", "Linen Throw Pillow", 29, ["Home", "Pillows"], colors={"navy": {"": 5}}),
        item("BK1", "Wool Throw Blanket", 90, ["Home", "Blankets"], colors={"sage": {"": 5}}),
        item("TE1", "Merino Crew Tee", 32, ["Apparel", "Tees"], colors={"navy": {"M": 5}}),
        item("TE2", "Organic Crew Tee", 21, ["Apparel", "Tees"], colors={"navy": {"M": 5}}),
        item("TE3", "Vintage Wash Tee", 39, ["Apparel", "Tees"], colors={"navy": {"M": 5}}),
        item("SG1", "Cat Eye Sunglasses", 130, ["Accessories", "Sunglasses"], polarized="no"),
        item("SG2", "Round Sunglasses", 110, ["Accessories", "Sunglasses"], polarized="no"),
        item("SG3", "Fishing Sunglasses", 100, ["Accessories", "Sunglasses"], polarized="yes"),
        item("HO1", "Summit Tech Hoodie", 52, ["Apparel", "Hoodies"], colors={"black": {"M": 5}}),
        item(
            "HO2", "Campfire Hoodie", 82, ["Apparel", "Hoodies"], colors={"heather gray": {"M": 5}}
        ),
    ]


def test_like_a_named_product_but_cheaper_lists_others_of_its_kind_below_its_price(
    agent: ShoppingAgent,
) -> None:
    (like,) = talk(agent, "something like the Alpine Down Jacket but cheaper pls")
    assert like.products, like.reply
    assert "JK2" not in ids(like), like.reply  # the named one is what they know, not an answer
    assert set(ids(like)) == {"JK1", "JK3", "JK4"}, like.reply


def test_a_misspelt_cheaper_after_a_named_product_is_still_cheaper(agent: ShoppingAgent) -> None:
    (like,) = talk(agent, "smth like the chelsea suede boot but cheeper?")
    assert ids(like) == ["BO2"], like.reply


def test_i_like_a_named_product_is_a_liking_not_a_look_alike(agent: ShoppingAgent) -> None:
    (liked,) = talk(agent, "i like the Alpine Down Jacket")
    assert "JK2" in ids(liked) or "Alpine Down Jacket" in liked.reply, liked.reply


def test_a_kind_to_match_what_they_own_is_that_kind_in_its_colour(agent: ShoppingAgent) -> None:
    (beanie,) = talk(agent, "a beanie to match my olive jacket")
    assert ids(beanie) == ["BN1"], beanie.reply


def test_a_kind_the_colour_of_their_own_thing_is_that_kind_in_that_colour(
    agent: ShoppingAgent,
) -> None:
    (belt,) = talk(agent, "a belt the colour of my chocolate boots")
    assert ids(belt) == ["BL1"], belt.reply


def test_an_unsold_kind_to_match_their_own_thing_is_not_carried(agent: ShoppingAgent) -> None:
    (case,) = talk(agent, "a phone case to match my navy jacket")
    assert not case.products, case.reply
    assert "don't carry" in case.reply


def test_which_kind_goes_with_a_named_product_searches_that_kind(agent: ShoppingAgent) -> None:
    said = (
        "complete the look - I have the Chelsea Suede Boot in chocolate, which belt goes with it?"
    )
    (belt,) = talk(agent, said)
    assert belt.products and all(pid.startswith("BL") for pid in ids(belt)), belt.reply
    assert ids(belt)[0] == "BL1", belt.reply


def test_a_thanks_that_tells_of_what_they_have_lists_nothing(agent: ShoppingAgent) -> None:
    (thanks,) = talk(agent, "omg thank you!! the beanie is the exact olive of my jacket 😍")
    assert not thanks.products, thanks.reply


def test_not_the_kind_you_hand_wash_keeps_the_dishwasher_safe(agent: ShoppingAgent) -> None:
    (mugs,) = talk(agent, "mugs for the office but NOT the kind you have to hand wash")
    assert ids(mugs) == ["MG1"], mugs.reply


def test_cushions_to_match_their_blanket_are_pillows_in_its_colour(agent: ShoppingAgent) -> None:
    (cushions,) = talk(agent, "cushions that match my sage green throw blanket?")
    assert ids(cushions) == ["PL1"], cushions.reply


def test_a_thing_kinda_like_a_named_product_but_less_pricey_is_a_cheaper_look_alike(
    agent: ShoppingAgent,
) -> None:
    (like,) = talk(agent, "a tee kinda like the Merino Crew Tee but less pricey pls")
    assert ids(like) == ["TE2"], like.reply


def test_i_kinda_like_a_named_product_is_still_a_liking(agent: ShoppingAgent) -> None:
    (liked,) = talk(agent, "i kinda like the Merino Crew Tee")
    assert "TE1" in ids(liked) or "Merino Crew Tee" in liked.reply, liked.reply


def test_the_same_as_a_named_product_but_another_colour_is_a_look_alike_in_it(
    agent: ShoppingAgent,
) -> None:
    (like,) = talk(agent, "hoodie same as the summit tech hoodie but heather gray")
    assert ids(like) == ["HO2"], like.reply


def test_a_kind_thatll_match_an_owned_thing_is_that_kind_in_its_colour(
    agent: ShoppingAgent,
) -> None:
    (match,) = talk(agent, "i need a beanie that'll match my olive jacket")
    assert ids(match)[:1] == ["BN1"], match.reply
    assert kinds(match) == {"BN"}, match.reply


def test_a_word_two_before_the_look_alike_phrase_is_still_wanted(agent: ShoppingAgent) -> None:
    (like,) = talk(agent, "polarized sunnies like the Cat Eye ones but under 120")
    assert ids(like) == ["SG3"], like.reply
