"""What the words sent with a photo change about its look-alikes, through `ShoppingAgent.chat`:
a material or word ruled out, another kind to match the photo's colour, cheaper than every
look-alike when it is unclear which one the photo shows, and the kind kept when a colour is
asked."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import single_colour, store_products
from tests.agent.talk import ids


@pytest.fixture
def products() -> list[Product]:
    decaf = single_colour("COF3", "Swiss Water Decaf Coffee", 15, ["Grocery", "Coffee"], "brown")
    return [*store_products(), decaf]


@pytest.fixture
def store(shop: Shop) -> Shop:
    """This module's name for the shop over its catalog."""
    return shop


TOTES = (("TOTE1", 0.9), ("TOTE2", 0.88), ("TOTE3", 0.87), ("TOTE4", 0.86))


@pytest.mark.parametrize(
    "message", ["a bag like this one but not leather", "same style but no leather please"]
)
def test_a_material_ruled_out_with_a_photo_leaves_its_look_alikes(
    agent: ShoppingAgent, store: Shop, message: str
) -> None:
    store.vision = photo_of(*TOTES, colour="brown")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "TOTE1" not in ids(turn) and "TOTE2" in ids(turn), turn.reply


def test_a_non_word_rules_out_the_look_alike_it_names(agent: ShoppingAgent, store: Shop) -> None:
    store.vision = photo_of(("COF2", 0.9), ("COF1", 0.8), colour="brown")
    turn = agent.chat(None, "got a non-ground version of this?", image=SHOE_PHOTO)
    assert ids(turn) == ["COF1"], turn.reply


def test_asking_for_caffeine_rules_out_decaf(agent: ShoppingAgent, store: Shop) -> None:
    store.vision = photo_of(("COF3", 0.9), ("COF1", 0.8), colour="brown")
    turn = agent.chat(None, "is there one like this but with caffeine?", image=SHOE_PHOTO)
    assert "COF3" not in ids(turn) and "COF1" in ids(turn), turn.reply


@pytest.mark.parametrize(
    "message", ["got any socks to match these?", "I need crew socks in the same colour as this"]
)
def test_another_kind_named_with_a_photo_is_found_in_the_photos_colour(
    agent: ShoppingAgent, store: Shop, message: str
) -> None:
    store.vision = photo_of(("SNK1", 0.9), ("SNK2", 0.85), colour="white")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert ids(turn) == ["SOCK1"], turn.reply
    assert "in white to go with it" in turn.reply


def test_cheaper_than_a_photo_unclear_among_look_alikes_is_cheaper_than_all_of_them(
    agent: ShoppingAgent, store: Shop
) -> None:
    store.vision = photo_of(("TOTE4", 0.80), ("TOTE1", 0.79), colour="tan")  # $95 and $120
    turn = agent.chat(None, "something like these but cheaper?", image=SHOE_PHOTO)
    assert turn.products and set(ids(turn)) <= {"TOTE2", "TOTE3"}, turn.reply
    assert "any of its look-alikes" in turn.reply


def test_a_colour_asked_with_a_photo_keeps_the_kind_the_best_look_alikes_share(
    agent: ShoppingAgent, store: Shop
) -> None:
    store.vision = photo_of(
        ("TOTE3", 0.9), ("TOTE1", 0.85), ("JKT2", 0.6), ("SNK2", 0.5), colour="white"
    )
    turn = agent.chat(None, "do you have this in black?", image=SHOE_PHOTO)
    assert ids(turn) and all(i.startswith("TOTE") for i in ids(turn)), turn.reply


def test_when_nothing_is_cheaper_than_every_look_alike_it_is_cheaper_than_most(
    agent: ShoppingAgent, store: Shop
) -> None:
    store.vision = photo_of(("TOTE3", 0.80), ("TOTE2", 0.79), colour="black")  # $28 and $35
    turn = agent.chat(None, "same sort of thing but cheaper please", image=SHOE_PHOTO)
    assert ids(turn) == ["TOTE3"], turn.reply
    assert "most of its look-alikes (under $35.00)" in turn.reply


def test_a_package_word_in_a_price_question_is_not_another_kind(
    agent: ShoppingAgent, store: Shop
) -> None:
    store.vision = photo_of(("COF1", 0.9), ("COF2", 0.8), colour="brown")
    turn = agent.chat(None, "how much is a bag of this?", image=SHOE_PHOTO)
    assert ids(turn)[:1] == ["COF1"], turn.reply


def test_a_price_with_a_photo_keeps_the_photos_kind(agent: ShoppingAgent, store: Shop) -> None:
    vision = photo_of(("TOTE1", 0.9), ("TOTE4", 0.88), ("TOTE2", 0.86), colour="brown")
    store.vision = vision
    turn = agent.chat(None, "one like this bag but below 40 dollars?", image=SHOE_PHOTO)
    assert turn.products and all(p.price.amount <= 4000 for p in turn.products), turn.reply
    assert set(ids(turn)) <= {"TOTE2", "TOTE3"}, turn.reply  # totes only, none dearer
    assert "40" not in (vision.questions[-1] or "")  # the look-alikes are found without it


def test_a_brand_ruled_out_with_a_photo_shows_others_of_its_kind(
    agent: ShoppingAgent, store: Shop
) -> None:
    store.vision = photo_of(("TOTE1", 0.9), ("TOTE4", 0.88), ("TOTE2", 0.8), colour="brown")
    turn = agent.chat(None, "similar ones, just not Hidebound, had a bad one", image=SHOE_PHOTO)
    assert set(ids(turn)) == {"TOTE2", "TOTE3"}, turn.reply


@pytest.mark.parametrize(
    "message", ["love this shape but I don't do leather or suede", "suede and leather are a no"]
)
def test_materials_ruled_out_in_other_words_leave_the_look_alikes(
    agent: ShoppingAgent, store: Shop, message: str
) -> None:
    store.vision = photo_of(*TOTES, colour="brown")
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert ids(turn) and not {"TOTE1", "TOTE4"} & set(ids(turn)), turn.reply
