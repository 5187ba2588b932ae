"""A charger called by its everyday name, a "brick" ("the little usb-c brick for my laptop died,
need another one of those"), is a charger, not "we don't carry that"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import talk


def _product(pid: str, title: str, category: list[str], dollars: str) -> Product:
    return acme_product(pid, title, category, dollars, colors=["white"], stock=20, description="")


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("CH1", "GaN 65W USB-C Charger", ["Electronics", "Chargers & Power"], "45"),
        _product("CH2", "Dual Port 35W Charger", ["Electronics", "Chargers & Power"], "29"),
        _product("BP1", "Laptop Pro 26L Backpack", ["Bags", "Backpacks"], "117"),
        _product("KB1", "Low Profile Laptop Keyboard", ["Electronics", "Keyboards"], "80"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "the little usb-c brick for my laptop died. need another one of those",
        "need a new power brick",
        "got a usb c brick?",
    ],
)
def test_a_brick_is_a_charger(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and all(p.id.startswith("CH") for p in turn.products), turn.reply
