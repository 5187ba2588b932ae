"""Cart edits said with a reason attached, through `ShoppingAgent.chat`: "remove it, it won't
make it for the trip" removes the only line; "make it 4, one more runner signed up" is 4;
"make the tee 2, they're only 14 each" leaves the other line alone (14 each is a price);
"take out whichever one is more expensive" removes the pricier line; "no pretzels, just the
chips" removes the pretzels, never swaps one line for the other; "navy 10" is size 10."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)


PRODUCTS = [
    _product("BLANK1", "Wool Camp Blanket", ["Home", "Blankets"], "210",
             colors=["charcoal", "red"], sizes=["twin", "queen"]),
    _product("BOTTLE1", "Trail Squeeze Water Bottle", ["Sports & Outdoors", "Water Bottles"], "47",
             colors=["black"], sizes=["20 oz"]),
    _product("TEE1", "Pima Crew Tee", ["Clothing", "T-Shirts"], "14",
             colors=["olive"], sizes=["S", "M"]),
    _product("HAT1", "Trucker Mesh Hat", ["Accessories", "Hats"], "21",
             colors=["forest green"], sizes=["One Size"]),
    _product("CAP1", "Dad Cap Washed Hat", ["Accessories", "Hats"], "19",
             colors=["navy"], sizes=["One Size"]),
    _product("SUN1", "Sport Wrap Sunglasses", ["Accessories", "Sunglasses"], "50",
             colors=["navy"]),
    _product("SAN1", "Recovery Slide Sandal", ["Footwear", "Sandals"], "26",
             colors=["navy", "black"], sizes=["6", "7", "9", "10", "11"]),
    _product("CHIP1", "Sea Salt Kettle Chips", ["Grocery", "Snacks"], "4", colors=[]),
    _product("CHIP2", "Pretzel Twists Chips", ["Grocery", "Snacks"], "4", colors=[]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_remove_it_with_a_reason_removes_the_only_line(agent: ShoppingAgent) -> None:
    *_, removed = talk(
        agent,
        "add the Wool Camp Blanket in charcoal, queen",
        "ugh, remove it, it won't make it for the cabin trip",
    )
    assert cart_lines(removed) == [], removed.reply


def test_make_it_n_with_one_more_as_the_reason(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent,
        "3 Trail Squeeze Water Bottles, black, 20 oz",
        "make it 4, one more runner just signed up",
    )
    assert cart_lines(changed) == [("BOTTLE1", "black / 20 oz", 4)], changed.reply


def test_a_price_aside_does_not_change_the_other_line(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent,
        "add a Pima Crew Tee, olive, small",
        "and the Trucker Mesh Hat",
        "make the tee 2, they're only 14 each",
    )
    counts = {line[0]: line[2] for line in cart_lines(changed)}
    assert counts == {"TEE1": 2, "HAT1": 1}, changed.reply


def test_remove_the_more_expensive_one(agent: ShoppingAgent) -> None:
    *_, removed = talk(
        agent,
        "add the Dad Cap Washed Hat in navy",
        "and the Sport Wrap Sunglasses in navy too",
        "over budget. take out whichever one is more expensive",
    )
    assert [line[0] for line in cart_lines(removed)] == ["CAP1"], removed.reply


def test_no_pretzels_just_the_chips(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent,
        "add the Sea Salt Kettle Chips and the Pretzel Twists Chips, one each",
        "actually no pretzels, just the chips",
    )
    assert [line[0] for line in cart_lines(changed)] == ["CHIP1"], changed.reply


def test_a_number_after_the_colour_is_the_size(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent, "add the Pima Crew Tee olive size S", "also the Recovery Slide Sandal navy 10"
    )
    assert ("SAN1", "navy / 10", 1) in cart_lines(added), added.reply


def test_make_it_n_with_the_reason_about_my_own_body(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent,
        "pop 2 of the Pima Crew Tee in olive, size M in my basket",
        "make it 3, my feet are always freezing",
    )
    assert cart_lines(changed) == [("TEE1", "olive / m", 3)], changed.reply
