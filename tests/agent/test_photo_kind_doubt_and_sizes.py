"""Photos whose kind is unclear, "this but bigger" with or after a photo, and the turns right
after a photo, through `ShoppingAgent.chat`.

A few far look-alikes of one kind that the kind vote does not back are no answer: the reply says
it cannot tell and names the kinds instead of "one of our socks" for a lamp. "This but bigger"
is measured on the photographed item's record: its larger capacities, or larger products of its
kind, nearest first.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import SHOE_PHOTO, Shop, acme_product, sample_products
from vision.facts import CategoryScore, ColorShare, ImageFacts, SimilarItem


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _one(
    pid: str, title: str, category: list[str], price: float,
    attributes: dict[str, str] | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, price, brand=None, description="", attributes=attributes
    )


def _bottle() -> Product:
    variants = [
        Variant(id=f"BTL1-{c}", options={"color": "teal", "capacity": c}, price=_usd(p), stock=5)
        for c, p in (("20 oz", 30), ("32 oz", 35))
    ]
    return Product(
        id="BTL1", title="Trail Squeeze Bottle", category=["Outdoors", "Water Bottles"],
        variants=variants,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    bags = ["Bags", "Backpacks"]
    return [
        *sample_products(),
        _one("SCK2", "Cushioned Crew Sock", ["Apparel", "Socks"], 15),
        _one("SCK3", "Merino Hiker Sock", ["Apparel", "Socks"], 20),
        _one("LMP1", "Cordless Table Lamp", ["Home", "Lighting", "Lamps"], 140),
        _one("LMP2", "Arc Floor Lamp", ["Home", "Lighting", "Lamps"], 230),
        _one("TWL1", "Quick Dry Towel", ["Home", "Bath", "Towels"], 25),
        _one("WRK1", "Ironbark Work Boot", ["Footwear", "Boots"], 150),
        _one("WRK2", "Lumber 6-Inch Work Boot", ["Footwear", "Boots"], 160),
        _one("PK12", "Mini City 12L Backpack", bags, 55, attributes={"capacity": "12 L"}),
        _one("PK28", "Rolltop 28L Backpack", bags, 58, attributes={"capacity": "28 L"}),
        _one("PK35", "Summit 35L Backpack", bags, 70, attributes={"capacity": "35 L"}),
        _one("PK40", "Weekender 40L Backpack", bags, 108, attributes={"capacity": "40 L"}),
        _bottle(),
    ]


def _photo(
    similar: list[tuple[str, float]], votes: tuple[str, ...] = ("Apparel", "Home")
) -> ImageFacts:
    return ImageFacts(
        image_id="x",
        colors=[ColorShare(name="white", share=0.9)],
        main_color="white",
        color_confidence=0.7,
        categories=[CategoryScore(label=v, score=0.17) for v in votes],
        unsure=True,
        similar=[SimilarItem(id=i, score=s) for i, s in similar],
    )


# Three socks among five far look-alikes of a white lamp; the kind vote names no socks.
_LAMP = [("SCK2", 0.515), ("LMP1", 0.502), ("TWL1", 0.50), ("SCK3", 0.485), ("INJ1", 0.475)]


def test_far_look_alikes_of_one_kind_the_vote_does_not_back_are_said_to_be_unsure(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_photo(_LAMP))
    turn = agent.chat(None, "do you have this?", image=SHOE_PHOTO)
    assert "can't tell for sure" in turn.reply, turn.reply
    assert "socks" in turn.reply and "lamps" in turn.reply
    assert "one of our socks" not in turn.reply
    assert "LMP1" in [p.id for p in turn.products]


def test_close_look_alikes_of_one_kind_still_name_it(agent: ShoppingAgent, shop: Shop) -> None:
    near = [(pid, score + 0.2) for pid, score in _LAMP]
    shop.vision = ScriptedVision(_photo(near))
    turn = agent.chat(None, "do you have this?", image=SHOE_PHOTO)
    assert "one of our socks" in turn.reply, turn.reply


def test_far_look_alikes_all_of_one_kind_still_name_it(agent: ShoppingAgent, shop: Shop) -> None:
    socks = [("SCK2", 0.52), ("SCK3", 0.5), ("INJ1", 0.49)]
    shop.vision = ScriptedVision(_photo(socks))
    turn = agent.chat(None, "need socks like these", image=SHOE_PHOTO)
    assert "one of our socks" in turn.reply, turn.reply


def test_adding_a_photo_of_unclear_kind_asks_which(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(_photo(_LAMP))
    first = agent.chat(None, "nice", image=SHOE_PHOTO)
    added = agent.chat(first.thread_id, "add this to my cart")
    assert added.cart is None or not added.cart.lines, added.reply
    assert "Which one" in added.reply


def test_this_but_bigger_offers_the_larger_capacity_of_the_photographed_bottle(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_photo([("BTL1", 0.8), ("PK28", 0.6)], votes=("Water Bottles",)))
    turn = agent.chat(None, "this but bigger", image=SHOE_PHOTO)
    assert "32 oz ($35.00)" in turn.reply and "Which size" in turn.reply, turn.reply
    assert [p.id for p in turn.products] == ["BTL1"]
    assert turn.cart is None


def test_this_but_bigger_lists_larger_ones_of_the_kind_nearest_first(
    agent: ShoppingAgent, shop: Shop
) -> None:
    backpacks = [("PK28", 0.8), ("PK12", 0.7), ("PK35", 0.69), ("BAG1", 0.68), ("PK40", 0.6)]
    shop.vision = ScriptedVision(_photo(backpacks, votes=("Bags", "Backpacks")))
    turn = agent.chat(None, "same but in a larger size", image=SHOE_PHOTO)
    assert [p.id for p in turn.products] == ["PK35", "PK40"], turn.reply
    assert "28 L" in turn.reply


def test_a_bigger_version_right_after_the_photo_is_about_the_photographed_item(
    agent: ShoppingAgent, shop: Shop
) -> None:
    backpacks = [("PK35", 0.8), ("PK28", 0.7), ("PK12", 0.69), ("BAG1", 0.68), ("PK40", 0.6)]
    shop.vision = ScriptedVision(_photo(backpacks, votes=("Bags", "Backpacks")))
    first = agent.chat(None, "do you sell this?", image=SHOE_PHOTO)
    bigger = agent.chat(first.thread_id, "a bigger version of this?")
    assert [p.id for p in bigger.products] == ["PK40"], bigger.reply
    again = agent.chat(None, "how much is this", image=SHOE_PHOTO)
    smaller = agent.chat(again.thread_id, "hmm, got a smaller one?")
    assert [p.id for p in smaller.products] == ["PK28", "PK12"], smaller.reply


def test_bigger_of_a_kind_without_sizes_says_so_and_keeps_the_look_alikes(
    agent: ShoppingAgent, shop: Shop
) -> None:
    lamps = [("LMP1", 0.8), ("LMP2", 0.75), ("TWL1", 0.5)]
    shop.vision = ScriptedVision(_photo(lamps, votes=("Home", "Lamps")))
    turn = agent.chat(None, "this but bigger", image=SHOE_PHOTO)
    assert "doesn't give sizes for lamps" in turn.reply, turn.reply
    assert [p.id for p in turn.products][:2] == ["LMP1", "LMP2"]


def test_a_clause_about_a_failed_photo_is_not_searched(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "ugh pic didnt work. its a black backpack")
    assert turn.products and all(p.id.startswith("PK") for p in turn.products), turn.reply


def test_a_question_after_an_unclear_photo_match_is_answered_for_the_two_nearest(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shoes = [("TRL1", 0.74), ("TRL2", 0.73), ("TRL3", 0.72)]  # one kind, no clear lead
    shop.vision = ScriptedVision(_photo(shoes, votes=("Footwear", "Running Shoes")))
    first = agent.chat(None, "nice shoes", image=SHOE_PHOTO)
    asked = agent.chat(first.thread_id, "what's it made of?")
    assert "can't tell for sure" in asked.reply, asked.reply
    assert "mesh upper" in asked.reply and "recycled nylon" in asked.reply
