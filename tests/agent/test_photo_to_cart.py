"""From a photo to the cart: a package's count in the same message, and the product a nutrition
label belongs to (found by its figures) shown and added when the shopper asks for it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import NutritionFacts
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import LABEL_PHOTO, SHOE_PHOTO, Shop
from tests.agent.talk import cart_lines
from vision.facts import ImageFacts, SimilarItem

_PACKAGE = ImageFacts(
    image_id="x",
    text="MORNING\nOat Crunch\nGRANOLA",
    similar=[SimilarItem(id="TRL2", score=0.7)],
    text_matches=[SimilarItem(id="GRO1", score=0.9)],
)
_LABEL_OF_GRO1 = ImageFacts(
    image_id="x",
    text="Nutrition Facts Calories 210 Protein 5g Total Sugars 9g",
    nutrition=NutritionFacts(calories=210, protein_g=5, total_sugars_g=9),
    text_matches=[SimilarItem(id="GRO1", score=1.0)],  # what the catalog's figures name
)


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("3 bags of this into my basket pls", 3),
        ("put two of these in my cart", 2),
        ("could you add 4 boxes of this to the cart", 4),
        ("this one into my cart please", 1),
        ("the kids love this cereal, can I get two boxes?", 2),  # a remark, then the ask
        ("we go through loads of this - could I have 3 please", 3),
    ],
)
def test_a_package_photo_with_a_count_goes_into_the_cart(
    agent: ShoppingAgent, shop: Shop, message: str, count: int
) -> None:
    shop.vision = ScriptedVision(_PACKAGE)
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert turn.cart is not None, turn.reply
    assert [(li.product_id, li.quantity) for li in turn.cart.lines] == [("GRO1", count)]
    assert turn.order is None


def test_a_label_names_its_product_without_listing_it(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(_LABEL_OF_GRO1)
    turn = agent.chat(None, "lots of sugar in this?", image=LABEL_PHOTO)
    assert "9 g" in turn.reply and "label of our Oat Crunch Granola" in turn.reply
    assert turn.products == []  # a label answer, not a result list


@pytest.mark.parametrize(
    "follow_up", ["do you sell this one?", "do you carry it?", "is it in stock?"]
)
def test_asking_whether_the_store_sells_the_labelled_product_shows_it(
    agent: ShoppingAgent, shop: Shop, follow_up: str
) -> None:
    shop.vision = ScriptedVision(_LABEL_OF_GRO1)
    thread = agent.chat(None, "how many calories?", image=LABEL_PHOTO).thread_id
    turn = agent.chat(thread, follow_up)
    assert [p.id for p in turn.products] == ["GRO1"] and "in stock" in turn.reply, turn.reply


@pytest.mark.parametrize(
    ("follow_up", "count"),
    [("ok I'll buy that granola", 1), ("fine, add 2 of it to my cart", 2), ("I'll take it", 1)],
)
def test_buying_the_labelled_product_adds_it(
    agent: ShoppingAgent, shop: Shop, follow_up: str, count: int
) -> None:
    shop.vision = ScriptedVision(_LABEL_OF_GRO1)
    thread = agent.chat(None, "is this healthy?", image=LABEL_PHOTO).thread_id
    turn = agent.chat(thread, follow_up)
    assert turn.cart is not None, turn.reply
    assert [(li.product_id, li.quantity) for li in turn.cart.lines] == [("GRO1", count)]


@pytest.mark.parametrize(
    ("follow_up", "count"), [("great, 2 boxes pls", 2), ("perfect, three bags please", 3)]
)
def test_a_count_in_packages_after_a_package_photo_adds_that_many(
    agent: ShoppingAgent, shop: Shop, follow_up: str, count: int
) -> None:
    shop.vision = ScriptedVision(_PACKAGE)
    first = agent.chat(None, "do you sell this cereal?", image=SHOE_PHOTO)
    turn = agent.chat(first.thread_id, follow_up)
    assert turn.cart is not None, turn.reply
    assert [(li.product_id, li.quantity) for li in turn.cart.lines] == [("GRO1", count)]


def test_an_add_after_label_answers_adds_the_labelled_product(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_LABEL_OF_GRO1)
    first = agent.chat(None, "how much sugar is in this", image=LABEL_PHOTO)
    meant = agent.chat(first.thread_id, "wait sorry i meant protein")
    turn = agent.chat(first.thread_id, "ok thats fine, add a box to my cart")
    assert "5 g of protein" in meant.reply, meant.reply
    assert cart_lines(turn) == [("GRO1", "", 1)], turn.reply
