"""The Aisle HTTP app: `create_app()` wires routers to services opened once in the lifespan."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from aisle import __version__
from aisle.services import Services
from aisle.settings import Settings, get_settings
from api.deps import require_api_key
from api.errors import install_error_handlers
from api.routes import carts, chat, checkout, health, images, orders, products, widget

log = logging.getLogger(__name__)

# The whole HTTP surface in one place. Public modules (health, the widget's files) need no key.
ROUTE_MODULES = (health, products, images, carts, checkout, orders, chat, widget)


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or get_settings()
    services = services or Services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.services = services
        opening = asyncio.create_task(asyncio.to_thread(_open_index, services))
        try:
            yield
        finally:
            opening.cancel()
            await asyncio.to_thread(services.close)

    app = FastAPI(
        title="Aisle",
        version=__version__,
        summary="Conversational shopping: catalog search, photo questions, confirmed checkout.",
        lifespan=lifespan,
    )
    app.state.services = services
    install_error_handlers(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    for module in ROUTE_MODULES:
        public = getattr(module, "PUBLIC", False)
        deps = [] if public else [Depends(require_api_key)]
        app.include_router(module.router, dependencies=deps)
    return app


def _open_index(services: Services) -> None:
    """Open the catalog index off the event loop so /v1/health can answer 'starting' meanwhile."""
    try:
        services.index  # noqa: B018 - opening is the point
    except Exception:
        log.exception("could not open the catalog index")
