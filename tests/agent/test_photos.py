"""Photos in chat through `ShoppingAgent.chat`: refused before storing; labels, packages, items."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from agent.photos import refusal_text
from agent.service import ShoppingAgent
from aisle.settings import Settings
from catalog.model import NutritionFacts
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import LABEL_PHOTO, SHOE_PHOTO, Shop
from tests.agent.talk import ids
from vision.errors import ImageRejected, UnsupportedImage
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


def test_a_refused_photo_raises_before_anything_is_stored(
    agent: ShoppingAgent, settings: Settings
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buffer, "GIF")
    with pytest.raises(UnsupportedImage) as refused:
        agent.chat("gif-thread", "do you have this?", image=buffer.getvalue())
    stored = [p for p in settings.images_dir.rglob("*") if p.is_file()]
    assert stored == []
    assert agent.history("gif-thread") == []  # the conversation did not move
    assert "JPEG, PNG or WebP" in refusal_text(refused.value)


def test_an_accepted_photo_is_stored(agent: ShoppingAgent, settings: Settings) -> None:
    agent.chat(None, "like this?", image=SHOE_PHOTO)
    assert len([p for p in settings.images_dir.rglob("*") if p.is_file()]) == 1


def test_a_corrupt_photo_gets_a_friendly_refusal(agent: ShoppingAgent) -> None:
    with pytest.raises(ImageRejected) as refused:
        agent.chat(None, "what is this?", image=b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert refusal_text(refused.value).startswith(("I couldn't read", "I can't open"))


def _item(
    similar: list[tuple[str, float]], text_matches: tuple[str, ...] = (), text: str = "GRANOLA"
) -> ImageFacts:
    return ImageFacts(
        image_id="x",
        colors=[ColorShare(name="grey", share=0.8)],
        categories=[CategoryScore(label="Running Shoes", score=0.8)],
        unsure=False,
        similar=[SimilarItem(id=i, score=s) for i, s in similar],
        text=text if text_matches else None,
        text_matches=[SimilarItem(id=i, score=0.9) for i in text_matches],
    )


def test_follow_ups_about_a_label_are_answered_from_it(agent: ShoppingAgent) -> None:
    label = agent.chat(None, "how healthy is this?", image=LABEL_PHOTO)
    thread = label.thread_id
    protein = agent.chat(thread, "and how much protein?")
    assert "5 g of protein" in protein.reply and protein.products == []
    gluten = agent.chat(thread, "is it gluten free?")
    assert "doesn't say whether it is gluten free" in gluten.reply  # the label text has no answer
    fibre = agent.chat(thread, "how much fiber?")
    assert "doesn't say how much fiber" in fibre.reply


def test_gluten_and_ingredients_come_from_the_label_text(agent: ShoppingAgent, shop: Shop) -> None:
    text = "Nutrition Facts Calories 210 Ingredients: whole grain oats, wheat flour, honey. Made in"
    shop.vision = ScriptedVision(
        ImageFacts(image_id="x", text=text, nutrition=NutritionFacts(calories=210, protein_g=5))
    )
    thread = agent.chat(None, "what's in this?", image=LABEL_PHOTO).thread_id
    gluten = agent.chat(thread, "is it gluten free?")
    assert gluten.reply.startswith("No") and "wheat" in gluten.reply
    vegan = agent.chat(thread, "is it vegan?")
    assert vegan.reply.startswith("No") and "honey" in vegan.reply


def test_an_item_photo_keeps_the_visual_match_when_a_colour_and_size_are_asked(
    agent: ShoppingAgent, shop: Shop
) -> None:
    printed = "MORNING\nOat Crunch\nGRANOLA 350 g"
    shop.vision = ScriptedVision(_item([("TRL2", 0.9), ("TRL1", 0.8)], ("GRO1",), printed))
    turn = agent.chat(None, "do you have this in navy, size 10?", image=SHOE_PHOTO)
    # TRL1 does not come in navy: the shade asked keeps the look-alike that does
    assert ids(turn) == ["TRL2"], "printed text on an item must not replace the match"
    assert "Similar items in the store in navy, size 10:" in turn.reply  # the shade said
    cheaper = agent.chat(turn.thread_id, "any cheaper?")  # the colour asked is kept, not grey's
    assert cheaper.products and {p.id for p in cheaper.products} <= {"TRL1", "TRL2"}, cheaper.reply
    package = agent.chat(None, "do you sell this?", image=SHOE_PHOTO)
    assert ids(package)[0] == "GRO1", "a printed product name finds that product"
    assert "that's the Oat Crunch Granola" in package.reply


def test_a_photo_sent_without_words_is_looked_at(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "", image=SHOE_PHOTO)
    assert ids(turn) == ["TRL2", "TRL1"] and "Similar items" in turn.reply


def _same_kind(*scores: tuple[str, float]) -> ImageFacts:
    """An item photo whose look-alikes are close in score and all of one kind."""
    facts = _item(list(scores))
    return facts.model_copy(update={"categories": [], "unsure": True, "colors": []})


def test_add_this_after_a_photo_adds_the_closest_match_of_the_agreed_kind(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_same_kind(("TRL3", 0.81), ("TRL1", 0.80), ("RD1", 0.79)))
    thread = agent.chat(None, "love these", image=SHOE_PHOTO).thread_id
    added = agent.chat(thread, "add this to my cart")
    assert added.cart is not None and [li.product_id for li in added.cart.lines] == ["TRL3"]
    assert "closest match to your photo" in added.reply  # a guess, said as one


def test_a_follow_up_after_a_photo_keeps_the_kind_the_look_alikes_share(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_same_kind(("TRL3", 0.81), ("TRL2", 0.80), ("TRL1", 0.79)))
    thread = agent.chat(None, "like this", image=SHOE_PHOTO).thread_id
    cheaper = agent.chat(thread, "anything cheaper?")
    assert cheaper.products, cheaper.reply
    assert {p.id for p in cheaper.products} <= {"TRL1", "TRL2", "TRL3", "RD1"}, cheaper.reply


def test_a_nutrient_question_after_a_package_photo_is_answered_from_the_product(
    agent: ShoppingAgent, shop: Shop
) -> None:
    package = _item([("TRL2", 0.9)], ("GRO1",), "MORNING\nOat Crunch\nGranola")
    shop.vision = ScriptedVision(package)
    thread = agent.chat(None, "is this any good?", image=SHOE_PHOTO).thread_id
    protein = agent.chat(thread, "how much protein does it have")
    assert "Oat Crunch Granola has 5 g of protein per serving" in protein.reply


def test_add_this_after_a_label_that_names_no_product_asks_which(
    agent: ShoppingAgent, shop: Shop
) -> None:
    from agent.label_answers import UNNAMED_LABEL

    label = ImageFacts(image_id="x", text="Nutrition Facts", nutrition=NutritionFacts(calories=9))
    shop.vision = ScriptedVision(label)
    thread = agent.chat(None, "is this healthy?", image=LABEL_PHOTO).thread_id
    asked = agent.chat(thread, "ok add this to my cart")
    assert asked.reply == UNNAMED_LABEL and asked.cart is None


def test_add_this_after_a_label_that_names_a_product_adds_it(agent: ShoppingAgent) -> None:
    thread = agent.chat(None, "is this healthy?", image=LABEL_PHOTO).thread_id  # names GRO1
    added = agent.chat(thread, "ok add this to my cart")
    assert added.cart is not None and [li.product_id for li in added.cart.lines] == ["GRO1"]


def test_add_this_after_a_photo_adds_the_clear_best_match(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(_item([("BAG1", 0.92), ("TRL1", 0.7)]))
    thread = agent.chat(None, "what is this?", image=SHOE_PHOTO).thread_id
    added = agent.chat(thread, "ok add this to my cart")
    assert added.cart is not None
    assert [line.product_id for line in added.cart.lines] == ["BAG1"]


def test_add_this_after_a_photo_asks_when_the_match_is_unsure(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_item([("BAG1", 0.81), ("TRL1", 0.80)]))
    thread = agent.chat(None, "what is this?", image=SHOE_PHOTO).thread_id
    asked = agent.chat(thread, "add this to my cart")
    assert asked.cart is None and "Which one do you mean?" in asked.reply


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("protein?", "5 g of protein"),
        ("whats the sugar", "9 g of sugars"),
        ("tell me the calorie content", "210 calories"),
        ("calories per serving", "210 calories"),
    ],
)
def test_label_follow_ups_without_a_question_mark_are_about_the_label(
    agent: ShoppingAgent, question: str, answer: str
) -> None:
    thread = agent.chat(None, "how healthy is this?", image=LABEL_PHOTO).thread_id
    turn = agent.chat(thread, question)
    assert answer in turn.reply and turn.products == [], turn.reply


def test_shopping_after_a_label_photo_is_still_shopping(agent: ShoppingAgent) -> None:
    thread = agent.chat(None, "how healthy is this?", image=LABEL_PHOTO).thread_id
    search = agent.chat(thread, "show me granola")
    assert ids(search)[0] == "GRO1" and "Here are" in search.reply
    nutrition = agent.chat(thread, "what's the nutrition like?")
    assert "210 calories" in nutrition.reply and "nut free" not in nutrition.reply
    granola = agent.chat(thread, "any granola?")  # names a kind of product: shopping
    assert ids(granola)[:1] == ["GRO1"] and "Here are" in granola.reply, granola.reply
