"""The cart in plain words, through `ShoppingAgent.chat`: what it costs so far (shipping and tax
too, never an add), another colour or size of a line by pronoun or noun, a change with nothing in
the cart, a count with a description of what was listed, and "one is enough" by the line's noun."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk


def _product(
    pid: str, title: str, category: str, dollars: str, colors: list[str], sizes: list[str]
) -> Product:
    return acme_product(
        pid, title, ["Shop", category], dollars, colors=colors, sizes=sizes, stock=30, brand=None,
        description="", first_id=0,
    )  # fmt: skip


JACKET_COLOURS = ["black", "forest green", "navy"]
JACKET_COLOURS = ["black", "forest green", "navy"]
PRODUCTS = [
    _product("JKT1", "Ridge Insulated Jacket", "Jackets", "90", JACKET_COLOURS, ["S", "M", "L"]),
    _product("JKT2", "Harbor Rain Jacket", "Jackets", "70", ["yellow"], ["S", "M", "L"]),
    _product("SCK1", "Wool Hiker Sock", "Socks", "18", ["grey"], ["M", "L"]),
    _product("SCK2", "Cotton Ankle Sock", "Socks", "9", ["white"], ["M", "L"]),
    _product("BTL1", "Steel Water Bottle", "Bottles", "25", [], []),
    _product("MUG1", "Stoneware Camp Mug", "Mugs", "15", [], []),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    "asked",
    [
        "how much do i owe you",
        "what's it all come to?",
        "whats the grand total rn",
        "ok how much is everything",
        "so what am i at now",
    ],
)
def test_what_the_cart_costs_so_far_shows_it_with_its_total(
    agent: ShoppingAgent, asked: str
) -> None:
    _, answered = talk(agent, "add the steel water bottle", asked)
    assert cart_lines(answered) == [("BTL1", "", 1)]  # nothing added or searched
    assert "Steel Water Bottle" in answered.reply and answered.products == []
    assert "Shipping: $5.99" in answered.reply and "Total: $30.99" in answered.reply


@pytest.mark.parametrize("asked", ["and w/ shipping?", "what about tax", "+ tax?", "incl tax??"])
def test_shipping_or_tax_after_the_cart_is_the_total_never_an_add(
    agent: ShoppingAgent, asked: str
) -> None:
    _, shown, answered = talk(agent, "add 2 steel water bottles", "show me my cart", asked)
    assert cart_lines(answered) == cart_lines(shown) == [("BTL1", "", 2)]
    assert "Shipping: $0.00" in answered.reply and "Total: $50.00" in answered.reply


@pytest.mark.parametrize("asked", ["what do we owe so far?", "how much is all of it"])
def test_what_is_owed_with_nothing_in_the_cart(agent: ShoppingAgent, asked: str) -> None:
    (answered,) = talk(agent, asked)
    assert "cart is empty" in answered.reply and "carry" not in answered.reply
    assert answered.cart is None and answered.products == []


@pytest.mark.parametrize("look", ["show basket pls", "what have i got in there so far"])
def test_a_look_at_the_basket_in_few_words(agent: ShoppingAgent, look: str) -> None:
    _, shown = talk(agent, "add the stoneware camp mug", look)
    assert "Stoneware Camp Mug" in shown.reply and "Subtotal" in shown.reply
    assert cart_lines(shown) == [("MUG1", "", 1)] and shown.products == []


@pytest.mark.parametrize(
    ("change", "variant"),
    [
        ("hmm can i have it in forest green instead", "forest green / l"),
        ("could i get that in navy instead?", "navy / l"),
        ("actually make it the forest green one", "forest green / l"),
    ],
)
def test_another_colour_of_the_line_by_pronoun(
    agent: ShoppingAgent, change: str, variant: str
) -> None:
    _, changed = talk(agent, "add the Ridge Insulated Jacket, black, L", change)
    assert cart_lines(changed) == [("JKT1", variant, 1)] and changed.products == []


@pytest.mark.parametrize(
    ("change", "variant"),
    [
        ("hmm can i have it in forest green instead", "forest green / l"),
        ("ok switch that to a medium pls", "black / m"),
        ("ooh could i get it in navy instead", "navy / l"),
    ],
)
def test_it_is_the_line_whose_product_comes_in_what_was_said(
    agent: ShoppingAgent, change: str, variant: str
) -> None:
    *_, changed = talk(
        agent, "add the Ridge Insulated Jacket, black, L", "add 2 steel water bottles", change
    )
    assert cart_lines(changed) == [("BTL1", "", 2), ("JKT1", variant, 1)]


@pytest.mark.parametrize(
    ("change", "variant"),
    [
        ("make the jacket the navy one", "navy / l"),
        ("i'd rather have the jacket in forest green", "forest green / l"),
        ("ugh swap the jacket to a medium pls", "black / m"),
    ],
)
def test_another_colour_or_size_of_the_line_by_its_noun(
    agent: ShoppingAgent, change: str, variant: str
) -> None:
    *_, changed = talk(
        agent, "add the Ridge Insulated Jacket, black, L", "add 2 steel water bottles", change
    )
    assert cart_lines(changed) == [("BTL1", "", 2), ("JKT1", variant, 1)]


@pytest.mark.parametrize("change", ["make it size M", "change that to navy pls"])
def test_a_variant_change_with_nothing_in_the_cart(agent: ShoppingAgent, change: str) -> None:
    (turn,) = talk(agent, change)
    assert "cart is empty" in turn.reply and "carry" not in turn.reply
    assert turn.cart is None and turn.products == []


def test_a_count_and_a_description_of_a_listed_product_adds_it(agent: ShoppingAgent) -> None:
    listed, asked, added = talk(agent, "socks", "lemme grab 2 of those, the cotton ones", "L")
    assert {p.id for p in listed.products} == {"SCK1", "SCK2"}
    assert "Cotton Ankle Sock" in asked.reply and asked.cart is None  # which size, first
    assert cart_lines(added) == [("SCK2", "white / l", 2)]


@pytest.mark.parametrize(
    ("enough", "lines"),
    [
        ("one bottle is enough", [("BTL1", "", 1), ("MUG1", "", 2)]),
        ("only need one mug", [("BTL1", "", 3), ("MUG1", "", 1)]),
        ("just the one mug please", [("BTL1", "", 3), ("MUG1", "", 1)]),
        ("actually two bottles will do", [("BTL1", "", 2), ("MUG1", "", 2)]),
    ],
)
def test_how_many_are_enough_sets_the_line_it_names(
    agent: ShoppingAgent, enough: str, lines: list[tuple[str, str, int]]
) -> None:
    *_, changed = talk(agent, "add 3 steel water bottles", "add 2 stoneware camp mugs", enough)
    assert cart_lines(changed) == lines and changed.products == []


@pytest.mark.parametrize(
    "recount", ["actually I'll take two boxes of that", "i'll take 2 of this", "2 of that"]
)
def test_a_count_of_that_right_after_the_add_is_its_new_count(
    agent: ShoppingAgent, recount: str
) -> None:
    *_, changed = talk(agent, "add the Stoneware Camp Mug", recount)
    assert cart_lines(changed) == [("MUG1", "", 2)], changed.reply


def test_shipping_asked_before_any_cart_is_the_store_policy(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "how much is shipping?")
    assert "Shipping in 2-4 business days" in asked.reply and "cart is empty" not in asked.reply
