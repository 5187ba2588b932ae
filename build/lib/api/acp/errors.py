"""ACP's protocol error shape (`{"type", "code", "message", "param"}`) for everything under `/acp`.

Routes raise `AcpProblem`. Refusals made elsewhere (a missing key, a body over the limit, a rate
limit, a FastAPI validation error) are answered in Aisle's `{"error": {...}}` shape by the rest of
the app; `AcpErrorShape` rewrites those under `/acp` into ACP's, so an agent sees one shape.
Request validation errors become 400 `invalid_request` with the field as a JSONPath `param`, as
the spec's cart API declares. Every `/acp` answer carries the `API-Version` it speaks.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.acp.models import ACP_VERSION
from commerce.errors import CheckoutClosed, CommerceError, NotFound, OutOfStock, SessionChanged

PREFIXES = ("/acp/", "/.well-known/acp.json")


class AcpProblem(Exception):
    """A refusal with no session or cart to show: ACP's `Error` with an HTTP status."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        headers: dict[str, str] | None = None,
        supported_versions: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers or {}
        self.supported_versions = supported_versions

    def response(self) -> JSONResponse:
        return JSONResponse(
            status_code=self.status_code,
            content=error_body(
                self.status_code, self.code, self.message, self.param, self.supported_versions
            ),
            headers=self.headers,
        )


def error_body(
    status: int,
    code: str,
    message: str,
    param: str | None = None,
    supported_versions: list[str] | None = None,
) -> dict[str, Any]:
    kind = "service_unavailable" if status == 503 else (
        "processing_error" if status >= 500 else "invalid_request"
    )  # fmt: skip
    body: dict[str, Any] = {"type": kind, "code": code, "message": message}
    if param:
        body["param"] = param
    if supported_versions:
        body["supported_versions"] = supported_versions
    return body


@contextmanager
def acp_errors() -> Iterator[None]:
    """Commerce refusals as ACP errors; 409 is kept for `idempotency_in_flight`, as in the spec."""
    try:
        yield
    except NotFound as exc:
        raise AcpProblem(404, "not_found", str(exc)) from exc
    except OutOfStock as exc:
        raise AcpProblem(422, "out_of_stock", str(exc)) from exc
    except CheckoutClosed as exc:
        raise AcpProblem(400, "session_closed", str(exc)) from exc
    except SessionChanged as exc:
        raise AcpProblem(412, "session_changed", str(exc)) from exc
    except CommerceError as exc:
        raise AcpProblem(400, exc.code, str(exc)) from exc


def json_path(loc: Sequence[Any]) -> str | None:
    """`["body", "line_items", 0, "id"]` -> `$.line_items[0].id` (body fields only)."""
    if len(loc) < 2 or loc[0] != "body":
        return None
    path = "$"
    for part in loc[1:]:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def install_acp_errors(app: FastAPI) -> None:
    @app.exception_handler(AcpProblem)
    async def _problem(_: Request, exc: AcpProblem) -> JSONResponse:
        return exc.response()

    app.add_middleware(AcpErrorShape)


class AcpErrorShape:
    """Under `/acp`: Aisle-shaped error bodies become ACP's; `API-Version` is always sent and a
    `Request-Id` echoed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PREFIXES):
            await self.app(scope, receive, send)
            return
        held: Message | None = None
        body = b""
        stamped = [(b"api-version", ACP_VERSION.encode())]
        request_id = dict(scope.get("headers", [])).get(b"request-id")
        if request_id and len(request_id) <= 200:  # echoed, as the spec's answers do
            stamped.append((b"request-id", request_id))
        names = {name for name, _ in stamped}

        async def reshaped(message: Message) -> None:
            nonlocal held, body
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": [*headers, *stamped]}
                if message["status"] >= 400:
                    held = message
                    return
                await send(message)
                return
            if held is None:
                await send(message)
                return
            body += message.get("body", b"")
            if message.get("more_body", False):
                return
            status, content = _as_acp(held["status"], body)
            headers = [(k, v) for k, v in held["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(content)).encode()))
            await send({**held, "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, reshaped)


def _as_acp(status: int, body: bytes) -> tuple[int, bytes]:
    try:
        parsed = json.loads(body)
    except ValueError:
        return status, body
    if not isinstance(parsed, dict) or not isinstance(parsed.get("error"), dict):
        return status, body  # already ACP's shape
    error = parsed["error"]
    param = None
    if status == 422 and isinstance(parsed.get("detail"), list):  # FastAPI's validation
        status = 400
        first = parsed["detail"][0] if parsed["detail"] else {}
        param = json_path(first.get("loc") or [])
    content = error_body(status, str(error.get("code")), str(error.get("message")), param)
    return status, json.dumps(content).encode()
