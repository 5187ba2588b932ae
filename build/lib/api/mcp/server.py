"""Aisle as an MCP server (official `mcp` SDK): UCP-shaped shopping tools and the assistant itself.

Tools follow the Universal Commerce Protocol's MCP binding (`ucp/*-mcp.md`): every call sends
`meta` (with `ucp-agent.profile`); operations on a resource take its `id`; results are the UCP
body as `structuredContent` (and as JSON text). `complete_checkout` and `cancel_checkout` need
`meta["idempotency-key"]`. Authority is REST's (`api/authority.py`), see `api/mcp/operations.py`.

Transports: streamable HTTP at `/mcp` in the FastAPI app (`api/mcp/http.py`: storefront or
admin key required as on `/v1`), and stdio via `aisle mcp` (a local process: the caller is a
shopper that needs thread tokens, never an admin).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from starlette.concurrency import run_in_threadpool

from aisle import __version__
from aisle.services import Services
from api.authority import Access
from api.deps import given_key, is_one_of
from api.mcp import shapes
from api.mcp.operations import Refused, UcpOperations, answer
from api.mcp.shapes import Json
from api.rate_limits import count_failed_authentication

TOKEN_META = "aisle-thread-token"
READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITES = ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)
BUYS = ToolAnnotations(read_only_hint=False, destructive_hint=True, open_world_hint=False)

CATALOG = "dev.ucp.shopping.catalog"
CART = "dev.ucp.shopping.cart"
CHECKOUT = "dev.ucp.shopping.checkout"
ORDER = "dev.ucp.shopping.order"


def build_mcp_server(services: Services) -> MCPServer:
    """The MCP server of one Aisle process; every tool calls the same services as REST."""
    ops = UcpOperations(services)
    server = MCPServer(
        name="aisle",
        title=services.settings.store_name,
        version=__version__,
        log_level="WARNING",
        instructions=(
            "Shop this store: search_catalog / get_product, then create_cart or create_checkout "
            "(keep aisle.thread_token from the reply and send it as meta['aisle-thread-token'] "
            "on every later call), show the buyer the checkout's items and total, and only then "
            "complete_checkout with checkout.aisle.approved_version set to the version they saw. "
            "Or talk to the store's own assistant with ask_shopping_assistant."
        ),
    )

    def access(ctx: Context, meta: Json | None) -> Access:
        headers = ctx.headers or {}
        given = given_key(headers.get("authorization"), headers.get("x-api-key"))
        admin = is_one_of(given, services.settings.admin_api_keys)
        token = (meta or {}).get(TOKEN_META) or headers.get("x-thread-token")
        return Access(
            admin=admin,
            token=str(token) if token else None,
            commerce=services.commerce,
            on_denied=_counter(ctx),
        )

    async def call(
        capability: str, meta: Json, run: Callable[[], Json], *, key_required: bool = False
    ) -> CallToolResult:
        def checked() -> Json:
            _check_meta(meta, key_required)
            return run()

        body, failed = await anyio.to_thread.run_sync(answer, capability, checked)
        return result(body, failed)

    @server.tool(annotations=READ_ONLY)
    async def search_catalog(meta: Json, catalog: Json) -> CallToolResult:
        """Search the catalog: catalog = {query, filters: {categories, price: {min, max}},
        pagination: {limit, cursor}}. Prices are integer minor units."""
        return await call(CATALOG, meta, lambda: ops.search_catalog(catalog))

    @server.tool(annotations=READ_ONLY)
    async def lookup_catalog(meta: Json, catalog: Json) -> CallToolResult:
        """Products by id: catalog = {ids: [product id or variant id]}."""
        return await call(CATALOG, meta, lambda: ops.lookup_catalog(catalog))

    @server.tool(annotations=READ_ONLY)
    async def get_product(meta: Json, catalog: Json) -> CallToolResult:
        """One product with all its variants: catalog = {id}."""
        return await call(CATALOG, meta, lambda: ops.get_product(catalog))

    @server.tool(annotations=WRITES)
    async def create_cart(meta: Json, cart: Json, ctx: Context) -> CallToolResult:
        """A new cart (and conversation): cart = {line_items: [{item: {id}, quantity}]}.
        Keep aisle.thread_token from the reply; send it as meta['aisle-thread-token'] later."""
        who = access(ctx, meta)
        return await call(CART, meta, lambda: ops.create_cart(who, cart))

    @server.tool(annotations=READ_ONLY)
    async def get_cart(meta: Json, id: str, ctx: Context) -> CallToolResult:
        """The cart's current lines and totals."""
        who = access(ctx, meta)
        return await call(CART, meta, lambda: ops.get_cart(who, id))

    @server.tool(annotations=WRITES)
    async def update_cart(meta: Json, id: str, cart: Json, ctx: Context) -> CallToolResult:
        """Replace the cart's lines: cart = {line_items: [{item: {id}, quantity}]}."""
        who = access(ctx, meta)
        return await call(CART, meta, lambda: ops.update_cart(who, id, cart))

    @server.tool(annotations=WRITES)
    async def cancel_cart(meta: Json, id: str, ctx: Context) -> CallToolResult:
        """Empty the cart."""
        who = access(ctx, meta)
        return await call(CART, meta, lambda: ops.cancel_cart(who, id))

    @server.tool(annotations=WRITES)
    async def create_checkout(meta: Json, checkout: Json, ctx: Context) -> CallToolResult:
        """A checkout from a cart (checkout = {cart_id, buyer, fulfillment}) or from line items
        (then a new conversation: keep aisle.thread_token). Show the buyer line_items and totals."""
        who = access(ctx, meta)
        key = _idempotency_key(meta)
        return await call(CHECKOUT, meta, lambda: ops.create_checkout(who, checkout, key))

    @server.tool(annotations=READ_ONLY)
    async def get_checkout(meta: Json, id: str, ctx: Context) -> CallToolResult:
        """The checkout's status, items, totals, messages and aisle.version."""
        who = access(ctx, meta)
        return await call(CHECKOUT, meta, lambda: ops.get_checkout(who, id))

    @server.tool(annotations=WRITES)
    async def update_checkout(meta: Json, id: str, checkout: Json, ctx: Context) -> CallToolResult:
        """Change buyer, fulfillment (shipping destination) or line_items; raises aisle.version."""
        who = access(ctx, meta)
        return await call(CHECKOUT, meta, lambda: ops.update_checkout(who, id, checkout))

    @server.tool(annotations=BUYS)
    async def complete_checkout(
        meta: Json,
        id: str,
        checkout: Json,
        ctx: Context,
    ) -> CallToolResult:
        """Place the order, only after the buyer approved the items and total. checkout =
        {payment: {instruments: [{id, handler_id, type, credential: {type, token}}]},
        aisle: {approved_version, approved_total}}. Needs meta['idempotency-key']."""
        who = access(ctx, meta)
        key = _idempotency_key(meta)
        return await call(
            CHECKOUT,
            meta,
            lambda: ops.complete_checkout(who, id, checkout, key),
            key_required=True,
        )

    @server.tool(annotations=WRITES)
    async def cancel_checkout(meta: Json, id: str, ctx: Context) -> CallToolResult:
        """Cancel the checkout. Needs meta['idempotency-key']."""
        who = access(ctx, meta)
        return await call(CHECKOUT, meta, lambda: ops.cancel_checkout(who, id), key_required=True)

    @server.tool(annotations=READ_ONLY)
    async def get_order(meta: Json, id: str, ctx: Context) -> CallToolResult:
        """The order placed by a completed checkout."""
        who = access(ctx, meta)
        return await call(ORDER, meta, lambda: ops.get_order(who, id))

    @server.tool(annotations=BUYS)
    async def ask_shopping_assistant(
        message: str,
        ctx: Context,
        thread_id: str | None = None,
        resume: dict[str, Any] | None = None,
        meta: Json | None = None,
    ) -> CallToolResult:
        """Talk to the store's shopping assistant, one turn. Omit thread_id to start; keep the
        thread_id and thread_token it returns (token as meta['aisle-thread-token']). When the
        reply is awaiting_confirmation, show the buyer `checkout` and send
        resume = {"approved": true, "payment_token": "tok_visa"} only with their yes."""
        who = access(ctx, meta)

        def turn() -> Json:
            if not message.strip() and resume is None:
                raise Refused("empty_message", "send a message or a resume answer")
            token = None
            if thread_id is None:
                tid, token = services.commerce.start_conversation()
            else:
                who.thread(thread_id)
                tid = thread_id
            reply = services.agent.chat(tid, message, None, resume)
            return reply.model_copy(update={"thread_token": token}).model_dump(mode="json")

        try:
            body = await run_in_threadpool(turn)
        except Exception as exc:
            body, failed = _turn_error(exc)
            return result(body, failed)
        return result(body, False)

    return server


