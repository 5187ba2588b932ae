"""A correction that only narrows the kind ("just hats actually") keeps the budget said before."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Hats", "Scarves"}, leaf_only=True)


def _prices(turn: ChatTurn) -> list[float]:
    return [p.price.amount / 100 for p in turn.products]


@pytest.mark.parametrize("narrowed", ["just hats actually", "only hats then"])
def test_just_a_kind_keeps_the_price_limit(agent: ShoppingAgent, narrowed: str) -> None:
    _, hats = talk(agent, "warm hats or scarves under 30", narrowed)
    assert hats.products
    assert all(price <= 30 for price in _prices(hats))


def test_a_new_kind_without_just_starts_from_no_price(agent: ShoppingAgent) -> None:
    _, hats = talk(agent, "scarves under 30", "show me hats")
    assert any(price > 30 for price in _prices(hats))
