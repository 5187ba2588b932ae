"""How large a request body may be, and that JSON text in it is real Unicode.

The limits are FastAPI's own `max_body_size` (app default, per router when included): a
declared `Content-Length` over the limit is refused with 413 before a byte is read, and a body
sent without a length (chunked) is counted as it arrives and refused once it passes the limit.

JSON allows a lone UTF-16 surrogate (`"\\ud800"`) that no Unicode text can hold; it would fail
later, in a database or an encoder, as a 500. `refuse_lone_surrogates` answers 422 first.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute

from aisle.settings import Settings
from api.errors import ApiError

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
