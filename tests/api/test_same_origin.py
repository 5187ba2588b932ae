"""A keyless server answers only its own host names and only its own pages may change it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from catalog.embed import HashingTextEncoder
from tests.api.test_catalog_imports import FEED, finished, search_ids, upload

STORE_KEY = "storefront-key-0123456789"


def open_app(settings: Settings) -> TestClient:
    configured = settings.model_copy(update={"image_vectors": False})
    services = Services(configured)
    services.__dict__["text_encoder"] = HashingTextEncoder()  # no model load in a unit test
    return TestClient(create_app(configured, services))


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with open_app(settings) as client:
        yield client


def test_a_cross_site_form_post_cannot_empty_the_catalog(client: TestClient) -> None:
    job = upload(client, FEED)
    assert finished(client, job["id"])["status"] == "succeeded"
    before = search_ids(client, "mug")
    assert "MUG-1" in before
    for headers in (
        {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://evil.example"},  # a browser without Fetch Metadata
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "null"},  # a sandboxed frame or a file: page
    ):
        response = client.post(
            "/v1/catalog/imports",
            files={"file": ("feed.jsonl", b"\n\n")},
            data={"replace": "true"},
            headers=headers,
        )
        assert response.status_code == 403, headers
        assert response.json()["error"]["code"] == "cross_site_request"
    plain = client.post(
        "/v1/carts",
        content=b'{"thread_id": "x"}',
        headers={"Origin": "https://evil.example", "Content-Type": "text/plain"},
    )
    assert plain.status_code == 403
    assert search_ids(client, "mug") == before
    assert client.get("/v1/health").json()["products"] == 3


def test_its_own_pages_and_non_browser_clients_may_write(client: TestClient) -> None:
    same = client.post(
        "/v1/carts",
        json={},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert same.status_code == 200
    assert client.post("/v1/carts", json={}).status_code == 200  # curl sends neither header
    reads = client.get("/v1/health", headers={"Origin": "https://evil.example"})
    assert reads.status_code in (200, 503)  # reading is not refused (CORS guards the answer)


def test_configured_cors_origins_may_write(settings: Settings) -> None:
    configured = settings.model_copy(update={"cors_origins": ["http://localhost:3000"]})
    with open_app(configured) as client:
        response = client.post(
            "/v1/carts",
            json={},
            headers={"Origin": "http://localhost:3000", "Sec-Fetch-Site": "same-site"},
        )
    assert response.status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_a_foreign_host_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/v1/health", headers={"Host": host})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_host"


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "[::1]:8000", "shop.local"])
def test_loopback_and_allowed_hosts_are_served(settings: Settings, host: str) -> None:
    configured = settings.model_copy(update={"allowed_hosts": ["shop.local"]})
    with open_app(configured) as client:
        assert client.get("/v1/health", headers={"Host": host}).status_code in (200, 503)


def test_a_server_with_keys_serves_any_host(settings: Settings) -> None:
    """Behind a key, a request must carry the key, which no form or rebound page can send."""
    configured = settings.model_copy(update={"api_keys": [SecretStr(STORE_KEY)]})
    with open_app(configured) as client:
        response = client.post(
            "/v1/carts",
            json={},
            headers={
                "Host": "shop.example",
                "Origin": "https://shop.example",
                "X-API-Key": STORE_KEY,
            },
        )
    assert response.status_code == 200


def test_admin_keys_alone_still_guard_the_keyless_storefront(settings: Settings) -> None:
    """Storefront routes trust loopback while AISLE_API_KEYS is empty, admin keys or not."""
    configured = settings.model_copy(
        update={"admin_api_keys": [SecretStr("admin-key-abcdefghijklmnop")]}
    )
    with open_app(configured) as client:
        rebound = client.get(
            "/v1/orders", params={"thread_id": "t"}, headers={"Host": "evil.example"}
        )
        forged = client.post("/v1/carts", json={}, headers={"Sec-Fetch-Site": "cross-site"})
    assert rebound.status_code == 400
    assert forged.status_code == 403
