"""The Aisle HTTP app: `create_app()` wires routers to services opened once in the lifespan."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from aisle import __version__
from aisle.imports import CatalogImports
from aisle.services import Services
from aisle.settings import Settings, get_settings
from aisle.webhook_sender import sender_for
from api.acp import carts as acp_carts
from api.acp import checkout as acp_checkout
from api.acp import discovery as acp_discovery
from api.acp.errors import install_acp_errors
from api.body_limits import UndeclaredBodyLimit, body_limit, refuse_lone_surrogates
from api.deps import require_admin_key, require_api_key
from api.error_docs import install_error_docs
from api.errors import PlainErrorsAsJson, install_error_handlers
from api.mcp.http import mount_mcp
from api.rate_limits import RateLimitMiddleware, RateLimits
from api.routes import carts, catalog, chat, checkout, health, images, orders, products, widget
from api.same_origin import SameOriginMiddleware, is_keyless, trusted_hosts
from api.turn_stream import finish_running_turns
from api.warm_routes import build_routes, rehearse_chat_request

log = logging.getLogger(__name__)

# The whole HTTP surface in one place. Public modules (health, the widget's files) need no key;
# admin modules (catalog imports) need an admin key, never a storefront one.
ROUTE_MODULES = (health, products, images, carts, checkout, orders, chat, widget, catalog)


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or get_settings()
    services = services or Services(settings)
    imports = CatalogImports(
        settings.data_dir / "imports",
        lambda path, fmt, replace, allow_empty, on_progress: services.ingest(
            path, fmt=fmt, replace=replace, allow_empty=allow_empty, on_progress=on_progress
        ),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = services
        if settings.warm_up:
            services.warming_up.set()  # /v1/health says "warming" until the models are in
            await build_routes(app)  # or the first request to each router builds its routes
        opening = asyncio.create_task(_open_and_warm(app, services))
        await asyncio.to_thread(imports.fail_interrupted)
        webhooks = sender_for(services)  # order webhooks, off without AISLE_WEBHOOK_URL
        if webhooks is not None:
            webhooks.start()  # picks up events a previous run left undelivered
        try:
            async with mcp_sessions:
                yield
        finally:
            await opening  # never close the stores under a warm-up still loading into them
            await finish_running_turns()  # a shopper's disconnect never cuts a turn short
            if webhooks is not None:
                await webhooks.stop()  # gives its leases back; the rest goes out next start
            await asyncio.to_thread(imports.close)  # the index must not close under an import
            await asyncio.to_thread(services.close)

    app = FastAPI(
        title="Aisle",
        version=__version__,
        summary="Conversational shopping: catalog search, photo questions, confirmed checkout.",
        lifespan=lifespan,
        dependencies=[Depends(refuse_lone_surrogates)],
    )
    app.state.services = services
    app.state.imports = imports
    install_error_handlers(app)
    # Middleware added last runs first: the client address a trusted proxy names, CORS, error
    # shapes, host check, rate limits, then same-origin writes. Body limits are per router
    # (FastAPI's max_body_size), set below; a body without a length gets the JSON limit on
    # every route (uploads excepted).
    app.add_middleware(UndeclaredBodyLimit, limit=settings.max_body_bytes)
    if is_keyless(settings):
        app.add_middleware(SameOriginMiddleware, allowed_origins=settings.cors_origins)
    app.add_middleware(RateLimitMiddleware, limits=RateLimits(settings))
    if is_keyless(settings):
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=trusted_hosts(settings))
    app.add_middleware(PlainErrorsAsJson)
    install_acp_errors(app)  # around PlainErrorsAsJson: ACP's error shape under /acp
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["Retry-After"],
        )
    if settings.trusted_proxies:  # only these peers may say who the client is
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    for module in ROUTE_MODULES:
        guard = require_admin_key if getattr(module, "ADMIN", False) else require_api_key
        deps = [] if getattr(module, "PUBLIC", False) else [Depends(guard)]
        name = module.__name__.rsplit(".", 1)[-1]
        app.include_router(
            module.router, dependencies=deps, max_body_size=body_limit(name, settings)
        )
    for module in (acp_checkout, acp_carts, acp_discovery):  # each checks its own caller
        app.include_router(module.router, max_body_size=settings.max_body_bytes)
    mcp_sessions = mount_mcp(app, services)  # the MCP server at /mcp (api/mcp)
    install_error_docs(app)
    return app


async def _open_and_warm(app: FastAPI, services: Services) -> None:
    """Open the index and load the models off the event loop, then (warm-up on) rehearse one
    refused chat request, so the first shopper's request finds the route's handling built."""
    if not await asyncio.to_thread(_open_index, services):
        return
    try:
        await rehearse_chat_request(app)
    except Exception:  # FastAPI may change how it serves a route; a shopper's turn still will
        log.exception("the chat route rehearsal failed")
    services.warm.set()


def _open_index(services: Services) -> bool:
    """Open the index, recover from an earlier crash, then load the models; True once they are
    loaded and the server is not yet ready (`services.warm` is set otherwise).

    /v1/health answers 503 'starting' until the index is open, 'warming' until the first chat
    turn would find every model loaded (`Services.warm_up`), then 200. Recovery settles payments
    left open and index stock behind commerce.
    """
    try:
        services.index  # noqa: B018 - opening is the point
    except Exception:
        log.exception("could not open the catalog index")
        return False
    services.recover()
    if not services.settings.warm_up:
        services.warm.set()
        return False
    try:
        services.warm_up()
    except Exception:  # a broken model must not keep the catalog API down; turns will say why
        log.exception("could not load the models ahead of the first turn")
        services.warm.set()
        return False
    return True
