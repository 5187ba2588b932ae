"""The warm-up builds every route's request handling, so the first chat request does not."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import fastapi.routing
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from api.warm_routes import build_routes, rehearse_chat_request
from commerce.database import read
from commerce.tables import conversations
from tests.agent.shop import open_shop
from tests.api.test_health import wait_until_ready


def _served(settings: Settings) -> Services:
    """Services on the small test shop, with no image model to load."""
    shop = open_shop(settings)
    services = Services(settings)
    services.__dict__.update(index=shop.search.index, search=shop.search, commerce=shop.commerce)
    services.__dict__["vision"] = object()
    return services


@pytest.fixture
def routes_built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path of every route FastAPI prepares from now on (it does so on first match)."""
    built: list[str] = []
    prepare = fastapi.routing._populate_api_route_state

    def recorded(route: Any, path: str, *args: Any, **kwargs: Any) -> Any:
        built.append(path)
        return prepare(route, path, *args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "_populate_api_route_state", recorded)
    return built


def test_after_health_200_the_first_chat_request_prepares_no_route(
    settings: Settings, routes_built: list[str]
) -> None:
    warming = settings.model_copy(update={"warm_up": True})
    with TestClient(create_app(warming, _served(warming))) as client:
        assert wait_until_ready(client)["status"] == "ok"
        assert "/v1/chat" in routes_built, "the warm-up prepared the chat route"
        routes_built.clear()
        response = client.post("/v1/chat", json={"message": "trail shoes"})
        assert response.status_code == 200, response.text
    assert routes_built == []


def test_without_the_warm_up_the_first_chat_request_prepares_routes(
    settings: Settings, routes_built: list[str]
) -> None:
    """The check above can fail: health alone prepares only its own router."""
    with TestClient(create_app(settings, _served(settings))) as client:
        assert wait_until_ready(client)["status"] == "ok"
        routes_built.clear()
        assert client.post("/v1/chat", json={"message": "trail shoes"}).status_code == 200
    assert "/v1/chat" in routes_built


def test_building_the_routes_is_answered_by_no_route(settings: Settings) -> None:
    """The probe is a path nothing serves, sent past the middleware: no rate limit counts it."""
    app = create_app(settings, _served(settings))
    assert asyncio.run(build_routes(app)) == 404


@pytest.fixture
def sources_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The endpoints whose source FastAPI reads from now on (on each one's first request, for
    its error messages), starting from a process where it has read none."""
    monkeypatch.setattr(fastapi.routing, "_endpoint_context_cache", {})
    read_names: list[str] = []
    getsourcelines = inspect.getsourcelines

    def recorded(obj: Any) -> Any:
        read_names.append(obj.__name__)
        return getsourcelines(obj)

    monkeypatch.setattr(inspect, "getsourcelines", recorded)
    return read_names


def test_after_health_200_the_first_chat_request_reads_no_source(
    settings: Settings, sources_read: list[str]
) -> None:
    warming = settings.model_copy(update={"warm_up": True})
    with TestClient(create_app(warming, _served(warming))) as client:
        assert wait_until_ready(client)["status"] == "ok"
        assert "chat" in sources_read, "the warm-up's refused chat request read it"
        sources_read.clear()
        response = client.post("/v1/chat", json={"message": "trail shoes"})
        assert response.status_code == 200, response.text
    assert sources_read == []


def test_without_the_warm_up_the_first_chat_request_reads_its_source(
    settings: Settings, sources_read: list[str]
) -> None:
    """The check above can fail."""
    with TestClient(create_app(settings, _served(settings))) as client:
        assert wait_until_ready(client)["status"] == "ok"
        sources_read.clear()
        assert client.post("/v1/chat", json={"message": "trail shoes"}).status_code == 200
    assert sources_read == ["chat"]


def test_the_chat_rehearsal_is_refused_and_starts_no_conversation(settings: Settings) -> None:
    services = _served(settings)
    app = create_app(settings, services)
    assert asyncio.run(rehearse_chat_request(app)) == 422
    with read(services.commerce.engine) as conn:
        assert conn.execute(select(conversations)).all() == []
