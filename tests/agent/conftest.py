from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.shop import Shop, open_shop


@pytest.fixture
def shop(settings: Settings) -> Iterator[Shop]:
    opened = open_shop(settings)
    yield opened
    opened.close()


@pytest.fixture
def agent(settings: Settings, shop: Shop) -> Iterator[ShoppingAgent]:
    opened = ShoppingAgent.open(settings, shop)
    yield opened
    opened.close()
