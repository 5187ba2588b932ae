"""What a photo's words say it goes with is the shopper's own, not the photo's kind: "add this
one in navy, size 10, it matches my socks" adds the shoe the photo shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.service import ShoppingAgent
from aisle.settings import Settings
from catalog.filters import SearchFilters
from tests.agent.shop import SHOE_PHOTO, FakeVision, Shop
from tests.agent.talk import cart_lines
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


class KindNamingVision(FakeVision):
    """As the real vision does, a kind the question names ranks its look-alikes first."""

    def analyze_image(
        self, image: Path | bytes, question: str | None = None,
        filters: SearchFilters | None = None, limit: int = 5,
    ) -> ImageFacts:  # fmt: skip
        if question and "sock" in question.lower():
            return ImageFacts(
                image_id="x",
                colors=[ColorShare(name="blue", share=0.7)],
                categories=[CategoryScore(label="Socks", score=0.8)],
                unsure=False,
                similar=[SimilarItem(id="INJ1", score=0.9)],
            )
        return super().analyze_image(image, question, filters, limit)


@pytest.fixture
def agent(settings: Settings, shop: Shop) -> Iterator[ShoppingAgent]:
    shop.vision = KindNamingVision()
    opened = ShoppingAgent.open(settings, shop)
    yield opened
    opened.close()


def test_what_the_photo_matches_of_mine_is_not_its_kind(agent: ShoppingAgent) -> None:
    message = "add this one in navy size 10 to my cart, it matches my socks"
    turn = agent.chat(None, message, image=SHOE_PHOTO)
    assert [line[0] for line in cart_lines(turn)] == ["TRL2"], turn.reply
