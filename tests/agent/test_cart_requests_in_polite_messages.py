"""Cart requests and checkout details as shoppers word them inside long polite messages: a short
name ("the Rolltop backpack"), a size as a measure ("8 inch", "waist 34", "the 20 inch one"), a
polite question that is an order, a second one of the same product in another colour, "make
that a medium", "the navy one, not olive", a request after some chit-chat, "Checkout please. The
address is …", "for Tomasz Nowak", "did that actually go through?" and a label photo asked
whether it is gluten free."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import NutritionFacts, Product
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import LABEL_PHOTO, Shop, sample_products
from tests.agent.store import item
from tests.agent.talk import talk
from vision.facts import ImageFacts

_EXTRA = [
    item("BPK1", "Rolltop 28L Backpack", 59, ["Bags", "Backpacks"],
         {"olive": {"": 5}, "navy": {"": 5}, "rust": {"": 5}}),
    item("BPK2", "Campus Classic Backpack", 99, ["Bags", "Backpacks"], {"rust": {"": 5}}),
    item("PAN1", "Cast Iron Skillet", 40, ["Kitchen", "Skillets"],
         {"sage": {"8 in": 5, "10 in": 5}, "red": {"8 in": 5, "10 in": 5}}),
    item("KNF1", "Santoku 7in Knife", 20, ["Kitchen", "Knives"], {"olive": {"": 5}}),
    item("BLT1", "Heritage Leather Belt", 80, ["Accessories", "Belts"],
         {"tan": {"32": 5, "34": 5}, "black": {"32": 5, "34": 5}}),
    item("PIL1", "Linen Throw Pillow", 34, ["Home", "Pillows"],
         {"blush": {"18 x 18 in": 5, "20 x 20 in": 5}}),
    item("HAT1", "Bucket Canvas Hat", 17, ["Accessories", "Hats"],
         {"black": {"One Size": 5}, "forest green": {"One Size": 5}}),
    item("DRS1", "Wrap Midi Dress", 114, ["Apparel", "Dresses"],
         {"lavender": {"S": 5, "M": 5}}),
    item("SNK1", "Canvas Low Sneaker", 45, ["Footwear", "Sneakers"],
         {"white": {"9": 5, "10": 5}}),
    item("TEA1", "Peppermint Tea", 10, ["Food", "Tea"], {"": {"": 9}}),
    item("TEA2", "Earl Grey Lavender Tea", 4, ["Food", "Tea"], {"": {"": 9}}),
]  # fmt: skip
_BUYER = "Samuel Okafor, sam.okafor@example.com, 41 Elm Grove, Portland, OR 97205, USA"


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), *_EXTRA]


def _cart(turn: ChatTurn) -> list[tuple[str, str, int]]:
    lines = turn.cart.lines if turn.cart else []
    return sorted((li.product_id, (li.variant_title or "").lower(), li.quantity) for li in lines)


def test_short_names_with_their_own_colours_in_a_polite_request_are_adds(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent,
        "Could you put the Rolltop backpack in rust and a black Bucket Canvas Hat in my basket "
        "please? It's for my nephew's school trip.",
    )
    assert _cart(turn) == [("BPK1", "rust", 1), ("HAT1", "black / one size", 1)], turn.reply
    assert not turn.products


def test_sizes_said_as_measures_are_the_sizes_sold(agent: ShoppingAgent) -> None:
    (skillet,) = talk(agent, "Could you add the Cast Iron Skillet in sage, 8 inch, to my basket?")
    assert _cart(skillet) == [("PAN1", "sage / 8 in", 1)], skillet.reply
    (belt,) = talk(agent, "Could you add the Heritage Leather Belt in tan, waist 34, please?")
    assert _cart(belt) == [("BLT1", "tan / 34", 1)], belt.reply
    (pillows,) = talk(agent, "Two of the Linen Throw Pillows in blush please, the 20 inch size.")
    assert _cart(pillows) == [("PIL1", "blush / 20 x 20 in", 2)], pillows.reply


def test_two_items_by_short_name_each_keep_their_own_words(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "Please add the Santoku knife and the Cast Iron Skillet in red, the 10 inch one."
    )
    assert _cart(turn) == [("KNF1", "olive", 1), ("PAN1", "red / 10 in", 1)], turn.reply


def test_a_polite_question_that_orders_is_an_add_and_another_one_is_a_second(
    agent: ShoppingAgent,
) -> None:
    (one,) = talk(agent, "Could I get the Bucket Canvas Hat in black please?")
    assert _cart(one) == [("HAT1", "black / one size", 1)], one.reply
    (two,) = talk(
        agent,
        "Could I have the Bucket Canvas Hat in black, and another one in the forest green? "
        "One for me and one for my husband.",
    )
    assert _cart(two) == [("HAT1", "black / one size", 1), ("HAT1", "forest green / one size", 1)]


def test_a_request_after_chit_chat_is_still_an_add(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "Good afternoon! I've been meaning to replace my trainers for ages. Could you pop the "
        "Canvas Low sneakers in white, size 9, into my basket please? My old ones have a hole.",
    )
    assert _cart(turn) == [("SNK1", "white / 9", 1)], turn.reply


def test_make_that_a_medium_and_the_other_colour_not_this_one_change_the_line(
    agent: ShoppingAgent,
) -> None:
    dress = talk(
        agent,
        "Could you add the Wrap Midi Dress in lavender, size S, please?",
        "Hmm, actually can you make that a medium? I've been eating too much cake lately",
    )
    assert _cart(dress[-1]) == [("DRS1", "lavender / m", 1)], dress[-1].reply
    bag = talk(
        agent,
        "i want add the Rolltop backpack olive color in my cart",
        "sorry, i make mistake, i want the navy one, not olive",
    )
    assert _cart(bag[-1]) == [("BPK1", "navy", 1)], bag[-1].reply


def test_a_title_word_is_no_colour_and_a_count_names_its_line(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "I'll take two boxes of the Peppermint Tea please.",
        "And add 3 boxes of the Earl Grey too while you're at it.",
        "Actually, just one box of the peppermint will do, I still have some.",
    )
    assert [pid for pid, _, n in _cart(turns[1])] == ["TEA1", "TEA2"], turns[1].reply
    assert [(pid, n) for pid, _, n in _cart(turns[2])] == [("TEA1", 1), ("TEA2", 3)]


def test_an_address_after_checkout_please_is_kept_for_the_other_details(
    agent: ShoppingAgent,
) -> None:
    turns = talk(
        agent,
        "Two boxes of the Peppermint Tea please.",
        "Checkout please. The address is 41 Elm Grove, Apt 2B, Portland, OR 97205, USA.",
        "Oh and the email, it's sam.okafor@example.com",
        "name is Samuel Okafor",
    )
    assert turns[-1].awaiting_confirmation, turns[-1].reply
    assert "41 Elm Grove" in turns[-1].reply


def test_a_name_after_for_in_the_details_is_the_buyer(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "Please add the Santoku knife.",
        "ok let's do checkout. send it to ul. Długa 5/12, 00-238 Warszawa, Poland, for Tomasz "
        "Nowak, my email tomasz.nowak@example.pl",
    )
    assert turns[-1].awaiting_confirmation and "Tomasz Nowak" in turns[-1].reply


def test_did_that_actually_go_through_asks_about_the_order(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "Please add the Santoku knife.",
        f"I'll pay now: {_BUYER}",
        "Yes please.",
        "Hmm, did that actually go through? I haven't had an email yet.",
    )
    assert turns[2].order is not None
    assert turns[2].order.id in turns[-1].reply and not turns[-1].products


def test_a_label_photo_asked_if_gluten_free_answers_about_gluten(
    agent: ShoppingAgent, shop: Shop
) -> None:
    text = "Nutrition Facts Calories 210 Ingredients: whole grain oats, wheat flour, honey."
    shop.vision = ScriptedVision(
        ImageFacts(image_id="x", text=text, nutrition=NutritionFacts(calories=210, protein_g=5))
    )
    turn = agent.chat(None, "Is this gluten free? My grandson is coeliac.", image=LABEL_PHOTO)
    assert "gluten free" in turn.reply and "wheat" in turn.reply, turn.reply
