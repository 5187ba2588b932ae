"""Behind a proxy: X-Forwarded-For names the client only when the peer is a trusted proxy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app

PROXY = ("10.0.0.2", 40000)
STRANGER = ("203.0.113.9", 40000)


@pytest.fixture
def open_app(settings: Settings) -> Iterator[Any]:
    opened: list[TestClient] = []

    def open_(**overrides: Any) -> FastAPI:
        configured = settings.model_copy(update={"rate_limit_per_address": "2/hour", **overrides})
        app = create_app(configured, Services(configured))
        opened.append(TestClient(app).__enter__())
        return app

    yield open_
    for client in opened:
        client.__exit__(None, None, None)


def limited(app: FastAPI, peer: tuple[str, int], forwarded_for: str) -> bool:
    """Whether a request from `peer` claiming `forwarded_for` is refused by the rate limit."""
    client = TestClient(app, client=peer)
    response = client.get("/v1/health", headers={"X-Forwarded-For": forwarded_for})
    return response.status_code == 429


def test_a_spoofed_forwarded_for_from_an_untrusted_peer_changes_nothing(open_app: Any) -> None:
    app = open_app(trusted_proxies=["10.0.0.0/8"])
    codes = [limited(app, STRANGER, f"198.51.100.{n}") for n in range(4)]
    assert codes == [False, False, True, True]  # one address: the peer's, whatever it claims


def test_nobody_is_trusted_by_default(open_app: Any) -> None:
    app = open_app()
    codes = [limited(app, PROXY, f"198.51.100.{n}") for n in range(3)]
    assert codes == [False, False, True]
    loopback = [limited(app, ("127.0.0.1", 1), f"198.51.100.{n}") for n in range(3)]
    assert loopback == [False, False, True]


def test_a_trusted_proxy_names_the_client(open_app: Any) -> None:
    app = open_app(trusted_proxies=["10.0.0.0/8"])
    first = [limited(app, PROXY, "192.0.2.1, 198.51.100.7") for _ in range(3)]
    assert first == [False, False, True]  # counted against 198.51.100.7, the proxy's client
    assert limited(app, PROXY, "198.51.100.8") is False  # another client behind the proxy


def test_a_trusted_proxy_name_must_be_an_address_or_network(settings: Settings) -> None:
    with pytest.raises(ValidationError, match="not an IP address or network"):
        Settings(trusted_proxies=["proxy.internal"], _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(trusted_proxies=["*"], _env_file=None)  # type: ignore[call-arg]
