"""An oversized body is refused before the app reads the rest: bytes consumed, counted.

Each request streams its body lazily through httpx's ASGI transport, which pulls a chunk only
when the app asks for one, so `pulled` is what the app consumed, not what a client sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from aisle.services import Services
from aisle.settings import Settings
from api.app import create_app
from api.body_limits import body_limit

CHUNK = 64 * 1024
OVERSIZED = 200 * 1024 * 1024


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings, Services(settings))


async def post_streamed(
    app: FastAPI, path: str, content_type: str, head: bytes = b'{"message": "', method: str = "POST"
) -> tuple[httpx.Response, int]:
    """POST a 200 MB body without Content-Length; the response and the bytes the app pulled."""
    pulled = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal pulled
        pulled += len(head)
        yield head
        while pulled < OVERSIZED:
            pulled += CHUNK
            yield b"x" * CHUNK

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        headers = {"content-type": content_type}
        response = await client.request(method, path, content=body(), headers=headers)
    return response, pulled


def json_body_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every operation whose OpenAPI takes a JSON body, parameters filled."""
    routes = []
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                routes.append((method.upper(), path.replace("{", "").replace("}", "")))
    return routes


async def test_every_route_reads_at_most_the_json_limit_of_a_body_without_a_length(
    app: FastAPI, settings: Settings
) -> None:
    routes = json_body_routes(app)
    assert {("POST", "/v1/chat"), ("POST", "/v1/chat/stream")} <= set(routes) and len(routes) >= 7
    for method, path in [*routes, ("POST", "/mcp")]:
        response, pulled = await post_streamed(app, path, "application/json", method=method)
        assert pulled <= settings.max_body_bytes + CHUNK, path  # not 14.3 MB, nor 200 MB
        if response.status_code != 413:  # refused before reading, for another reason
            assert 400 <= response.status_code < 500 and pulled <= CHUNK, (path, response.text)
            continue
        error = response.json()
        code = error["code"] if path.startswith("/acp/") else error["error"]["code"]  # ACP's shape
        assert code == "body_too_large", path


async def test_a_chunked_chat_body_over_the_json_limit_is_413_and_says_why(
    app: FastAPI, settings: Settings
) -> None:
    response, pulled = await post_streamed(app, "/v1/chat", "application/json")
    assert response.status_code == 413
    message = response.json()["error"]["message"]
    assert "without Content-Length" in message and f"{settings.max_body_bytes:,} bytes" in message
    assert pulled <= settings.max_body_bytes + CHUNK
    assert body_limit("chat", settings) > 10 * settings.max_body_bytes  # declared, it could


async def test_an_upload_without_a_length_is_read_only_to_its_own_limit(
    app: FastAPI, settings: Settings
) -> None:
    """Multipart files are spooled to disk as they arrive, so uploads keep their own limit."""
    head = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n'
    content_type = "multipart/form-data; boundary=b"
    response, pulled = await post_streamed(app, "/v1/images/analyze", content_type, head)
    assert response.status_code == 413
    assert pulled <= body_limit("images", settings) + CHUNK
    assert pulled > settings.max_body_bytes  # the upload's limit, not the JSON one


async def test_a_small_body_without_a_length_is_served(app: FastAPI) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b'{"message": '
        yield b'""}'

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        response = await client.post(
            "/v1/chat", content=body(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 422  # read whole and judged: an empty message
    assert response.json()["error"]["code"] == "empty_message"