def result(body: Json, failed: bool) -> CallToolResult:
    text = json.dumps(body, separators=(",", ":"))
    return CallToolResult(
        content=[TextContent(type="text", text=text)], structured_content=body, is_error=failed
    )


def _counter(ctx: Context) -> Callable[[], None] | None:
    """Count a refused token against the HTTP caller's failed-authentication allowance, as REST
    does (`api/rate_limits.py`). Over streamable HTTP the SDK hands the tool the Starlette request
    whose scope the rate-limit middleware watches; stdio has no request and no address."""
    scope = getattr(ctx.request_context.request, "scope", None)
    if not isinstance(scope, dict):
        return None
    return lambda: count_failed_authentication(scope)


def _check_meta(meta: Json, key_required: bool) -> None:
    agent = meta.get("ucp-agent") if isinstance(meta, dict) else None
    if not isinstance(agent, dict) or not agent.get("profile"):
        raise Refused("invalid_input", "meta['ucp-agent'].profile is required on every call")
    if key_required and not _idempotency_key(meta):
        raise Refused("idempotency_key_required", "meta['idempotency-key'] is required here")


def _idempotency_key(meta: Json) -> str | None:
    key = meta.get("idempotency-key") if isinstance(meta, dict) else None
    return str(key)[:255] if key else None


def _turn_error(exc: Exception) -> tuple[Json, bool]:
    from agent.locks import TurnBusy
    from api.errors import ApiError

    if isinstance(exc, Refused):
        return {"error": {"code": exc.code, "message": exc.content}}, True
    if isinstance(exc, ApiError):
        return {"error": {"code": exc.code, "message": exc.message}}, True
    if isinstance(exc, TurnBusy):
        return {"error": {"code": "conversation_busy", "message": str(exc)}}, True
    raise exc


__all__ = ["build_mcp_server", "result", "shapes"]
