"""References that don't fit the list on screen, through `ShoppingAgent.chat`: a place past a
one-product list, "the last one" of one, "just the one" of the product in view, "the <brand>
one", "the other one", "both of them", and counts said as words ("a pair of", "half a dozen")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, talk


def _jacket(pid: str, title: str, brand: str, dollars: str, colours: list[str]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{colour[:3].upper()}-{size}",
            options={"color": colour, "size": size},
            price=Money.from_decimal(dollars, "USD"),
            stock=20,
        )
        for colour in colours
        for size in ("S", "M", "L")
    ]
    return Product(
        id=pid, title=title, brand=brand, category=["Apparel", "Jackets"], variants=variants
    )


def _kettle(pid: str, title: str, brand: str, dollars: str) -> Product:
    variant = Variant(
        id=f"{pid}-white", options={"color": "white"},
        price=Money.from_decimal(dollars, "USD"), stock=20,
    )  # fmt: skip
    return Product(
        id=pid, title=title, brand=brand, category=["Kitchen", "Kettles"], variants=[variant]
    )


@pytest.fixture
def products() -> list[Product]:
    return [
        _jacket("JKT1", "Alpine Shell Jacket", "Cobalt Ridge", "94", ["black", "navy"]),
        _jacket("JKT2", "Stormline Rain Jacket", "Northpine", "160", ["olive"]),
        _kettle("KET1", "Stovetop Whistling Kettle", "Clayfield", "73"),
        _kettle("KET2", "Variable Temp Kettle", "Copperleaf Kitchen", "97"),
    ]


def test_a_second_one_of_one_shown_says_only_one_was_shown(agent: ShoppingAgent) -> None:
    listed, picked = talk(agent, "a jacket, nothing over 100", "got it in a medium? the second one")
    assert ids(listed) == ["JKT1"], listed.reply
    assert "only showed one product" in picked.reply, picked.reply
    assert cart_lines(picked) == []


def test_the_last_one_of_one_shown_with_its_options_is_an_add(agent: ShoppingAgent) -> None:
    *_, added = talk(agent, "a jacket, nothing over 100", "the last one, medium, black")
    assert cart_lines(added) == [("JKT1", "black / m", 1)], added.reply


def test_just_the_one_of_the_product_in_view_adds_one(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent,
        "tell me about the Stormline Rain Jacket",
        "actually just the one, size large... no wait, medium",
    )
    assert cart_lines(added) == [("JKT2", "olive / m", 1)], added.reply


@pytest.mark.parametrize(
    ("said", "meant"),
    [("add the Copperleaf one", "KET2"), ("the one by Clayfield please", "KET1")],
)
def test_the_one_by_a_brand_adds_the_shown_product_of_that_brand(
    agent: ShoppingAgent, said: str, meant: str
) -> None:
    listed, added = talk(agent, "kettles", said)
    assert sorted(ids(listed)) == ["KET1", "KET2"], listed.reply
    assert cart_lines(added) == [(meant, "white", 1)], added.reply


def test_the_other_one_of_two_is_the_one_not_in_focus(agent: ShoppingAgent) -> None:
    listed, _, other = talk(
        agent, "kettles", "what colours does the first one come in?", "and the other one?"
    )
    second = {"KET1": "Stovetop Whistling Kettle", "KET2": "Variable Temp Kettle"}[ids(listed)[1]]
    assert second in other.reply, other.reply


def test_both_of_them_adds_each_of_the_two_shown(agent: ShoppingAgent) -> None:
    *_, added = talk(agent, "kettles", "stick both of them in my basket, in white")
    assert cart_lines(added) == [("KET1", "white", 1), ("KET2", "white", 1)], added.reply


def test_the_other_one_instead_swaps_the_line(agent: ShoppingAgent) -> None:
    listed, _, swapped = talk(
        agent, "kettles", "add the first one", "hmm actually I'd rather have the other one instead"
    )
    assert cart_lines(swapped) == [(ids(listed)[1], "white", 1)], swapped.reply


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("I'll take a pair of the Variable Temp one", 2),
        ("half a dozen of the second one please", 6),
    ],
)
def test_counts_said_as_words_add_that_many(agent: ShoppingAgent, said: str, count: int) -> None:
    listed, added = talk(agent, "kettles", said)
    meant = "KET2" if "Variable" in said else ids(listed)[1]
    assert cart_lines(added) == [(meant, "white", count)], added.reply
