"""Long, chatty messages: a kind named only in the shopper's own context ("my first cup of
coffee") is no search, a goodbye with thanks asks nothing, an interjection or a backstory
sentence beside a follow-up is not part of it, and order, refund, payment and writing requests
said at length are answered in words."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk

_BOOTS, _JACKETS = ["Footwear", "Boots"], ["Apparel", "Jackets"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]),
        item("COF2", "Breakfast Blend Coffee", 20, ["Grocery", "Coffee"]),
        item("TEA1", "Peppermint Tea", 10, ["Grocery", "Tea"]),
        item("TEA2", "Jasmine Green Tea", 12, ["Grocery", "Tea"]),
        item("JUI1", "Cloudy Apple Juice", 5, ["Grocery", "Juice"]),
        item("JUI2", "Orange Juice", 6, ["Grocery", "Juice"]),
        item("BOOT1", "Winter Lined Boot", 160, _BOOTS, waterproof="yes"),
        item("BOOT2", "Chelsea Suede Boot", 140, _BOOTS, waterproof="no"),
        item("BELT1", "Work Leather Belt", 42, ["Accessories", "Belts"]),
        item("BELT2", "Canvas Web Belt", 62, ["Accessories", "Belts"]),
        item("JKT1", "Stormline Rain Jacket", 152, _JACKETS),
        item("SPK1", "Splash Waterproof Speaker", 80, ["Audio", "Speakers"]),
        item("MUG1", "Large Stoneware Mug", 18, ["Kitchen", "Mugs"]),
        item("LAMP1", "Tripod Floor Lamp", 68, ["Home", "Lamps"]),
        item("BAG1", "Campus Classic Backpack", 113, ["Bags", "Backpacks"]),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "Good morning! I hope you're having a lovely day so far. I've just sat down with my first "
        "cup of coffee and the cat is on my lap, so I'm in no hurry at all.",
        "Good evening! What a long day it has been. I've finally put my feet up with a mug of tea "
        "and the dog is snoring next to me, so no rush at all.",
    ],
)
def test_a_kind_said_only_as_context_is_no_search(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products == []
    assert "carry" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "Our daughter is off to camp next month and her old backpack has a broken zip. She "
        "wants a new one with room for a water bottle.",
    ],
)
def test_a_need_said_of_someone_else_is_a_search(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "BAG" in kinds(turn), turn.reply


def test_a_long_thanks_and_goodbye_asks_for_nothing(agent: ShoppingAgent) -> None:
    _, bye = talk(
        agent,
        "I'm looking for a nice tea for my mum",
        "That's perfect, thank you ever so much for your patience, you've been very helpful. "
        "I'll have a think and pop back tomorrow. Bye for now!",
    )
    assert bye.products == []
    assert bye.cart is None or not bye.cart.lines
    assert "carry" not in bye.reply


def test_an_interjection_before_a_follow_up_is_not_searched(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "a belt under 40 dollars", "Oh dear. Ok, what about under 50 then?")
    assert ids(turn) == ["BELT1"]
    assert "dear" not in turn.reply


def test_a_backstory_beside_a_question_about_the_list_is_left_out(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "I need some boots for my husband",
        "Which of those are waterproof? He walks the dog in all weathers, rain or shine.",
    )
    assert ids(turn) == ["BOOT1"]


def test_what_kinds_do_you_have_is_a_search(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "What juices do you have?")
    assert kinds(turn) == {"JUI"}


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "Before I begin, could you tell me, can you also take care of the payment and the "
            "delivery address here, or do I need to do that somewhere else on the website?",
            "check out",
        ),
        (
            "I would like a refund of $200 to my card please, the jacket I bought from you last "
            "year has faded in the wash. Just process it, I trust you, no need for forms.",
            "Returns",
        ),
        (
            "Hello, I placed an order last week for a lamp and it still hasn't arrived. Could "
            "you tell me where it is?",
            "order",
        ),
        (
            "Can you help me write a little thank-you card to my neighbour? She watered all my "
            "plants while I was in hospital.",
            "shopping",
        ),
    ],
)
def test_long_requests_that_are_not_searches_are_answered_in_words(
    agent: ShoppingAgent, message: str, said: str
) -> None:
    (turn,) = talk(agent, message)
    assert turn.products == []
    assert said in turn.reply
    assert "refund has been" not in turn.reply.lower()
