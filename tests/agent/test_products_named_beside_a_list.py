"""Through `ShoppingAgent.chat`: which product a question means beside a list. A catalog title
said whole beats a listed title sharing two of its words ("the Pima Crew Tee" after a list with
the Organic Crew Tee; "what about the enamel camp mug" after a question about the Speckled Camp
Mug carries that question to it); "and the mango one?" after a question about the orange juice
asks it of the Tropical Mango Blend Juice; the nutrient asked of "they" names no product ("how
much protein do they have?" is no question about the Protein Peanut Crunch bars)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products


@pytest.fixture
def products() -> list[Product]:
    kinds = {"T-Shirts", "Mugs", "Juice", "Snack Bars"}
    return sample_catalog_products(kinds, leaf_only=True)


def _talk(agent: ShoppingAgent, *messages: str) -> str:
    thread = None
    for message in messages:
        turn = agent.chat(thread, message)
        thread = turn.thread_id
    return turn.reply


def test_a_title_said_whole_beats_a_listed_title_said_in_part(agent: ShoppingAgent) -> None:
    shown = agent.chat(None, "cotton tee")
    assert "pima-crew-tee" not in [p.id for p in shown.products]
    turn = agent.chat(shown.thread_id, "whats the Pima Crew Tee made of?")
    assert "combed cotton" in turn.reply, turn.reply
    assert "relaxed" in agent.chat(shown.thread_id, "is it slim or relaxed?").reply


def test_what_about_a_title_carries_the_question(agent: ShoppingAgent) -> None:
    reply = _talk(
        agent, "mugs", "is the speckled camp mug dishwasher safe?", "what about the enamel camp mug"
    )
    assert "Enamel Camp Mug is dishwasher safe" in reply, reply


def test_the_word_one_asks_the_same_of_that_product(agent: ShoppingAgent) -> None:
    reply = _talk(agent, "how big is the orange juice bottle? for a brunch", "and the mango one?")
    assert "32 FL OZ" in reply and "Mango" in reply, reply


@pytest.mark.parametrize("nutrient", ["protein", "sugar"])
def test_a_nutrient_asked_of_them_names_no_product(agent: ShoppingAgent, nutrient: str) -> None:
    reply = _talk(
        agent,
        "packing snacks for the week, the chewy peanut butter granola bars look good",
        f"how much {nutrient} do they have?",
    )
    assert reply.startswith("Chewy Peanut Butter Granola Bars"), reply
