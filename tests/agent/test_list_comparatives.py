"""A comparative or a limit said about the list shown, amid the shopper's own talk: "anything
bigger? it's for a 3 day trip" goes past the list's middle measure, "something smaller, for
peeling apples" and "any in pink? she loves pink" narrow the list rather than search anew."""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from catalog.model import Money, Product, Variant
from tests.agent.talk import ids, talk


def _product(
    pid: str, title: str, kind: str, price: float, colors: list[str], **extra: Any
) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{c[:3]}",
            options={"color": c},
            price=Money.from_decimal(str(price), "USD"),
            stock=5,
        )
        for c in colors
    ]
    return Product(id=pid, title=title, category=["Shop", kind], variants=variants, **extra)


def _catalog() -> list[Product]:
    def pack(pid: str, litres: int, price: float, colors: list[str]) -> Product:
        return _product(
            pid, f"{pid.title()} Backpack", "Backpacks", price, colors,
            attributes={"capacity": f"{litres} L"},
            description=f"A {litres} litre backpack.",
        )  # fmt: skip

    def knife(pid: str, title: str, price: float) -> Product:
        return _product(pid, title, "Cutlery", price, ["black"], description="A kitchen knife.")

    return [
        pack("commuter", 22, 120, ["black", "pink"]),
        pack("daypack", 18, 90, ["olive"]),
        pack("mini", 12, 60, ["navy"]),
        pack("rolltop", 28, 70, ["mustard", "olive"]),
        pack("weekender", 40, 110, ["mustard"]),
        pack("summit", 35, 75, ["pink"]),
        knife("CHEF", "8in Chef Knife", 130),
        knife("SANT", "Santoku 7in Knife", 40),
        knife("PAR", "Paring 3.5in Knife", 30),
        knife("UTIL", "Utility 6in Knife", 60),
        knife("CLV", "Cleaver 7in Knife", 90),
    ]


@pytest.mark.parametrize("products", [_catalog()])
def test_anything_bigger_goes_past_the_list_middle_measure(agent: ShoppingAgent) -> None:
    _, bigger = talk(agent, "backpacks", "anything bigger? it's for a 3 day trip")
    assert bigger.products and not {"mini", "daypack"} & set(ids(bigger))
    assert all("Backpack" in p.title for p in bigger.products)


@pytest.mark.parametrize("products", [_catalog()])
def test_a_smaller_one_amid_a_reason_narrows_the_knives(agent: ShoppingAgent) -> None:
    _, smaller = talk(agent, "chef's knife", "something smaller, for peeling apples and stuff")
    assert "PAR" in ids(smaller) and "CHEF" not in ids(smaller)
    assert "don't carry" not in smaller.reply
    _, other = talk(agent, "backpacks", "hmm do you have a smaller one? just for a day out")
    assert other.products and "weekender" not in ids(other)


@pytest.mark.parametrize("products", [_catalog()])
def test_a_colour_or_budget_amid_talk_narrows_the_list(agent: ShoppingAgent) -> None:
    _, pink = talk(agent, "backpacks", "any in pink? she loves pink")
    assert set(ids(pink)) == {"commuter", "summit"}
    _, _, cheap = talk(agent, "backpacks", "in mustard?", "under 80 if possible")
    assert ids(cheap) == ["rolltop"] and "don't carry" not in cheap.reply


@pytest.mark.parametrize("products", [_catalog()])
def test_a_budget_said_back_on_an_earlier_kind_searches_that_kind(agent: ShoppingAgent) -> None:
    """ "back to the backpacks, any under 80" after knives names its kind: not the knives."""
    *_, back = talk(agent, "backpacks", "knives", "ok back to the backpacks, any under 80")
    assert back.products and all("Backpack" in p.title for p in back.products)
