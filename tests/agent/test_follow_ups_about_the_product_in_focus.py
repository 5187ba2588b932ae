"""Short follow-ups about the one product in focus through `ShoppingAgent.chat`: "in stock?",
"what colour are they", "what are the frames made of", "real leather or fake", and a total asked
for a quantity ("how much would 3 … come to?") are answered from that product, not searched."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    shades = ["Accessories", "Sunglasses"]
    return [
        item("KB1", "Mechanical TKL Keyboard", 149, ["Electronics", "Keyboards"],
             {"black": {"": 0}}, material="a CNC aluminium case"),
        item("KB2", "Compact Wireless Keyboard", 59, ["Electronics", "Keyboards"]),
        item("SG1", "Cat Eye Sunglasses", 169, shades, {"gold": {"": 5}, "silver": {"": 4}},
             material="lightweight titanium", polarized="yes"),
        item("SG2", "Round Acetate Sunglasses", 115, shades, material="acetate"),
        item("HP1", "Studio Monitor Headphones", 168, ["Electronics", "Headphones"],
             {"silver": {"": 3}}, material="an aluminium headband", battery_life="30 h"),
        item("BE1", "Heritage Leather Belt", 79, ["Accessories", "Belts"],
             material="full-grain leather"),
        item("BE2", "Canvas Web Belt", 61, ["Accessories", "Belts"], material="cotton canvas"),
        item("TS1", "Pima Crew Tee", 14, ["Apparel", "T-Shirts"], {"olive": {"M": 5, "L": 5}}),
    ]  # fmt: skip


@pytest.mark.parametrize("asked", ["in stock?", "is it in stock?", "still available?"])
def test_stock_asked_alone_after_a_product_answers_for_it(agent: ShoppingAgent, asked: str) -> None:
    _, turn = talk(agent, "mechanical tkl keyboard", asked)
    assert "out of stock" in turn.reply or "sold out" in turn.reply, turn.reply
    assert not turn.cart or not turn.cart.lines


@pytest.mark.parametrize(
    "asked", ["what are the frames made of", "what are they made of?", "what material is the frame"]
)
def test_what_a_part_is_made_of_answers_the_material(agent: ShoppingAgent, asked: str) -> None:
    _, turn = talk(agent, "cat eye sunglasses", asked)
    assert "titanium" in turn.reply, turn.reply


@pytest.mark.parametrize("asked", ["and what colour are they", "what color is it?"])
def test_the_colour_asked_after_another_question_names_it(agent: ShoppingAgent, asked: str) -> None:
    _, turn = talk(agent, "studio monitor headphones, how long does the battery last?", asked)
    assert "silver" in turn.reply, turn.reply


@pytest.mark.parametrize(
    "asked", ["real leather or fake", "genuine or faux?", "fake or real leather?"]
)
def test_real_or_fake_material_is_answered_from_the_product(
    agent: ShoppingAgent, asked: str
) -> None:
    _, turn = talk(agent, "heritage leather belt", asked)
    assert "full-grain leather" in turn.reply, turn.reply


@pytest.mark.parametrize(
    "asked",
    [
        "how much would 3 Pima Crew Tees in medium come to?",
        "what would 3 pima crew tees cost in M",
        "how much for three pima crew tees in medium?",
    ],
)
def test_a_total_asked_for_a_quantity_is_the_sum(agent: ShoppingAgent, asked: str) -> None:
    (turn,) = talk(agent, asked)
    assert "$42" in turn.reply, turn.reply


def test_the_price_of_one_size_is_no_total(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "how much would the pima crew tee in a size 10 be?")
    assert "$14" in turn.reply and "comes to" not in turn.reply, turn.reply
