"""A "no" that opens a new limit on the list shown is a correction of the search, not a no to
settle: "no, cheaper than that", "nah something nicer, more expensive", "nope, in pink"."""

from __future__ import annotations

import statistics

import pytest

from agent.service import ShoppingAgent
from catalog.model import Money, Product, Variant
from tests.agent.talk import ids, talk


def _pack(pid: str, price: float, colors: list[str]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{c[:3]}-{s}",
            options={"color": c, "size": s},
            price=Money.from_decimal(str(price), "USD"),
            stock=5,
        )
        for c in colors
        for s in ("M", "XL")
    ]
    return Product(
        id=pid, title=f"{pid.title()} Backpack", category=["Shop", "Backpacks"],
        variants=variants, description="A backpack.",
    )  # fmt: skip


def _catalog() -> list[Product]:
    return [
        _pack("commuter", 120, ["black", "pink"]),
        _pack("daypack", 90, ["olive"]),
        _pack("mini", 60, ["navy"]),
        _pack("rolltop", 70, ["mustard", "olive"]),
        _pack("weekender", 110, ["mustard"]),
        _pack("summit", 75, ["pink"]),
        _pack("scout", 40, ["black"]),
    ]


def _median(turn: object) -> float:
    return statistics.median(p.price.amount for p in turn.products)  # type: ignore[attr-defined]


@pytest.mark.parametrize("products", [_catalog()])
def test_no_then_a_comparative_reprices_the_list(agent: ShoppingAgent) -> None:
    shown, cheaper = talk(agent, "backpacks", "no, cheaper than that")
    assert cheaper.products and _median(cheaper) < _median(shown)
    shown, pricier = talk(agent, "backpacks", "nah something nicer, more expensive")
    assert pricier.products and _median(pricier) > _median(shown)


@pytest.mark.parametrize("products", [_catalog()])
def test_nope_then_a_colour_narrows_the_list(agent: ShoppingAgent) -> None:
    _, pink = talk(agent, "backpacks under 100", "nope, in pink. still under 100")
    assert ids(pink) == ["summit"]
