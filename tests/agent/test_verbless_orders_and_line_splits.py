"""Orders by a product's name with no verb, and line edits in plain words, through
`ShoppingAgent.chat`: a title with its options and a "please", a count or a recipient is an add;
typed like a search it lists the product first; ", 12 oz" closing an item is its size; "make the
socks 2 and the beanie 3" is two edits; "one of them in black instead" splits the line."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, category: list[str], options: list[dict[str, str]]) -> Product:
    charcoal = [opts for opts in options if "charcoal" in opts.values()]
    return acme_product(
        pid, title, category, options=options, stock=60, sold_out=charcoal, brand=None,
        description="", first_id=0,
    )  # fmt: skip


PRODUCTS = [
    _product(
        "TEE1", "Harbor Slub Tee", ["Apparel", "T-Shirts"],
        [{"color": c, "size": s} for c in ["navy", "sage"] for s in ["S", "M", "L"]],
    ),
    _product(
        "SOCK1", "Alpaca Trek Socks", ["Apparel", "Socks"],
        [{"color": c, "size": s} for c in ["cream", "rust"] for s in ["S", "M", "L"]],
    ),
    _product(
        "HAT1", "Ribbed Knit Beanie", ["Apparel", "Hats"], [{"color": "olive"}, {"color": "black"}]
    ),
    _product(
        "MUG1", "Glazed Camp Mug", ["Home", "Mugs"],
        [{"color": c, "capacity": v} for c in ["sage", "cream"] for v in ["12 oz", "16 oz"]],
    ),
    _product(
        "LAMP1", "Dome Table Lamp", ["Home", "Lamps"], [{"color": "gold"}, {"color": "charcoal"}]
    ),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_title_with_options_and_please_is_an_add(agent: ShoppingAgent) -> None:
    turn = talk(agent, "harbor slub tee in navy, large please")[-1]
    assert cart_lines(turn) == [("TEE1", "navy / l", 1)]


def test_title_typed_with_every_option_is_an_add(agent: ShoppingAgent) -> None:
    turn = talk(agent, "harbor slub tee in sage size M")[-1]
    assert cart_lines(turn) == [("TEE1", "sage / m", 1)], turn.reply


def test_count_title_measure_and_recipient_is_one_item(agent: ShoppingAgent) -> None:
    turn = talk(agent, "a dozen Glazed Camp Mugs in cream, 12 oz, for the break room")[-1]
    assert cart_lines(turn) == [("MUG1", "cream / 12 oz", 12)]


def test_two_counts_in_one_edit(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add alpaca trek socks in cream, size M",
        "add a ribbed knit beanie in black",
        "change the socks to 2 and the beanie to 3",
    )[-1]
    assert cart_lines(turn) == [("HAT1", "black", 3), ("SOCK1", "cream / m", 2)]


def test_one_of_them_in_another_colour_splits_the_line(agent: ShoppingAgent) -> None:
    turn = talk(
        agent, "add 3 alpaca trek socks in cream, size L", "actually make one of them rust instead"
    )[-1]
    assert cart_lines(turn) == [("SOCK1", "cream / l", 2), ("SOCK1", "rust / l", 1)]


def test_a_sold_out_variant_looked_at_says_so(agent: ShoppingAgent) -> None:
    turn = talk(agent, "dome table lamp in charcoal u have it")[-1]
    assert re.search(r"out of stock|sold out", turn.reply) and len(turn.products) <= 1
    assert cart_lines(turn) == []
