"""A shade said in other words than the catalog's picks the nearest colour of its family."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import talk


def _socks() -> Product:
    variants = [
        Variant(
            id=f"RUN1-{color[:3].upper()}-{size}",
            options={"color": color, "size": size},
            price=Money.from_decimal("14", "USD"),
            stock=5,
        )
        for color in ("heather gray", "charcoal")
        for size in ("S", "M", "L")
    ]
    return Product(
        id="RUN1", title="Run Light Quarter Socks", category=["Socks"], variants=variants
    )


@pytest.fixture
def products() -> list[Product]:
    return [_socks()]


def _lines(turn: object) -> list[str]:
    cart = getattr(turn, "cart", None)
    return [li.variant_id for li in (cart.lines if cart else [])]


def test_light_grey_is_the_heather_gray_not_the_charcoal(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "add the Run Light socks, the light grey ones, medium")
    assert _lines(added) == ["RUN1-HEA-M"]


def test_a_bare_family_word_still_asks_which(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "add the Run Light socks in grey, medium")
    assert _lines(asked) == []
    assert "heather gray" in asked.reply and "charcoal" in asked.reply
