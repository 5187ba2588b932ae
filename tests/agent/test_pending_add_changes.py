"""A pending add changed while its question is open: "make it a large", "wrong size, i'm a 10",
"actually two", "the darker one", "whatever's in stock"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, category: str, stock: dict[tuple[str, str], int]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{color[:3].upper()}-{size}",
            options={"color": color, "size": size},
            price=Money.from_decimal("30", "USD"),
            stock=count,
        )
        for (color, size), count in stock.items()
    ]
    return Product(id=pid, title=title, category=["Apparel", category], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product(
            "TEE1", "Harbor Ringer Tee", "T-Shirts",
            {(c, s): 5 for c in ("black", "sage", "burgundy") for s in ("M", "L", "XL")},
        ),
        _product(
            "SHOE1", "Tempo Running Shoe", "Running Shoes",
            {(c, s): 5 for c in ("coral", "light gray") for s in ("9", "10")},
        ),
        _product(
            "BLK1", "Wool Camp Blanket", "Blankets",
            {("navy", "queen"): 2, ("cream", "queen"): 9, ("navy", "king"): 3},
        ),
    ]  # fmt: skip


def test_a_new_size_updates_the_pending_add_and_asks_only_the_colour(
    agent: ShoppingAgent,
) -> None:
    turns = talk(agent, "add the harbor ringer tee in blue, size M", "oh wait make it a large")
    assert not cart_lines(turns[1])
    reply = turns[1].reply.lower()
    assert "which color" in reply and "which size" not in reply and "empty" not in reply
    (done,) = talk(agent, "sage", thread_id=turns[1].thread_id)
    assert cart_lines(done) == [("TEE1", "sage / l", 1)]


def test_wrong_size_said_as_what_the_shopper_wears(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the tempo running shoe in size 9", "wrong size, i'm a 10", "coral")
    assert "carry" not in turns[1].reply.lower()
    assert cart_lines(turns[2]) == [("SHOE1", "coral / 10", 1)]


def test_a_count_alone_is_kept_for_the_pending_add(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the harbor ringer tee in L", "actually two", "burgundy")
    assert "carry" not in turns[1].reply.lower()
    assert cart_lines(turns[2]) == [("TEE1", "burgundy / l", 2)]


def test_a_count_alone_after_a_list_asks_which_one(agent: ShoppingAgent) -> None:
    turns = talk(agent, "tees and running shoes", "actually two")
    assert "carry" not in turns[1].reply.lower()
    assert "which" in turns[1].reply.lower() and not cart_lines(turns[1])


def test_the_darker_one_picks_the_darkest_colour_offered(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the harbor ringer tee in M", "the darker one")
    assert cart_lines(turns[1]) == [("TEE1", "black / m", 1)]


def test_the_lighter_one_picks_the_lightest(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the tempo running shoe in size 10", "hmm the lighter one")
    assert cart_lines(turns[1]) == [("SHOE1", "light gray / 10", 1)]


def test_colour_left_to_the_shop_is_chosen_and_kept_while_the_size_is_asked(
    agent: ShoppingAgent,
) -> None:
    turns = talk(agent, "add the wool camp blanket", "whatever's in stock", "queen")
    reply = turns[1].reply.lower()
    assert "size" in reply and "color" not in reply
    assert cart_lines(turns[2]) == [("BLK1", "cream / queen", 1)]  # the colour most in stock
