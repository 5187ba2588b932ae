"""A material ruled out by its abbreviation ("no TPU"), inside "not one of those squishy TPU
ones", or as a finish said as a participle ("no coated pans" rules out a "ceramic coating")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], material: str) -> Product:
    return acme_product(
        pid, title, category, "30.00", brand=None, description=f"Made from {material}.",
        attributes={"material": material},
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    bottles = ["Sports & Outdoors", "Hydration", "Water Bottles"]
    pans = ["Kitchen", "Cookware"]
    return [
        _item("BOT1", "Squeeze Sport Water Bottle", bottles, "soft TPU"),
        _item("BOT2", "Steel Gym Water Bottle", bottles, "double-wall stainless steel"),
        _item("BOT3", "Clear Gym Water Bottle", bottles, "BPA-free copolyester"),
        _item("PAN1", "Everyday Frying Pan", pans, "aluminium with a ceramic coating"),
        _item("PAN2", "Heritage Frying Pan", pans, "pre-seasoned cast iron"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        "a gym water bottle but none of those squishy TPU ones",
        "water bottle for the gym, no tpu please",
    ],
)
def test_a_material_ruled_out_by_its_short_name(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) and "BOT1" not in ids(turn), turn.reply


def test_a_finish_ruled_out_as_a_participle(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a frying pan that lasts, so nothing coated")
    assert ids(turn) and "PAN1" not in ids(turn), turn.reply
