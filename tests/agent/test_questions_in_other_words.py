"""Product questions in other words than the attribute's name: British spellings, "rate" for
the price, keeping a drink cold for its insulation, "tell us about the 2nd one", a question
opened with "ok and", and "more upmarket" for pricier ones of the same kind."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

_KINDS = {"Sunglasses", "Socks", "Scarves", "Mugs", "Water Bottles", "Totes", "Lamps"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about here, as the shop sells them."""
    return sample_catalog_products(_KINDS)


@pytest.mark.parametrize(
    ("messages", "answer"),
    [
        (
            ("sunnies", "are the Sport Wrap ones polarised?"),
            r"^Yes, Sport Wrap Sunglasses is polari",
        ),
        (("is the aviator metal sunglasses polarised",), r"^No, Aviator Metal Sunglasses is not"),
        (("What is the rate of Merino Hiker Socks?",), r"\$30\.50"),
        (("whats the rate on the cashmere blend scarf",), r"\$38\.99"),
        (("what does the Speckled Camp Mug go for?",), r"\$14\.99"),
    ],
)
def test_a_question_in_other_words_is_answered_from_the_record(
    agent: ShoppingAgent, messages: tuple[str, ...], answer: str
) -> None:
    turn = talk(agent, *messages)[-1]
    assert re.search(answer, turn.reply), turn.reply
    assert len(turn.products) == 1


@pytest.mark.parametrize(
    "messages",
    [
        ("kids straw water bottle - does it keep stuff cold till lunch?",),
        ("will the Chug Lid Wide Mouth Water Bottle keep my drinks icy all day",),
        ("water bottles", "how long does the second one keep water cold?"),
    ],
)
def test_keeping_a_drink_cold_is_answered_with_the_hours(
    agent: ShoppingAgent, messages: tuple[str, ...]
) -> None:
    turn = talk(agent, *messages)[-1]
    assert "24 hours" in turn.reply, turn.reply


def test_an_insulated_title_is_no_claim_of_hours(agent: ShoppingAgent) -> None:
    turn = talk(agent, "is the travel insulated mug going to keep my coffee hot on the commute?")[
        -1
    ]
    assert "doesn't say for how many hours" in turn.reply, turn.reply
    assert "porcelain with a lid" not in turn.reply


def test_an_insulated_title_said_in_another_question_is_not_asked_about(
    agent: ShoppingAgent,
) -> None:
    """The bench caught it: the sizes of the 'Insulated Steel Water Bottle' were answered with
    its hours, because the title holds 'insulated'."""
    turn = talk(agent, "what sizes is the Insulated Steel Water Bottle available in")[-1]
    assert re.search(r"20 oz.*32 oz", turn.reply), turn.reply


@pytest.mark.parametrize(
    ("second", "place"),
    [
        ("tell us about the 2nd one", 2),
        ("the 2nd one, tell me more", 2),
        ("ok the third one - tell us a bit more", 3),
    ],
)
def test_an_ordinal_asked_about_names_that_product(
    agent: ShoppingAgent, second: str, place: int
) -> None:
    listed, asked = talk(agent, "scarves", second)
    assert asked.reply.startswith(listed.products[place - 1].title), asked.reply


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("ok and what colours does it come in", "gold, sage"),
        ("ok so what sizes does it come in", "one size"),
        ("right, and is it in stock?", "in stock"),
    ],
)
def test_a_question_opened_with_ok_and_asks_about_the_product_in_focus(
    agent: ShoppingAgent, question: str, answer: str
) -> None:
    turns = talk(agent, "tell me about the Task Desk LED Lamp", question)
    assert ids(turns[-1]) == ["task-desk-led-lamp"]
    assert answer in turns[-1].reply, turns[-1].reply


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("tote bags", "got anything a bit more upmarket?"),
        ("scarves", "something more upscale"),
        ("sunnies", "happy to splash out, show me the higher-end ones"),
    ],
)
def test_more_upmarket_keeps_the_kind_and_costs_more(
    agent: ShoppingAgent, first: str, second: str
) -> None:
    shown, pricier = talk(agent, first, second)
    assert pricier.products, pricier.reply
    assert not set(ids(pricier)) - set(ids(shown))  # the same kind: a narrowing of the list
    assert min(p.price.amount for p in pricier.products) > min(
        p.price.amount for p in shown.products
    )
