"""Everyday words for a brand ruled out ("anything not made by Auralis") and for a kind
("tee shirt" is a T-shirt, not a T-shirt dress)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, brand: str, category: list[str], dollars: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=[], stock=10, brand=brand, description=""
    )


def headphones_and_tees() -> list[Product]:
    audio, tees = ["Electronics", "Headphones"], ["Apparel", "T-Shirts"]
    dresses = ["Apparel", "Dresses"]
    return [
        _item("HP1", "Studio Monitor Headphones", "Auralis", audio, "168.99"),
        _item("HP2", "Travel Foldable Headphones", "Auralis", audio, "217.50"),
        _item("HP3", "Neckband Sport Headphones", "Voltnest", audio, "99.00"),
        _item("TEE1", "Everyday Crew Tee", "Peak", tees, "18.00"),
        _item("TEE2", "Essential Long Sleeve Tee", "Peak", tees, "15.99"),
        _item("DRS1", "Jersey T-Shirt Dress", "Peak", dresses, "105.00"),
        _item("DRS2", "Shirt Dress Poplin Dress", "Peak", dresses, "88.00"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return headphones_and_tees()


@pytest.mark.parametrize(
    "message", ["headphones, anything not made by Auralis", "headphones not produced by auralis"]
)
def test_not_made_by_a_brand_rules_the_brand_out(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) == ["HP3"]


@pytest.mark.parametrize("message", ["tee shirt for my husband", "a tee-shirt please"])
def test_a_tee_shirt_is_a_t_shirt(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert set(ids(turn)) == {"TEE1", "TEE2"}
