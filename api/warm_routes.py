"""Builds every route's request handling before the server says it is ready.

FastAPI prepares a router's routes (dependencies, body and response models) on the first request
that is matched against them, so the first `POST /v1/chat` paid for the routers listed before
chat (~100 ms on a busy machine). One request for a path no route serves, sent straight to the
router, is matched against every route and answered 404: no middleware, so no rate-limit count,
no log line and nothing stored.
"""

from __future__ import annotations

from contextlib import AsyncExitStack

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.types import Message, Scope

from api.errors import ApiError

UNSERVED_PATH = "/v1/__warm-up__"
CHAT_PATH = "/v1/chat"


async def build_routes(app: FastAPI) -> int:
    """Match one unserved path against every route; the router's status (404) is returned."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": UNSERVED_PATH,
        "raw_path": UNSERVED_PATH.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [],
        "client": None,
        "server": None,
    }
    await app.router(scope, receive, send)
    return next(int(m["status"]) for m in sent if m["type"] == "http.response.start")


async def rehearse_chat_request(app: FastAPI) -> int:
    """Send `POST /v1/chat` with an empty message straight to the router; it is refused (422).

    FastAPI reads an endpoint's source on its first request (for error messages) and learns
    which of its dependencies are coroutines; this does both for chat before a shopper's first
    turn. The refusal (422, or 401 where keys are required) comes before any turn or write: no
    thread, no middleware (no rate-limit count or log line), nothing stored. Its status is
    returned.
    """
    body = b'{"message": ""}'
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    async with AsyncExitStack() as outer, AsyncExitStack() as inner:
        scope: Scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": CHAT_PATH,
            "raw_path": CHAT_PATH.encode(),
            "root_path": "",
            "query_string": b"",
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
            "client": ("127.0.0.1", 0),  # this process: served without a key only when keyless
            "server": None,
            "app": app,
            # what FastAPI's own middleware puts in the scope before the router sees it
            "fastapi_middleware_astack": outer,
            "fastapi_inner_astack": inner,
        }
        try:
            await app.router(scope, receive, send)
        except (ApiError, HTTPException) as refused:  # no error middleware: refusals raise
            return refused.status_code
    return next(int(m["status"]) for m in sent if m["type"] == "http.response.start")
