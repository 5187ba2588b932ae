"""`GET /.well-known/acp.json`: the seller's ACP discovery document (`DiscoveryResponse`).

Public (no key), like any well-known document: it says which version, transports and services
this server speaks, and where: `api_base_url` is this server's own `/acp`, as the request
reached it (behind a proxy, the scheme and host uvicorn trusts from `X-Forwarded-*`).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request

from api.acp import models as acp
from api.deps import CommerceDep, SettingsDep

Service = Literal["checkout", "orders", "delegate_payment", "carts"]
router = APIRouter(tags=["acp"])
PUBLIC = True


@router.get("/.well-known/acp.json", response_model_exclude_none=True)
def acp_discovery(
    request: Request, commerce: CommerceDep, settings: SettingsDep
) -> acp.DiscoveryResponse:
    """ACP over REST only: the MCP server at `/mcp` speaks UCP's tools, not ACP's binding.

    `orders` (ACP's order webhooks) is listed only when a webhook URL is configured: without
    one no order event leaves the store.
    """
    services: list[Service] = ["checkout", "carts"]
    if settings.webhook_url:
        services.append("orders")
    return acp.DiscoveryResponse(
        api_base_url=str(request.base_url).rstrip("/") + "/acp",
        transports=["rest"],
        capabilities=acp.DiscoveryCapabilities(
            services=services,
            intervention_types=["3ds"],
            supported_currencies=[commerce.rules.currency.lower()],
        ),
    )
