"""Long, natural requests through `ShoppingAgent.chat`: the kind named is what is shown, and only
that kind; who it is for, why, and what happened are context ("for make tea", "for the garden",
"my youngest goes red so easily"), never a kind or a colour to search for."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import kinds, talk

KETTLES, TEA = ["Kitchen", "Appliances", "Kettles"], ["Grocery", "Tea"]
SPEAKERS, PILLOWS = ["Electronics", "Audio", "Speakers"], ["Home", "Bedding", "Pillows"]
SCARVES, BLANKETS = ["Accessories", "Scarves"], ["Home", "Bedding", "Blankets"]
HOODIES, DRESSES = ["Apparel", "Tops", "Hoodies"], ["Apparel", "Dresses"]
SUN, SNEAKERS = ["Beauty", "Sun Care"], ["Footwear", "Sneakers"]


@pytest.fixture
def products() -> list[Product]:
    red = {"red": {"": 5}}
    sizes = {"navy": {"XS": 5, "M": 5}}
    return [
        item("KET1", "Glass Electric Kettle", 60, KETTLES),
        item("KET2", "Stovetop Whistling Kettle", 73, KETTLES),
        item("TEA1", "Jasmine Green Tea", 12, TEA),
        item("TEA2", "English Breakfast Tea", 7, TEA),
        item("SPK1", "Pocket Mini Speaker", 45, SPEAKERS),
        item("SPK2", "Party Tower Speaker", 250, SPEAKERS),
        item("PIL1", "Boucle Round Pillow", 32, PILLOWS),
        item("PIL2", "Outdoor Stripe Pillow", 34, PILLOWS),
        item("SCF1", "Chunky Knit Scarf", 119, SCARVES),
        item("SCF2", "Cashmere Blend Scarf", 39, SCARVES),
        item("BLK1", "Wool Camp Blanket", 170, BLANKETS),
        item("BLK2", "Sherpa Fleece Blanket", 198, BLANKETS),
        item("HD1", "Summit Tech Hoodie", 52, HOODIES, sizes),
        item("HD2", "Terry Zip Lounge Hoodie", 71, HOODIES, sizes),
        item("DR1", "Linen Midi Dress", 80, DRESSES, sizes),
        item("SUN1", "Kids Gentle Sunscreen SPF 50", 29, SUN),
        item("SUN2", "Mineral Face Sunscreen SPF 50", 31, SUN),
        item("SUN3", "Tinted Daily Sunscreen SPF 50", 27, SUN),
        item("SNK1", "Court Classic Sneaker", 66, SNEAKERS, red),
    ]


def test_the_kind_named_first_is_the_search_not_what_it_is_for(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "please i want buy kettle electric for make tea, under 120")
    assert kinds(turn) == {"KET"}, turn.reply


def test_a_kind_before_a_context_clause_is_the_search(agent: ShoppingAgent) -> None:
    said = "I'd like a speaker for the garden, we have lots of people round in the summer."
    (turn,) = talk(agent, said)
    assert kinds(turn) == {"SPK"}, turn.reply


def test_a_long_request_lists_only_the_kind_it_names(agent: ShoppingAgent) -> None:
    said = (
        "My girlfriend keeps stealing my hoodies, so I thought I'd buy her her own. "
        "She's an XS, and she'd probably like navy."
    )
    (turn,) = talk(agent, said)
    assert kinds(turn) == {"HD"}, turn.reply


def test_a_colour_said_of_a_change_is_no_colour_asked_for(agent: ShoppingAgent) -> None:
    said = (
        "We're off to the Algarve in July with the little ones. I need a sun cream that's "
        "gentle enough for children's skin, my youngest goes red so easily."
    )
    (turn,) = talk(agent, said)
    assert kinds(turn) == {"SUN"} and " red" not in turn.reply, turn.reply


def test_a_kind_named_before_the_recipient_is_not_a_gift_to_guess(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I'm looking for a scarf for my mum, she's always cold, bless her.")
    assert kinds(turn) == {"SCF"}, turn.reply


def test_a_learners_comparative_narrows_the_list(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "show me speakers", "and something more cheap? under 100 maybe")
    assert kinds(turn) == {"SPK"} and "don't carry" not in turn.reply, turn.reply
