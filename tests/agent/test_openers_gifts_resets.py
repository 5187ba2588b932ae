"""Openers, gifts, open recommendations, resets and store questions, through `ShoppingAgent.chat`.

A greeting that opens a message is not the search; a gift is searched by what the recipient is
into; "what do you recommend under 30" recommends; "start over" clears the search (not the
cart); "we don't carry X" only ever names a thing; payment and shipping questions get an honest
short answer.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import talk

NOT_CARRIED = "don't carry"


def _item(pid: str, title: str, dollars: float, category: list[str], description: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=[], stock=8, brand=None, description=description
    )


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("YM1", "Grip Yoga Mat", 45, ["Fitness", "Yoga Mats"], "Non-slip 5mm yoga mat."),
        _item("YB1", "Cork Yoga Block", 18, ["Fitness", "Yoga Blocks"], "A firm cork yoga block."),
        _item("HB1", "Ridge Hiking Boot", 140, ["Footwear", "Boots"], "Waterproof hiking boot."),
        _item("HP1", "Trek 30L Backpack", 90, ["Bags", "Backpacks"], "A hiking daypack."),
        _item("CF1", "Dark Roast Coffee Beans", 16, ["Grocery", "Coffee"], "Whole bean coffee."),
        _item("GH1", "Gaming Headset", 70, ["Electronics", "Headphones"], "A gaming headset."),
        _item("SK1", "Cast Iron Skillet", 38, ["Kitchen", "Cooking"], "A skillet for cooking."),
        _item("RS1", "Road Running Shoe", 95, ["Footwear", "Running Shoes"], "For road running."),
        _item("BL1", "Leather Belt", 79, ["Accessories", "Belts"], "A full-grain leather belt."),
        _item("KB1", "Wireless Keyboard", 77, ["Electronics", "Keyboards"], "A quiet keyboard."),
    ]


def _ids(agent: ShoppingAgent, *messages: str) -> tuple[list[str], str]:
    turn = talk(agent, *messages)[-1]
    return [p.id for p in turn.products], turn.reply


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("morning!! looking for a yoga mat", {"YM1"}),
        ("hey there, do you have any coffee beans?", {"CF1"}),
        ("good evening - I need a cast iron skillet", {"SK1"}),
        ("hiya i want a gaming headset", {"GH1"}),
    ],
)
def test_a_greeting_opening_a_request_is_not_the_search(
    agent: ShoppingAgent, message: str, wanted: set[str]
) -> None:
    shown, reply = _ids(agent, message)
    assert wanted & set(shown[:2]) and NOT_CARRIED not in reply, reply


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("morning! need a gift for my aunt, she's really into yoga", {"YM1", "YB1"}),
        ("hey, after a present for my grandad who loves hiking", {"HB1", "HP1"}),
        ("birthday gift for my flatmate - total coffee lover", {"CF1"}),
        ("what do i get my nephew, he's a massive gamer", {"GH1"}),
        ("any gift ideas for someone who likes to cook?", {"SK1"}),
        ("need something for my boyfriend, he's a runner", {"RS1"}),
        ("present for grandpa, he drinks coffee like crazy", {"CF1"}),
        ("gift for my godmother who basically lives on coffee", {"CF1"}),
    ],
)
def test_a_gift_is_searched_by_what_the_recipient_is_into(
    agent: ShoppingAgent, message: str, wanted: set[str]
) -> None:
    shown, reply = _ids(agent, message)
    assert shown and set(shown) <= wanted | {"YM1", "YB1", "HB1", "HP1", "RS1"}, (shown, reply)
    assert wanted & set(shown), (shown, reply)
    assert NOT_CARRIED not in reply, reply


def test_a_gift_budget_keeps_the_interest(agent: ShoppingAgent) -> None:
    shown, reply = _ids(agent, "gift for my sis, she does yoga, something under 30 bucks")
    assert shown == ["YB1"], (shown, reply)
    shown, reply = _ids(agent, "a present for my dad, he loves hiking", "anything around 90?")
    assert shown and set(shown) <= {"HP1", "HB1"} and "BL1" not in shown, (shown, reply)


@pytest.mark.parametrize(
    "message",
    [
        "hi! I need a present for my mother-in-law",
        "looking for a birthday gift for my brother",
        "any ideas for a gift for my teacher?",
    ],
)
def test_a_gift_with_no_interest_asks_what_they_are_into(
    agent: ShoppingAgent, message: str
) -> None:
    shown, reply = _ids(agent, message)
    assert not shown and NOT_CARRIED not in reply and "into" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "what would you recommend under 40?",
        "any recommendations for under $50",
        "what do you suggest for less than 40 bucks",
        "got any suggestions below 40?",
    ],
)
def test_an_open_recommendation_with_a_budget_recommends(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    assert turn.products and NOT_CARRIED not in turn.reply, turn.reply
    assert all(p.price.amount <= 5000 for p in turn.products), turn.reply


@pytest.mark.parametrize("message", ["what would you recommend?", "what do you suggest?"])
def test_an_open_recommendation_asks_what_kind(agent: ShoppingAgent, message: str) -> None:
    reply = talk(agent, message)[-1].reply
    assert NOT_CARRIED not in reply and "?" in reply, reply


@pytest.mark.parametrize(
    "message",
    ["start over", "let's start again", "reset", "never mind all that", "can we start fresh pls"],
)
def test_starting_over_clears_the_search_and_keeps_the_cart(
    agent: ShoppingAgent, message: str
) -> None:
    turns = talk(agent, "yoga mat", "add the first one", message, "anything under 20?")
    reset, after = turns[2], turns[3]
    assert NOT_CARRIED not in reset.reply and not reset.products, reset.reply
    assert "cart" in reset.reply.lower(), reset.reply
    cart = talk(agent, "show my cart", thread_id=reset.thread_id)[-1].cart
    assert cart is not None and cart.lines, reset.reply  # the cart stays
    assert "CF1" in [p.id for p in after.products], after.reply  # no longer within yoga


@pytest.mark.parametrize(
    "message",
    [
        "hello what would you recommend",
        "good morning",
        "what should i get",
        "let's start over",
    ],
)
def test_we_dont_carry_never_names_a_greeting_question_or_verb(
    agent: ShoppingAgent, message: str
) -> None:
    reply = talk(agent, message)[-1].reply.lower()
    for word in ("carry hello", "carry good", "carry morning", "carry what", "carry let"):
        assert word not in reply, reply


@pytest.mark.parametrize(
    "message",
    ["can i pay with paypal?", "do you take apple pay", "is klarna an option at checkout?"],
)
def test_a_payment_question_gets_an_honest_short_answer(agent: ShoppingAgent, message: str) -> None:
    turn = talk(agent, message)[-1]
    assert not turn.products and "pay" in turn.reply.lower(), turn.reply
    assert "I can find products" not in turn.reply, turn.reply


@pytest.mark.parametrize(
    "message",
    ["do you ship to canada?", "can you deliver to the UK", "do u ship internationally?"],
)
def test_a_shipping_destination_question_is_answered_honestly(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    reply = turn.reply.lower()
    assert not turn.products and "ship" in reply and "checkout" in reply, turn.reply
