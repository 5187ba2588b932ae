"""A product's own values asked back of it: "is it a stability shoe?" of a neutral one, "and the
drop, 4mm?", "and they're 49.99 yeah?" of the product just discussed, and how big a bag of coffee
is. Each is answered from the record, never read as a search for "drop" or "they're"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _product(
    pid: str, title: str, category: list[str], price: str, *, description: str = "",
    attributes: dict[str, str] | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, price, colors=[], brand=None, description=description,
        attributes=attributes,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("RUN1", "Pacer 3 Road Shoe", ["Footwear", "Running Shoes"], "95.00",
                 attributes={"drop": "10 mm", "support": "neutral"},
                 description="A cushioned road shoe with a mesh upper."),
        _product("RUN2", "Guide Max Road Shoe", ["Footwear", "Running Shoes"], "130.00",
                 attributes={"drop": "6 mm", "support": "stability"},
                 description="A supportive road shoe with a firm medial post."),
        _product("SUN1", "Harbor Aviator Sunglasses", ["Accessories", "Sunglasses"], "64.50",
                 attributes={"polarized": "yes", "material": "titanium"},
                 description="Titanium aviators with polarized lenses."),
        _product("SUN2", "Coastal Round Sunglasses", ["Accessories", "Sunglasses"], "38.00",
                 attributes={"polarized": "no", "material": "acetate"},
                 description="Round acetate frames with tinted lenses."),
        _product("COF1", "Sumatra Dark Roast Coffee", ["Grocery", "Coffee"], "13.25",
                 attributes={"net_weight": "NET WT 16 OZ (454g)"},
                 description="Whole bean coffee roasted dark in small batches."),
        _product("TOT1", "Canvas Market Tote Bag", ["Bags", "Totes"], "29.00",
                 description="A roomy canvas tote."),
        _sized("HD1", "Loop Fleece Hoodie", {"S": "20.00", "M": "20.00", "XL": "23.50"}),
    ]  # fmt: skip


def _sized(pid: str, title: str, prices: dict[str, str]) -> Product:
    variants = [
        Variant(id=f"{pid}-{s}", options={"size": s}, price=Money.from_decimal(p, "USD"), stock=4)
        for s, p in prices.items()
    ]
    return Product(id=pid, title=title, category=["Apparel", "Hoodies"], variants=variants)


def test_a_value_another_product_has_is_answered_with_this_ones(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "what's the drop of the Pacer 3 Road Shoe?", "is it a stability shoe?")
    assert ids(turn) == ["RUN1"]
    assert "neutral" in turn.reply and "doesn't say" not in turn.reply
    assert turn.reply.startswith("No")


def test_its_own_value_asked_is_a_yes(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "is the Guide Max Road Shoe a stability shoe?")
    assert "stability" in turn.reply and turn.reply.startswith("Yes")


def test_either_of_two_values_is_answered_with_the_one_it_has(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Guide Max Road Shoe: is that a stability shoe or neutral?")
    assert "stability" in turn.reply and "doesn't say" not in turn.reply


def test_a_measure_said_back_is_checked_against_the_record(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "is the Guide Max Road Shoe for stability?", "and the drop, 8mm?")
    assert ids(turn) == ["RUN2"]
    assert "6 mm" in turn.reply and "carry" not in turn.reply


def test_a_bare_attribute_asked_of_the_product_just_discussed(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "is the Pacer 3 Road Shoe neutral?", "what's the drop?")
    assert ids(turn) == ["RUN1"] and "10 mm" in turn.reply


def test_a_price_said_back_is_checked(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "are the Harbor Aviator Sunglasses polarized?", "and they're 60 right?")
    assert ids(turn) == ["SUN1"]
    assert "64.50" in turn.reply and "carry" not in turn.reply


def test_how_big_a_bag_of_coffee_is_its_net_weight(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "how big is the bag of the Sumatra Dark Roast?")
    assert ids(turn) == ["COF1"]
    assert "16 OZ" in turn.reply and "cart" not in turn.reply.lower()


def test_two_sizes_prices_weighed_give_both_prices(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Loop Fleece Hoodie - does the XL cost more than the S?")
    assert ids(turn) == ["HD1"]
    assert "23.50" in turn.reply and "20.00" in turn.reply


def test_two_named_then_which_of_them_compares_those_two(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "the Harbor Aviator Sunglasses and the Coastal Round Sunglasses, which of the two is "
        "polarized?",
    )
    assert set(ids(turn)) == {"SUN1", "SUN2"}
    assert "Harbor Aviator" in turn.reply and "Coastal Round" in turn.reply


def test_have_it_right_now_after_a_statement_asks_its_stock(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "my wife only drinks the Sumatra Dark Roast Coffee. do you have it right now?"
    )
    assert ids(turn) == ["COF1"]
    assert "in stock" in turn.reply and "drinks" not in turn.reply


def test_two_whole_titles_said_are_the_two_in_view(agent: ShoppingAgent) -> None:
    first, second = talk(
        agent,
        "deciding between the Harbor Aviator Sunglasses and the Coastal Round Sunglasses",
        "is the second one polarized?",
    )
    assert ids(first) == ["SUN1", "SUN2"]
    assert ids(second) == ["SUN2"] and second.reply.startswith("No")
