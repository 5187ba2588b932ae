"""After a photo whose look-alikes differ in kind (running shoes and sneakers) but are mostly of
one family (footwear), "add this in size 9" adds the best look-alike that comes in that size and
says it is the closest match; "do they come in a 9?" lists those of them that do. Look-alikes of
no common family still get the question which one."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.photo_facts import ScriptedVision
from tests.agent.shop import SHOE_PHOTO, Shop, sample_products
from tests.agent.test_photos import _item


def _sneaker(pid: str, title: str, color: str, sizes: list[str]) -> Product:
    variants = [
        Variant(id=f"{pid}-{size}", options={"color": color, "size": size},
                price=Money.from_decimal("70", "USD"), stock=4)
        for size in sizes
    ]  # fmt: skip
    return Product(id=pid, title=title, category=["Footwear", "Sneakers"], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        *sample_products(),
        _sneaker("SNK1", "Canvas High Sneaker", "black", ["9", "10"]),
        _sneaker("SNK2", "Leather Cupsole Sneaker", "white", ["9"]),
    ]


# running shoes 2, sneakers 2, socks 1: no kind agreed and no clear lead; footwear 4 of 5
_SHOES = [("TRL3", 0.80), ("SNK1", 0.79), ("INJ1", 0.785), ("SNK2", 0.78), ("TRL1", 0.77)]


def test_add_this_in_a_size_takes_the_closest_of_the_family(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_item(_SHOES))
    first = agent.chat(None, "what are these?", image=SHOE_PHOTO)
    assert first.cart is None
    added = agent.chat(first.thread_id, "add this in size 9")
    assert added.cart is not None, added.reply  # TRL3 has no 9: the next shoe that has one
    assert [li.variant_id for li in added.cart.lines] == ["SNK1-9"]
    assert "closest match" in added.reply


def test_a_size_question_lists_the_look_alikes_that_have_it(
    agent: ShoppingAgent, shop: Shop
) -> None:
    shop.vision = ScriptedVision(_item(_SHOES))
    first = agent.chat(None, "love these", image=SHOE_PHOTO)
    asked = agent.chat(first.thread_id, "do they come in a size 9?")
    assert [p.id for p in asked.products] == ["SNK1", "SNK2", "TRL1"], asked.reply
    added = agent.chat(first.thread_id, "great, add them")
    assert added.cart is not None, added.reply
    assert [li.variant_id for li in added.cart.lines] == ["SNK1-9"]


def test_look_alikes_of_no_common_family_still_ask_which(agent: ShoppingAgent, shop: Shop) -> None:
    shop.vision = ScriptedVision(
        _item([("BAG1", 0.80), ("TRL1", 0.79), ("GRO1", 0.785), ("INJ1", 0.78)])
    )
    first = agent.chat(None, "what is this?", image=SHOE_PHOTO)
    asked = agent.chat(first.thread_id, "add this in size 9")
    assert asked.cart is None and "Which one" in asked.reply, asked.reply
