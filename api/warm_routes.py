"""Builds every route's request handling before the server says it is ready.

FastAPI prepares a router's routes (dependencies, body and response models) on the first request
that is matched against them, so the first `POST /v1/chat` paid for the routers listed before
chat (~100 ms on a busy machine). One request for a path no route serves, sent straight to the
router, is matched against every route and answered 404: no middleware, so no rate-limit count,
no log line and nothing stored.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.types import Message, Scope

UNSERVED_PATH = "/v1/__warm-up__"


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
