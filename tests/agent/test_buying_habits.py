"""A buying habit told beside a photo ("I buy this every month, do you sell it?") is a remark and
a question: the product is shown, nothing goes into the cart until the shopper asks for it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import SHOE_PHOTO, Shop, sample_catalog_products
from tests.agent.talk import cart_lines, ids
from vision.facts import ImageFacts, SimilarItem

_TEA_BOX = ImageFacts(
    image_id="x",
    text="JASMINE GREEN TEA\n40 TEA BAGS",
    similar=[SimilarItem(id="peppermint-tea", score=0.6)],
    text_matches=[SimilarItem(id="jasmine-green-tea", score=0.9)],
)


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Tea"})


@pytest.mark.parametrize(
    "message",
    [
        "I buy this every month, do you sell it?",
        "I always buy these, do you have them?",
        "we order this every week, you have it?",
        "I've been buying it for years - do you carry it?",
    ],
)
def test_a_habit_told_with_a_photo_asks_and_adds_nothing(
    agent: ShoppingAgent, shop: Shop, message: str
) -> None:
    shop.vision = ScriptedVision(_TEA_BOX)
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert "jasmine-green-tea" in ids(turn), turn.reply
    assert cart_lines(turn) == [], turn.reply


def test_a_habit_then_an_explicit_ask_still_adds(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(_TEA_BOX)
    turn = agent.chat(None, "I buy this every month, add 2 to my cart", image=SHOE_PHOTO)
    assert [(p, q) for p, _, q in cart_lines(turn)] == [("jasmine-green-tea", 2)], turn.reply


@pytest.mark.parametrize(
    "follow_up",
    [
        "great, add 3 of it and one peppermint tea",
        "perfect, I'll take 3 of those and one peppermint tea",
        "ok add 3 of this plus a peppermint tea",
    ],
)
def test_a_pointer_and_a_named_item_each_get_their_own_count(
    agent: ShoppingAgent, shop: Shop, follow_up: str
) -> None:
    shop.vision = ScriptedVision(_TEA_BOX)
    thread = agent.chat(None, "I buy this every month, do you sell it?", image=SHOE_PHOTO)
    turn = agent.chat(thread.thread_id, follow_up)
    got = sorted((p, q) for p, _, q in cart_lines(turn))
    assert got == [("jasmine-green-tea", 3), ("peppermint-tea", 1)], turn.reply
