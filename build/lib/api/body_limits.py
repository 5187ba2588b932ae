"""How large a request body may be, and that JSON text in it is real Unicode.

The limits are FastAPI's own `max_body_size` (app default, per router when included): a
declared `Content-Length` over the limit is refused with 413 before a byte is read, and a body
sent without a length (chunked) is counted as it arrives and refused once it passes the limit.

A body sent without a length may hold at most the JSON limit (`AISLE_MAX_BODY_BYTES`, 1 MB) on
every route, unless it is a multipart upload (Starlette's form parser spools its files to disk
as they arrive): `UndeclaredBodyLimit`. A route reads a JSON body into memory before it can
judge it, so the chat route's room for a photo (14.3 MB) would otherwise let ten chunked bodies
hold 143 MB while they are refused; a client sending a photo in JSON declares its length, as
browsers, the AI SDK, httpx and curl do for any body they hold.

JSON allows a lone UTF-16 surrogate (`"\\ud800"`) that no Unicode text can hold; it would fail
later, in a database or an encoder, as a 500. `refuse_lone_surrogates` answers 422 first.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.settings import Settings
from api.errors import ApiError, error_response

FORM_ENVELOPE_BYTES = 64 * 1024  # multipart boundaries, part headers and small fields
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def body_limit(router_name: str, settings: Settings) -> int:
    """The body limit of one router module: uploads and chat photos have their own."""
    if router_name == "catalog":
        return settings.max_import_bytes + FORM_ENVELOPE_BYTES
    if router_name == "images":
        return settings.max_image_bytes + FORM_ENVELOPE_BYTES
    if router_name == "chat":  # one photo as a base64 data: URL beside the message
        return settings.max_body_bytes + -(-settings.max_image_bytes // 3) * 4
    return settings.max_body_bytes


class UndeclaredBodyTooLarge(HTTPException):
    """A body without Content-Length passed the JSON limit: 413 (api/errors.py shapes it)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, undeclared_too_large(limit))


def undeclared_too_large(limit: int) -> str:
    return (
        f"a request body sent without Content-Length may be at most {limit:,} bytes; "
        "declare its length to send more, up to the route's own limit"
    )


class UndeclaredBodyLimit:
    """ASGI middleware: a body that does not declare its length may be at most `limit` bytes,
    multipart uploads excepted; refused with 413 as soon as it passes, the rest left unread."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _declared_or_upload(Headers(scope=scope)):
            await self.app(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise UndeclaredBodyTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except UndeclaredBodyTooLarge:  # read outside a route (a middleware): answer it here
            if started:
                raise
            refusal = error_response(413, "body_too_large", undeclared_too_large(self.limit))
            await refusal(scope, receive, send)


def _declared_or_upload(headers: Headers) -> bool:
    if "content-length" in headers:
        return True  # FastAPI's per-route limit refuses it before reading if it is too large
    return headers.get("content-type", "").lower().startswith("multipart/form-data")


async def refuse_lone_surrogates(request: Request) -> None:
    """An app-wide dependency: a JSON body FastAPI parsed must hold only encodable strings."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or route.body_field is None:
        return
    if request.headers.get("content-type", "").lower().startswith("multipart/"):
        return
    body = await request.body()  # already read (and limited) by FastAPI: this is its cache
    if _SURROGATE_ESCAPE.search(body) and _has_lone_surrogate(body):
        raise ApiError(
            422,
            "invalid_unicode",
            "the JSON body holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text",
        )


def _has_lone_surrogate(body: bytes) -> bool:
    try:
        value = json.loads(body)
    except ValueError:
        return False  # not JSON: FastAPI's own parsing answers that
    return _any_surrogate(value)


def _any_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_any_surrogate(k) or _any_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_any_surrogate(item) for item in value)
    return False
