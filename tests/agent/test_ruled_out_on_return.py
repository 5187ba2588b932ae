"""What a shopper ruled out for a kind still holds when they come back to it after a detour:
"totes, not leather" ... "mugs?" ... "back to the totes, not the cream ones either" lists no
leather tote."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, kind: list[str], colours: list[str], **extra: object) -> Product:
    price = Money.from_decimal("30.00", "USD")
    variants = [
        Variant(id=f"{pid}-{c[:3].upper()}", options={"color": c}, price=price, stock=5)
        for c in colours
    ]
    return Product(id=pid, title=title, category=kind, variants=variants, **extra)  # type: ignore[arg-type]


CATALOG = [
    _product("TOT1", "Leather Carryall Tote Bag", ["Bags", "Totes"], ["black"],
             attributes={"material": "leather"}),
    _product("TOT2", "Foldaway Nylon Tote Bag", ["Bags", "Totes"], ["navy"],
             attributes={"material": "nylon"}),
    _product("TOT3", "Farmers Jute Tote Bag", ["Bags", "Totes"], ["cream"],
             attributes={"material": "jute"}),
    _product("TOT4", "Zip Top Work Tote Bag", ["Bags", "Totes"], ["olive"],
             attributes={"material": "canvas"}),
    _product("MUG1", "Stoneware Diner Mug", ["Home", "Mugs"], ["white"]),
    _product("MUG2", "Travel Insulated Mug", ["Home", "Mugs"], ["black"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [CATALOG])
def test_no_leather_holds_back_at_the_totes(agent: ShoppingAgent) -> None:
    first, _, back = talk(
        agent,
        "looking for a tote bag but not leather",
        "unrelated but do you have mugs",
        "ok back to the totes, and not the cream ones either",
    )
    assert "TOT1" not in ids(first), first.reply
    assert set(ids(back)) == {"TOT2", "TOT4"}, back.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_a_new_kind_starts_without_them(agent: ShoppingAgent) -> None:
    *_, mugs = talk(agent, "a tote bag, nothing black", "do you have mugs")
    assert set(ids(mugs)) == {"MUG1", "MUG2"}, mugs.reply


def _priced(pid: str, title: str, kind: list[str], dollars: str) -> Product:
    price = Money.from_decimal(dollars, "USD")
    variants = [Variant(id=f"{pid}-V", options={"color": "teal"}, price=price, stock=5)]
    return Product(id=pid, title=title, category=kind, variants=variants)


PRICED = [
    _priced("TOT1", "Leather Carryall Tote Bag", ["Bags", "Totes"], "120.00"),
    _priced("TOT2", "Foldaway Nylon Tote Bag", ["Bags", "Totes"], "28.00"),
    _priced("TOT3", "Farmers Jute Tote Bag", ["Bags", "Totes"], "35.00"),
    _priced("TOT4", "Zip Top Work Tote Bag", ["Bags", "Totes"], "90.00"),
    _priced("MUG1", "Stoneware Diner Mug", ["Home", "Mugs"], "18.00"),
    _priced("MUG2", "Travel Insulated Mug", ["Home", "Mugs"], "24.00"),
]


@pytest.mark.parametrize("products", [PRICED])
def test_the_budget_holds_back_at_the_totes(agent: ShoppingAgent) -> None:
    """ "totes under 50" ... "mugs?" ... "back to the totes, any in teal": still under $50."""
    first, _, back = talk(
        agent,
        "tote bags under 50",
        "unrelated but do you have mugs",
        "ok back to the totes, any of them in teal?",
    )
    assert set(ids(first)) == {"TOT2", "TOT3"}, first.reply
    assert set(ids(back)) == {"TOT2", "TOT3"}, back.reply


@pytest.mark.parametrize("products", [PRICED])
def test_a_new_budget_on_return_wins(agent: ShoppingAgent) -> None:
    *_, back = talk(
        agent, "tote bags under 50", "do you have mugs", "back to the totes, under 100 now"
    )
    assert set(ids(back)) == {"TOT2", "TOT3", "TOT4"}, back.reply
