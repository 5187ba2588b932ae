"""A material asked about the photographed item after its matches were listed ("this tote", then
"is it real leather?") is answered from the first match's own material attribute, never from
another listed product whose title holds the material's word (a "Leather Carryall Tote Bag" made
of jute)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item

TOTES = ["Bags", "Totes"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TO1", "Beach Stripe Tote Bag", 52, TOTES, material="vegetable-tanned leather"),
        item("TO2", "Farmers Jute Tote Bag", 51, TOTES, material="jute"),
        item("TO3", "Leather Carryall Tote Bag", 29, TOTES, material="jute"),
        item("TO4", "Market Canvas Tote Bag", 30, TOTES, material="cotton canvas"),
    ]


def test_real_leather_asked_after_a_photo_answers_for_its_first_match(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("TO1", 0.9), ("TO2", 0.7), ("TO3", 0.65), ("TO4", 0.6), colour="beige")
    first = agent.chat(None, "this tote", image=SHOE_PHOTO)
    assert [p.id for p in first.products][:1] == ["TO1"], first.reply
    turn = agent.chat(first.thread_id, "is it real leather?")
    assert "vegetable-tanned leather" in turn.reply, turn.reply
    assert "Carryall" not in turn.reply, turn.reply


def test_real_leather_asked_of_a_product_named_for_leather_answers_from_its_material(
    agent: ShoppingAgent,
) -> None:
    first = agent.chat(None, "totes")
    turn = agent.chat(first.thread_id, "is the leather carryall tote real leather?")
    assert "jute" in turn.reply.lower(), turn.reply
