"""Long polite requests: a clause about a person or what happened is no part of the request
("we have lots of people round", "my brother just bought his first house"), a colour said of
a change ("goes red") or inside a kind's name ("sun cream") is no colour, a modifier said after
its noun ("kettle electric") keeps the kind, and "do you do reading glasses?" asks for a kind
the store does not sell."""

from __future__ import annotations

import pytest

from agent.context_clauses import without_context
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import kinds, talk

_HOME = ["Home", "Pillows"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("SPK1", "Party Tower Speaker", 258, ["Audio", "Speakers"]),
        item("SPK2", "Splash Waterproof Speaker", 80, ["Audio", "Speakers"]),
        item("PIL1", "Outdoor Round Pillow", 34, _HOME),
        item("PIL2", "Boucle Round Pillow", 32, _HOME),
        item("BRD1", "Maple Edge Grain Cutting Board", 84, ["Kitchen", "Cutting Boards"]),
        item("BRD2", "Bamboo Set Cutting Board", 64, ["Kitchen", "Cutting Boards"]),
        item("KNI1", "Santoku 7in Knife", 20, ["Kitchen", "Cutlery"]),
        item("SUN1", "Kids Gentle Sunscreen SPF 50", 29, ["Beauty", "Sun Care"]),
        item("SUN2", "Mineral Face Sunscreen SPF 50", 11, ["Beauty", "Sun Care"]),
        item("SNK1", "Court Classic Sneaker", 66, ["Footwear", "Sneakers"], {"red": {"9": 5}}),
        item("LIP1", "Coral Glow Tinted Lip Balm", 14, ["Beauty", "Lip Care"], {"red": {"": 5}}),
        item("KET1", "Gooseneck Electric Kettle", 110, ["Kitchen", "Kettles"]),
        item("KET2", "Stovetop Whistling Kettle", 73, ["Kitchen", "Kettles"]),
        item("TEA1", "English Breakfast Tea", 7, ["Grocery", "Tea"]),
        item("TEA2", "Peppermint Tea", 10, ["Grocery", "Tea"]),
        item("GLS1", "Glass Electric Kettle", 138, ["Kitchen", "Kettles"]),
        item("LMP1", "Clip-On Reading Lamp", 168, ["Home", "Lamps"]),
        item("SHD1", "Roadster Classic Sunglasses", 180, ["Accessories", "Sunglasses"]),
        item("VAN1", "Bathroom Light Vanity", 199, ["Home", "Vanities"]),
        item("VLT1", "LED Vanity Light", 45, ["Home", "Lighting"]),
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("I'd like a speaker for the garden, we have lots of people round in the summer.", "SPK"),
        (
            "Hi, I'm after a cutting board, a good wooden one. My brother just bought his first "
            "house and he cooks a lot.",
            "BRD",
        ),
    ],
)
def test_a_clause_about_someone_is_no_part_of_the_request(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind}, turn.reply


def test_a_colour_said_of_skin_is_no_colour_and_sun_cream_is_sunscreen(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent,
        "We're off to the Algarve in July with the little ones. I need a sun cream that's gentle "
        "enough for children's skin, my youngest goes red so easily.",
    )
    assert kinds(turn) == {"SUN"}, turn.reply
    assert " red" not in turn.reply


def test_a_modifier_said_after_its_noun_keeps_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "please i want buy kettle electric for make tea, under 120")
    assert kinds(turn) == {"KET"}, turn.reply


def test_a_kind_of_its_own_after_another_is_the_kind(agent: ShoppingAgent) -> None:
    """ "vanity light" is a light, though a title writes "Light Vanity": the last word is a
    kind the store sells itself, not a modifier said after its noun (a ChatShop goal)."""
    (turn,) = talk(agent, "i need a bathroom vanity light that is easy to install, under 150")
    assert kinds(turn) == {"VLT"}, turn.reply


def test_a_message_about_an_order_keeps_every_clause() -> None:
    """ "I'm certain, go ahead" answers the cancel's question; it is no context to drop."""
    text = "oops, I need to cancel that order - I'm certain, go ahead"
    assert without_context(text, lambda part: True, lambda head: True) == text


def test_do_you_do_asks_for_a_kind_not_sold(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "Do you do reading glasses? I need +2.0, I keep losing mine around the house."
    )
    assert "carry" in turn.reply, turn.reply
    assert kinds(turn) <= {"SHD"}, turn.reply


def test_a_person_who_needs_a_thing_is_the_request() -> None:
    """ "My grandson needs headphones for school" names what is wanted; the clause after it
    about him breaking them is context; the budget stays."""
    text = (
        "My grandson needs headphones for school. He is always breaking them, so I don't want"
        " to spend more than $65 on a pair."
    )
    kept = without_context(text, lambda part: "headphones" in part or "pair" in part,
                           lambda head: True)  # fmt: skip
    assert "headphones" in kept and "$65" in kept, kept
    assert "breaking" not in kept, kept
