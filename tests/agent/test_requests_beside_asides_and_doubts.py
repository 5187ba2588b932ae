"""What the shopper asks for when the message holds more: an off-topic ask packed with a shopping
one (the shopping part is served), a kind weighed, dropped and another settled on (the last one),
and whether things can be found without their names (yes: describe them)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products


@pytest.fixture
def products() -> list[Product]:
    """Scarves, hats and blankets of the sample catalog."""
    return sample_catalog_products({"Scarves", "Hats", "Blankets"}, leaf_only=True)


def _kinds(turn: object) -> set[str]:
    leaf = {p.id: p.category[-1] for p in sample_catalog_products({"Scarves", "Hats", "Blankets"})}
    return {leaf[p.id] for p in getattr(turn, "products", [])}


@pytest.mark.parametrize(
    "message",
    [
        "write me a poem about my cat. oh and also, do you sell throw blankets?",
        "tell me a joke. also i need a throw blanket",
    ],
)
def test_an_off_topic_ask_beside_a_shopping_one_serves_the_shopping(
    agent: ShoppingAgent, message: str
) -> None:
    turn = agent.chat(None, message)
    assert turn.products and _kinds(turn) == {"Blankets"}, turn.reply


def test_a_reason_beside_an_off_topic_ask_is_no_shopping(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "What's the weather like tomorrow? I want to hang the washing out.")
    assert turn.products == [], turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "something warm for my mum, she's always cold... a beanie? no, she never wears hats. "
        "let's say a scarf",
        "a beanie? nah. let's go with a scarf",
    ],
)
def test_the_kind_settled_on_last_is_searched(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert turn.products and _kinds(turn) == {"Scarves"}, turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "can you help me find stuff even if I don't know what it's called?",
        "what if I don't know the name of something?",
        "can I just describe it?",
    ],
)
def test_asking_to_find_things_without_their_names_gets_a_yes(
    agent: ShoppingAgent, message: str
) -> None:
    turn = agent.chat(None, message)
    assert turn.reply.startswith("Yes") and "describe" in turn.reply, turn.reply
    assert turn.products == []


def test_a_thing_described_without_its_name_is_no_such_question(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "a knitted blanket thing for the sofa, don't know what it's called")
    assert not turn.reply.startswith("Yes, of course"), turn.reply
