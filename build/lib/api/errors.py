"""One error shape for every route: {"error": {"code": ..., "message": ...}}.

Error bodies never echo more than a short excerpt of what the client sent: a 100 MB message
that fails validation gets a few hundred bytes back, not 100 MB.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.middleware.body_limit import MAX_BODY_SIZE_SCOPE_KEY
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vision.errors import (
    DecompressionBomb,
    ImageRejected,
    ImageTooLarge,
    UndecodableImage,
    UnsupportedImage,
)

EXCERPT_CHARS = 80  # of any input echoed in an error


class ApiError(Exception):
    """An error a client can act on, with a stable machine-readable code."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
        *,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.retry_after = retry_after  # seconds; sent as the Retry-After header
        if retry_after is not None:
            self.headers["Retry-After"] = str(retry_after)


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """What every 4xx answers (a 422 also carries `detail`, one entry per invalid field)."""

    error: ErrorDetail


def error_response(
    status_code: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        status_code=status_code,
        content={"error": {"code": code, "message": message}},
        headers=dict(headers or {}),
    )


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, always-encodable excerpt of client input (lone surrogates escaped)."""
    text = value if isinstance(value, str) else repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "…"


def image_error(exc: ImageRejected) -> ApiError:
    """A refused photo, the same on every route: 413 too large, 415 not an image, else 422."""
    if isinstance(exc, ImageTooLarge):
        return ApiError(413, "image_too_large", str(exc))
    if isinstance(exc, UnsupportedImage):
        return ApiError(415, "unsupported_image_type", str(exc))
    if isinstance(exc, DecompressionBomb):
        return ApiError(422, "image_too_many_pixels", str(exc))
    if isinstance(exc, UndecodableImage):
        return ApiError(422, "undecodable_image", str(exc))
    return ApiError(422, "image_rejected", str(exc))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status_code, exc.code, exc.message, exc.headers)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        """Starlette's own refusals (unknown path, wrong method, unparsable body)."""
        if exc.status_code == 413:  # FastAPI's max_body_size: the route's limit is in the scope
            message = _too_large(request.scope.get(MAX_BODY_SIZE_SCOPE_KEY))
            if exc.detail != "Content Too Large":  # api/body_limits.py says what it refused
                message = exc.detail
            return error_response(413, "body_too_large", message, exc.headers)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return error_response(exc.status_code, code, excerpt(exc.detail, 200), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [_short(err) for err in exc.errors()[:20]]
        problems = [f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in errors]
        return JSONResponse(
            status_code=422,
            content={
                "error": {"code": "invalid_request", "message": "; ".join(problems)},
                "detail": jsonable_encoder(errors),
            },
        )


def _short(err: Mapping[str, Any]) -> dict[str, Any]:
    """One validation error with its input cut to an excerpt and every string encodable."""
    short: dict[str, Any] = {
        "type": err.get("type", "invalid"),
        "loc": [part if isinstance(part, int) else excerpt(part) for part in err.get("loc", ())],
        "msg": excerpt(err.get("msg", "invalid"), 300),
    }
    if "input" in err:
        short["input"] = excerpt(err["input"])
    if isinstance(err.get("ctx"), Mapping):
        short["ctx"] = {
            key: value if isinstance(value, int | float) else excerpt(value)
            for key, value in err["ctx"].items()
        }
    return short


class PlainErrorsAsJson:
    """Framework middleware answers some 4xx in plain text (Starlette's body limit before the
    body is read, `TrustedHostMiddleware`'s foreign Host): give them the common error shape."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: Message | None = None
        text = b""
        limit: object = None

        async def reshaped(message: Message) -> None:
            nonlocal held, text, limit
            if message["type"] == "http.response.start" and _is_plain_error(message):
                held = message
                limit = scope.get(MAX_BODY_SIZE_SCOPE_KEY)  # gone once the limiter returns
                return
            if held is None:
                await send(message)
                return
            text += message.get("body", b"")
            if not message.get("more_body", False):
                status = held["status"]
                if status == 413:
                    response = error_response(413, "body_too_large", _too_large(limit))
                elif text == b"Invalid host header":
                    response = error_response(400, "invalid_host", _FOREIGN_HOST)
                else:
                    said = excerpt(text.decode("utf-8", "replace"), 200)
                    response = error_response(status, "bad_request", said)
                await response(scope, receive, send)

        await self.app(scope, receive, reshaped)


_FOREIGN_HOST = (
    "this server has no API keys, so it answers only its loopback names and AISLE_ALLOWED_HOSTS"
)


def _is_plain_error(message: Message) -> bool:
    if message["status"] not in (400, 413):  # what Starlette's middleware answers in plain text
        return False
    for name, value in message.get("headers", []):
        if name.lower() == b"content-type":
            return bool(value.lower().startswith(b"text/plain"))
    return False


def _too_large(limit: object) -> str:
    within = f" of {limit:,} bytes" if isinstance(limit, int) else ""
    return f"the request body is larger than this route's limit{within}"
