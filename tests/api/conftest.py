"""Fixtures of the ACP tests (`tests/api/test_acp_*.py`); see `tests/api/acp_agent.py`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from tests.api.acp_agent import acp_shop


@pytest.fixture
def acp_services(settings: Settings) -> Services:
    """A shop with storefront, admin and two agent keys, and a few products in stock."""
    return acp_shop(settings)


@pytest.fixture
def acp_client(acp_services: Services) -> Iterator[TestClient]:
    with TestClient(create_app(acp_services.settings, acp_services)) as client:
        yield client
