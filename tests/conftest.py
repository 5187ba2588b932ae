"""Shared fixtures: every test runs offline against a temporary data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from aisle.settings import Settings

IN_CI = os.environ.get("CI") == "true"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    # Models load on first use in tests; tests of the warm-up before /v1/health turn it on.
    return Settings(data_dir=data_dir, warm_up=False, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A reachable Postgres, or a visible skip (a failure in CI, where it must run)."""
    url = os.environ.get("AISLE_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3):
            pass
    except Exception as exc:
        if IN_CI:
            pytest.fail(f"Postgres must run in CI but {url} is unreachable: {exc}")
        pytest.skip(f"Postgres not reachable at {url}: {exc}")
    yield url


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    url = os.environ.get("AISLE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as exc:
        if IN_CI:
            pytest.fail(f"Redis must run in CI but {url} is unreachable: {exc}")
        pytest.skip(f"Redis not reachable at {url}: {exc}")
    yield url


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """A throwaway Postgres schema on the test database, as a URL whose search_path is it."""
    import secrets
    from urllib.parse import quote

    import psycopg

    schema = f"aisle_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
