"""Where two readings meet, through `ShoppingAgent.chat`: a look-alike of a named product in a
shade said is in that shade, a match to the shopper's own thing keeps what follows a dash, and a
problem told beside an ask leaves the ask its own ("need a jump starter", "do you still sell this
one?" with a photo, "but not silnylon")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.service import ShoppingAgent
from aisle.settings import Settings
from catalog.filters import SearchFilters
from catalog.model import Product
from tests.agent.shop import SHOE_PHOTO, FakeVision, Shop
from tests.agent.store import item
from tests.agent.talk import ids, talk
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem

RUNNING = ["Footwear", "Running Shoes"]
JACKETS = ["Apparel", "Jackets"]
TENTS = ["Outdoors", "Camping", "Tents"]
BOTTLES = ["Outdoors", "Water Bottles"]


def _told(product: Product, description: str) -> Product:
    return product.model_copy(update={"description": description})


@pytest.fixture
def products() -> list[Product]:
    return [
        item("RS1", "Tempo Glide 4 Running Shoe", 150, RUNNING, colors={"black": {"9": 5}}),
        item("RS2", "Daily Miles Running Shoe", 130, RUNNING, colors={"navy": {"9": 5}}),
        item("RS3", "Swift Racer Running Shoe", 80, RUNNING, colors={"teal": {"9": 5}}),
        item("JK1", "Ridgeway Down Jacket", 218, JACKETS, {"olive": {"M": 5}}, waterproof="yes"),
        item("JK2", "Stormline Rain Jacket", 151, JACKETS, {"olive": {"M": 5}}, waterproof="no"),
        _told(item("TN1", "Ultralight 1P Tent", 310, TENTS, material="silnylon"), "Packs small."),
        _told(item("TN2", "Family Dome 6P Tent", 387, TENTS, material="polyester"), "Seals."),
        _told(item("WB1", "Trail Squeeze Water Bottle", 47, BOTTLES), "A soft squeeze bottle."),
        _told(item("WB2", "Chug Lid Water Bottle", 19, BOTTLES), "A leakproof lid that seals."),
        _told(
            item("CH1", "Power Bank 10000mAh Charger", 31, ["Electronics", "Chargers"]),
            "A battery power bank charger for your phone.",
        ),
    ]


class BottleVision(FakeVision):
    """The photo is of the squeeze bottle."""

    def analyze_image(
        self, image: Path | bytes, question: str | None = None,
        filters: SearchFilters | None = None, limit: int = 5,
    ) -> ImageFacts:  # fmt: skip
        return ImageFacts(
            image_id="x",
            colors=[ColorShare(name="black", share=0.7)],
            categories=[CategoryScore(label="Water Bottles", score=0.8)],
            unsure=False,
            similar=[SimilarItem(id="WB1", score=0.9), SimilarItem(id="WB2", score=0.5)],
        )


@pytest.fixture
def agent(settings: Settings, shop: Shop) -> Iterator[ShoppingAgent]:
    shop.vision = BottleVision()
    opened = ShoppingAgent.open(settings, shop)
    yield opened
    opened.close()


def test_a_look_alike_of_a_named_product_in_a_shade_is_in_that_shade(agent: ShoppingAgent) -> None:
    (like,) = talk(agent, "running shoes similar to the Tempo Glide 4 but in navy")
    assert ids(like) == ["RS2"], like.reply  # not the teal one of the same family


def test_a_match_to_their_own_thing_keeps_what_follows_a_dash(agent: ShoppingAgent) -> None:
    (jackets,) = talk(agent, "a jacket that goes with my olive beanie - has to be waterproof")
    assert ids(jackets) == ["JK1"], jackets.reply


def test_a_problem_told_keeps_its_but_not(agent: ShoppingAgent) -> None:
    said = "old tent leaks. want a new one but not silnylon, mine was silnylon and it sagged"
    (tents,) = talk(agent, said)
    assert tents.products and "TN1" not in ids(tents), tents.reply


def test_a_kind_asked_beside_a_problem_is_that_kind_sold_or_not(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my car battery keeps dying, need a jump starter")
    assert not turn.products and "don't carry" in turn.reply, turn.reply


def test_a_problem_told_with_a_photo_of_their_own_asks_about_the_photo(
    agent: ShoppingAgent,
) -> None:
    turn = agent.chat(None, "my bottle started leaking, do you still sell this one?", SHOE_PHOTO)
    assert turn.products and turn.products[0].id == "WB1", turn.reply
