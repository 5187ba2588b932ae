"""A line's size changed the way a shopper unsure of the fit says it, through
`ShoppingAgent.chat`: "our bed is a king, switch it" (a bed size, not a colour), "make them the
15s", "oh wait before I confirm -- make it an XL" at the confirmation (a change, not a no);
an order by title ending "M please" or naming a "Pullover" is an add in English; "the S then,
it's oversized anyway" answers which one; after a cancelled order, "add the same tee in M"
keeps the colour it had."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("BLK1", "Cotton Waffle Blanket", ["Home", "Bedding", "Blankets"], "108",
             colors=["navy", "rust"], sizes=["throw", "queen", "king"]),
    _product("DB1", "Hex Rubber Dumbbell", ["Sports & Outdoors", "Fitness", "Dumbbells"], "60",
             colors=["black"], sizes=["10 lb", "15 lb"]),
    _product("TEE1", "Organic Crew Tee", ["Apparel", "T-Shirts"], "21",
             colors=["burgundy", "white"], sizes=["S", "M", "L", "XL"]),
    _product("HOOD1", "Quarter Zip Hoodie", ["Apparel", "Hoodies"], "51",
             colors=["black", "rust"], sizes=["S", "M", "L"]),
    _product("HOOD2", "Varsity Pullover Hoodie", ["Apparel", "Hoodies"], "70",
             colors=["charcoal", "rust"], sizes=["S", "M", "L"]),
    _product("TEE2", "Boxy Oversized Tee", ["Apparel", "T-Shirts"], "32",
             colors=["heather gray", "red"], sizes=["S", "M"],
             sold_out=[{"color": "heather gray", "size": "M"}]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_a_bed_size_named_in_a_correction_is_the_size(agent: ShoppingAgent) -> None:
    *_, switched = talk(
        agent,
        "add the Cotton Waffle Blanket in navy, queen",
        "oh wait our bed is a king, switch it",
    )
    assert cart_lines(switched) == [("BLK1", "navy / king", 1)], switched.reply


def test_a_plural_number_is_the_lines_measure(agent: ShoppingAgent) -> None:
    *_, changed = talk(agent, "add 2 hex rubber dumbbells, 10 lb", "hmm actually make them the 15s")
    assert cart_lines(changed) == [("DB1", "black / 15 lb", 2)], changed.reply


def test_a_size_change_before_confirming_changes_the_order_shown(agent: ShoppingAgent) -> None:
    *_, changed = talk(
        agent, "add Organic Crew Tee in burgundy, size M", f"checkout. {BUYER}",
        "oh wait before I confirm -- make it an XL, I like them baggy",
    )  # fmt: skip
    assert cart_lines(changed) == [("TEE1", "burgundy / xl", 1)], changed.reply
    assert changed.awaiting_confirmation and changed.order is None, changed.reply


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("Quarter Zip Hoodie in rust, M please", ("HOOD1", "rust / m", 1)),
        ("Varsity Pullover Hoodie, charcoal, M", ("HOOD2", "charcoal / m", 1)),
    ],
)
def test_a_title_with_its_options_is_an_add(
    agent: ShoppingAgent, said: str, line: tuple[str, str, int]
) -> None:
    (added,) = talk(agent, said)
    assert cart_lines(added) == [line], added.reply


def test_an_answer_with_its_reason_after_it_is_an_answer(agent: ShoppingAgent) -> None:
    refused, added = talk(
        agent, "add the Boxy Oversized Tee in heather gray, size M",
        "ugh ok, the S then, it's oversized anyway",
    )  # fmt: skip
    assert cart_lines(refused) == [], refused.reply
    assert cart_lines(added) == [("TEE2", "heather gray / s", 1)], added.reply


def test_a_reorder_after_cancelling_keeps_the_orders_colour(agent: ShoppingAgent) -> None:
    *_, placed, _, cancelled, added = talk(
        agent, "Organic Crew Tee in white, L", f"checkout: {BUYER}", "yes",
        "please cancel the order, L will be too big", "yes", "ok now add the same tee in M",
    )  # fmt: skip
    assert placed.order is not None and cancelled.order is not None, cancelled.reply
    assert cart_lines(added) == [("TEE1", "white / m", 1)], added.reply
