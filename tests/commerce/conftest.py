"""Commerce fixtures: every test runs once on SQLite and once on Postgres (own schema per test)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from aisle.settings import Settings
from commerce.inventory import StockListener
from commerce.payments import PaymentProvider
from commerce.service import Commerce
from tests.commerce.samples import product

OpenCommerce = Callable[..., Commerce]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, settings: Settings) -> Iterator[str]:
    """A fresh commerce database: a SQLite file, or a throwaway Postgres schema."""
    if request.param == "sqlite":
        yield settings.sqlalchemy_url
        return
    url: str = request.getfixturevalue("postgres_schema_url")
    yield url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def open_commerce(settings: Settings, database_url: str) -> Iterator[OpenCommerce]:
    """Open Commerce instances on the test database; all are closed after the test."""
    opened: list[Commerce] = []

    def open_(
        payments: PaymentProvider | None = None,
        on_stock_change: StockListener | None = None,
        **overrides: object,
    ) -> Commerce:
        configured = settings.model_copy(update=overrides) if overrides else settings
        instance = Commerce.open(
            configured, payments=payments, url=database_url, on_stock_change=on_stock_change
        )
        opened.append(instance)
        return instance

    yield open_
    for instance in opened:
        instance.close()


@pytest.fixture
def commerce(open_commerce: OpenCommerce) -> Commerce:
    shop = open_commerce()
    shop.sync_catalog([product("tee", 2500, 10, variants=2), product("mug", 1200, None)])
    return shop
