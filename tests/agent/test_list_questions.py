"""Questions about the whole list just shown ("are they wireless?", "any of these dishwasher
safe?", "are all of them under 50?"): answered per listed product, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _item(
    pid: str, title: str, kind: str, dollars: float, colors: list[str], **attributes: str
) -> Product:
    variants = [
        Variant(id=f"{pid}-{c}", options={"color": c}, price=_usd(dollars), stock=5) for c in colors
    ]
    category = ["Home", "Mugs"] if kind == "mug" else ["Electronics", "Headphones"]
    return Product(
        id=pid,
        title=title,
        category=category,
        variants=variants,
        attributes=attributes,
        description=f"A {kind}.",
    )


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("M1", "Harbor Stoneware Mug", "mug", 18, ["cream", "green"], dishwasher_safe="yes"),
        _item("M2", "Pinecone Camp Mug", "mug", 15, ["rust", "white"], dishwasher_safe="no"),
        _item("M3", "Glazed Potter Mug", "mug", 32, ["white", "sage"], dishwasher_safe="no"),
        _item("M4", "Office Classic Mug", "mug", 12, ["black"], dishwasher_safe="yes"),
        _item("H1", "Trail Buds Headphones", "headphones", 45, ["black"], wireless="yes"),
        _item("H2", "Studio Cable Headphones", "headphones", 80, ["silver"], wireless="no"),
        _item("H3", "Gym Loop Headphones", "headphones", 39, ["red"], wireless="yes"),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "any of these dishwasher safe?",
        "are any of them dishwasher safe",
        "is any of them dishwasher safe??",
        "are all of them dishwasher-safe?",
    ],
)
def test_a_property_question_about_the_list_answers_for_each(
    agent: ShoppingAgent, question: str
) -> None:
    first, turn = talk(agent, "show me mugs", question)
    assert len(ids(first)) >= 3
    reply = turn.reply.lower()
    assert "which one do you mean" not in reply
    assert "harbor stoneware mug" in reply and "office classic mug" in reply
    assert reply.index("office classic mug") < reply.index("not dishwasher")  # the yes group first


@pytest.mark.parametrize(
    "question", ["are they wireless?", "are these wireless", "do any of them have wireless?"]
)
def test_they_means_the_list_not_one_product(agent: ShoppingAgent, question: str) -> None:
    first, turn = talk(agent, "headphones please", question)
    assert set(ids(first)) >= {"H1", "H2", "H3"}
    reply = turn.reply
    assert "Which one do you mean" not in reply
    assert "Studio Cable Headphones" in reply.split("Not wireless")[-1]
    assert "Gym Loop Headphones" in reply.split("Not wireless")[0]


@pytest.mark.parametrize(
    "question", ["are they all under 50?", "are all of these under $50", "r all of them below 50"]
)
def test_a_budget_question_about_the_list(agent: ShoppingAgent, question: str) -> None:
    _, turn = talk(agent, "headphones please", question)
    reply = turn.reply
    assert "Which one do you mean" not in reply
    assert "Studio Cable Headphones" in reply.split("Not under")[-1]


def test_a_singular_reference_still_means_the_product_in_focus(agent: ShoppingAgent) -> None:
    _, _, turn = talk(agent, "headphones please", "tell me about the second one", "is it wireless?")
    assert "of these" not in turn.reply


def test_the_catalog_being_silent_is_said(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "show me mugs", "are any of these microwave safe?")
    assert "Which one do you mean" not in turn.reply
    assert "doesn't say" in turn.reply or "does not say" in turn.reply


@pytest.mark.parametrize(
    "message",
    ["add two of the green ones", "pls add 2 of the green ones", "ill take two green ones"],
)
def test_adding_the_one_listed_product_in_a_colour(agent: ShoppingAgent, message: str) -> None:
    _, turn = talk(agent, "show me mugs", message)
    assert turn.cart is not None and len(turn.cart.lines) == 1
    line = turn.cart.lines[0]
    assert line.product_id == "M1" and line.quantity == 2 and line.variant_id == "M1-green"


def test_several_listed_products_in_a_colour_are_named_before_adding(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(agent, "show me mugs", "add one of the white ones")
    assert turn.cart is None or not turn.cart.lines
    assert "Which one do you mean" not in turn.reply
    assert "Glazed Potter Mug" in turn.reply and "Pinecone Camp Mug" in turn.reply
