"""Right after a list: superlatives ranked from the records ("which is the cheapest / biggest /
lightest?"), "any of them on sale?", several conditions at once, and chat shorthand ("r they
wireless", "can u add one of the navy ones"), through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _usd(dollars: float) -> Money:
    return Money.from_decimal(str(dollars), "USD")


def _item(
    pid: str,
    title: str,
    category: list[str],
    dollars: float,
    colors: list[str],
    was: float | None = None,
    sizes: list[str] | None = None,
    **attributes: str,
) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{c}-{s or 'one'}",
            options={"color": c, **({"size": s} if s else {})},
            price=_usd(dollars),
            compare_at_price=_usd(was) if was else None,
            stock=5,
        )
        for c in colors
        for s in sizes or [""]
    ]
    return Product(
        id=pid,
        title=title,
        category=category,
        variants=variants,
        attributes=attributes,
        description=f"The {title}.",
    )


_BAGS = ["Bags", "Duffels"]
_PHONES = ["Electronics", "Headphones"]
_COFFEE = ["Grocery", "Coffee"]
_BELLS = ["Fitness", "Dumbbells"]


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("D1", "Harbor 40L Duffel Bag", _BAGS, 120, ["navy"], capacity="40 L"),
        _item("D2", "Voyager 90L Duffel Bag", _BAGS, 150, ["black"], capacity="90 L"),
        _item("D3", "Weekend 25L Duffel Bag", _BAGS, 80, ["navy", "olive"], 110, capacity="25 L"),
        _item("H1", "Trail Buds Headphones", _PHONES, 45, ["black"], wireless="yes",
              battery_life="30 h"),
        _item("H2", "Studio Cable Headphones", _PHONES, 80, ["silver"], wireless="no",
              battery_life="60 h"),
        _item("H3", "Gym Loop Headphones", _PHONES, 139, ["red"], wireless="yes",
              battery_life="60 h"),
        _item("C1", "Morning Blend Coffee", _COFFEE, 12, ["brown"],
              net_weight="NET WT 12 OZ (340g)"),
        _item("C2", "Big Batch Coffee", _COFFEE, 25, ["brown"], net_weight="NET WT 2 LB (907g)"),
        _item("B1", "Iron Hex Dumbbell", _BELLS, 40, ["black"], sizes=["5 lb", "10 lb"]),
        _item("B2", "Rubber Round Dumbbell", _BELLS, 60, ["black"], sizes=["5 lb", "10 lb"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "question",
    ["which is the cheapest?", "whats the least expensive one?", "and the cheapest of those?"],
)
def test_the_cheapest_of_the_list_is_named_and_in_focus(
    agent: ShoppingAgent, question: str
) -> None:
    first, turn, added = talk(agent, "duffel bags", question, "ok add that one in olive")
    assert {"D1", "D2", "D3"} <= set(ids(first))
    assert "Weekend 25L Duffel Bag" in turn.reply and "80" in turn.reply
    assert ids(turn) == ["D3"]
    assert added.cart is not None and [ln.product_id for ln in added.cart.lines] == ["D3"]


@pytest.mark.parametrize(
    "question", ["which one is the biggest", "ok which of those holds the most", "the roomiest?"]
)
def test_the_biggest_is_read_from_the_capacity(agent: ShoppingAgent, question: str) -> None:
    _, turn = talk(agent, "duffel bags", question)
    assert "Voyager 90L Duffel Bag" in turn.reply and "Don't carry" not in turn.reply
    assert ids(turn) == ["D2"]


def test_a_tie_names_every_winner(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "headphones", "which ones have the longest battery life?")
    assert "Studio Cable Headphones" in turn.reply and "Gym Loop Headphones" in turn.reply
    assert "Trail Buds" not in turn.reply and "60 h" in turn.reply


def test_the_lightest_is_read_from_the_net_weight(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "coffee", "which is the lightest?")
    assert "Morning Blend Coffee" in turn.reply and "12 OZ" in turn.reply
    assert "Big Batch" not in turn.reply


def test_no_weights_in_the_catalog_is_said_plainly(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "headphones", "which is the lightest?")
    assert "doesn't give weights" in turn.reply
    assert not turn.products


def test_options_that_are_the_same_are_a_tie(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "dumbbells", "which is the heaviest")
    assert "all the same" in turn.reply and "10 lb" in turn.reply


def test_a_store_wide_superlative_is_a_search_not_a_ranking(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "duffel bags", "what's your cheapest headphones?")
    assert "H1" in ids(turn)
    assert "Of these" not in turn.reply


@pytest.mark.parametrize("question", ["any of them on sale?", "are any of these discounted?"])
def test_on_sale_is_answered_from_compare_at_prices(agent: ShoppingAgent, question: str) -> None:
    _, turn = talk(agent, "duffel bags", question)
    assert turn.reply.startswith("1 of these 3 is on sale: Weekend 25L Duffel Bag")
    assert ids(turn) == ["D3"]


def test_two_conditions_must_both_hold(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "headphones", "any of them wireless and under 100?")
    assert turn.reply.startswith("1 of these 3 is wireless and under $100.00: Trail Buds")
    assert ids(turn) == ["H1"]


@pytest.mark.parametrize("question", ["r they wireless", "r any of them wireless rn"])
def test_chat_shorthand_asks_about_the_list(agent: ShoppingAgent, question: str) -> None:
    _, turn = talk(agent, "headphones", question)
    assert "Gym Loop Headphones" in turn.reply.split("Not wireless")[0]
    assert "Studio Cable Headphones" in turn.reply.split("Not wireless")[-1]


def test_can_u_add_one_of_the_coloured_ones(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "duffel bags", "can u add one of the navy ones")
    assert "don't carry" not in turn.reply
    assert "Harbor 40L Duffel Bag" in turn.reply and "Weekend 25L Duffel Bag" in turn.reply
    assert turn.cart is None or not turn.cart.lines
