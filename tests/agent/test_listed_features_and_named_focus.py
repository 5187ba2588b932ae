"""Follow-ups that keep what was said, through `ShoppingAgent.chat`: a feature that narrows the
list and lasts ("only high rise", then "and under 100"), "are they polarized?" about the product
just named (not the one titled Polarized), the price of the size named ("12 inch how much"),
one listed product against another ("is the third thicker than the first?"), a question the
record cannot answer said plainly, and a photo with a colour whose look-alikes agree on no kind.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.photo_facts import photo_of
from tests.agent.shop import SHOE_PHOTO, Shop
from tests.agent.store import item
from tests.agent.talk import ids, talk

JEANS = ["Apparel", "Jeans"]
SUNGLASSES = ["Accessories", "Sunglasses"]
MATS = ["Fitness", "Yoga Mats"]


def _skillet() -> Product:
    """Priced by size: the 8 in for $40, the 12 in for $60."""
    sized = [("8 in", 40), ("12 in", 60)]
    variants = [
        Variant(id=f"SK1-{size[:2].strip()}", options={"color": "red", "size": size},
                price=Money.from_decimal(str(dollars), "USD"), stock=3)
        for size, dollars in sized
    ]  # fmt: skip
    return Product(id="SK1", title="Cast Iron Skillet", category=["Kitchen", "Cookware"],
                   variants=variants)  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        item("JN1", "Relaxed Carpenter Jean", 130, JEANS, rise="high", fit="relaxed"),
        item("JN2", "Selvedge Straight Jean", 93, JEANS, rise="mid", fit="relaxed"),
        item("JN3", "Straight 211 Jean", 63, JEANS, rise="high", fit="skinny"),
        item("JN4", "Bootcut Classic Jean", 145, JEANS, rise="high", fit="relaxed"),
        item("SG1", "Cat Eye Sunglasses", 169, SUNGLASSES, polarized="yes"),
        item("SG2", "Roadster Classic Sunglasses", 180, SUNGLASSES, polarized="no"),
        item("SG3", "Polarized Fishing Sunglasses", 107, SUNGLASSES, polarized="yes"),
        _skillet(),
        item("MT1", "Cork Yoga Mat", 34, MATS, thickness="1.5 mm"),
        item("MT2", "Cushion Yoga Mat", 40, MATS, thickness="8 mm"),
        item("MT3", "Travel Yoga Mat", 49, MATS, thickness="5 mm"),
        item("BP1", "Commuter Backpack", 120, ["Bags", "Backpacks"], material="waxed canvas"),
        item("TE1", "Red Crew Tee", 20, ["Apparel", "T-Shirts"], colors={"red": {"M": 4}}),
    ]


def test_a_feature_narrows_the_list_and_lasts(agent: ShoppingAgent) -> None:
    _, high, cheap = talk(agent, "jeans", "only high rise", "and under 100")
    assert sorted(ids(high)) == ["JN1", "JN3", "JN4"], high.reply
    assert ids(cheap) == ["JN3"], cheap.reply


def test_a_feature_value_with_its_name_is_no_title_word(agent: ShoppingAgent) -> None:
    _, relaxed = talk(agent, "jeans", "relaxed fit please")
    assert sorted(ids(relaxed)) == ["JN1", "JN2", "JN4"], relaxed.reply


def test_are_they_asks_about_the_product_just_named(agent: ShoppingAgent) -> None:
    _, polarized = talk(agent, "show me the roadster classic sunglasses", "are they polarized")
    assert "Roadster Classic Sunglasses is not polarized" in polarized.reply, polarized.reply


def test_the_price_of_the_size_named(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "cast iron skillet 12 inch how much")
    assert "$60.00" in turn.reply and "$40.00" not in turn.reply, turn.reply


def test_one_listed_product_against_another_compares_them(agent: ShoppingAgent) -> None:
    mats, thicker = talk(agent, "yoga mats", "is the third one thicker than the first?")
    first, third = (next(p.title for p in mats.products if p.ordinal == n) for n in (1, 3))
    assert first in thicker.reply and third in thicker.reply, thicker.reply
    assert "thickness" in thicker.reply, thicker.reply


def test_a_does_question_the_record_cannot_answer_is_said_plainly(agent: ShoppingAgent) -> None:
    _, laptop = talk(agent, "commuter backpack", "does it fit a laptop?")
    assert "doesn't say" in laptop.reply and "laptop" in laptop.reply, laptop.reply
    assert "comes in one size" not in laptop.reply, laptop.reply


def test_a_colour_asked_of_a_photo_keeps_the_best_look_alikes_department(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = photo_of(("SK1", 0.9), ("TE1", 0.85), colour="green")
    turn = agent.chat(None, "do you sell this in red?", image=SHOE_PHOTO)
    assert ids(turn) == ["SK1"], turn.reply
