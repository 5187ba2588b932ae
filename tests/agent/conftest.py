from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.service import ShoppingAgent
from aisle.settings import Settings
from catalog.embed import load_text_encoder
from catalog.model import Product
from tests.agent.shop import Shop, open_shop, sample_products


@pytest.fixture
def products() -> list[Product]:
    """The catalog `shop` opens. A module that needs its own overrides this fixture; one test,
    with `@pytest.mark.parametrize("products", [[...]])`."""
    return sample_products()


@pytest.fixture
def shop(settings: Settings, products: list[Product]) -> Iterator[Shop]:
    opened = open_shop(settings, products)
    yield opened
    opened.close()


@pytest.fixture
def agent(settings: Settings, shop: Shop) -> Iterator[ShoppingAgent]:
    opened = ShoppingAgent.open(settings, shop)
    yield opened
    opened.close()


@pytest.fixture
def real_agent(settings: Settings, products: list[Product]) -> Iterator[ShoppingAgent]:
    """The module's store with the real text encoder, for what its closeness of words decides
    (slow tests only)."""
    shop = open_shop(settings, products, encoder=load_text_encoder(settings))
    agent = ShoppingAgent.open(settings, shop)
    yield agent
    agent.close()
    shop.close()
