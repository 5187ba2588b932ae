"""Streamable HTTP at `/mcp`: the MCP server inside the FastAPI app, behind the `/v1` key rules.

The endpoint is stateless (every POST stands alone, JSON answers), so any replica can answer
any call. Keys are checked before the MCP layer sees a byte: with storefront keys configured
every call needs one (or an admin key), without keys only loopback clients get in -- the very
rule of `api.deps.get_caller`. Without keys the SDK's DNS-rebinding protection is on too, so a
web page cannot reach a developer's local server through the browser.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from fastapi import FastAPI
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.services import Services
from api.deps import get_caller
from api.errors import ApiError
from api.mcp.server import build_mcp_server

MCP_PATH = "/mcp"


class KeyGuard:
    """ASGI wrapper: refuse a call without a valid key, or with a body over the JSON limit
    (`AISLE_MAX_BODY_BYTES`, as on `/v1`), with the API's usual JSON error.

    `/mcp` is a plain route outside FastAPI's routers, so their `max_body_size` does not reach
    it: the body is read here, up to the limit, and handed on only if it fits.
    """

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app = app
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope)
            try:
                get_caller(
                    request,
                    self.services.settings,
                    request.headers.get("authorization"),
                    request.headers.get("x-api-key"),
                )
            except ApiError as exc:
                await _refuse(exc.status_code, exc.code, exc.message, scope, receive, send)
                return
            limit = self.services.settings.max_body_bytes
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                await _refuse(413, "body_too_large", _too_large(limit), scope, receive, send)
                return
            body = bytearray()
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                if len(body) > limit:
                    await _refuse(413, "body_too_large", _too_large(limit), scope, receive, send)
                    return
                if not message.get("more_body", False):
                    break
            receive = _replay(bytes(body), receive)
        await self.app(scope, receive, send)


def _too_large(limit: int) -> str:
    return f"the request body is over this route's limit of {limit} bytes"


async def _refuse(
    status: int, code: str, message: str, scope: Scope, receive: Receive, send: Send
) -> None:
    refusal = JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    await refusal(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the already-read body on once, then listens like the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def mount_mcp(app: FastAPI, services: Services) -> AbstractAsyncContextManager[None]:
    """Add `/mcp` to the app; returns the session manager's lifespan for the app's lifespan."""
    server: MCPServer = build_mcp_server(services)
    local = not services.settings.api_keys and not services.settings.admin_api_keys
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=local,
        allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*", "127.0.0.1", "localhost"],
        allowed_origins=["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"],
    )
    inner = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        transport_security=security,
    )
    for route in inner.routes:
        if isinstance(route, Route) and route.path == MCP_PATH:
            app.router.routes.append(Route(MCP_PATH, KeyGuard(route.endpoint, services)))
    return server.session_manager.run()
