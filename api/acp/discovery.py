"""`GET /.well-known/acp.json`: the seller's ACP discovery document (`DiscoveryResponse`).

Public (no key), like any well-known document: it says which version, transports and services
this server speaks, and where: `api_base_url` is this server's own `/acp`, as the request
reached it (behind a proxy, the scheme and host uvicorn trusts from `X-Forwarded-*`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.acp import models as acp
from api.deps import CommerceDep

router = APIRouter(tags=["acp"])
PUBLIC = True


@router.get("/.well-known/acp.json", response_model_exclude_none=True)
def acp_discovery(request: Request, commerce: CommerceDep) -> acp.DiscoveryResponse:
    """ACP over REST only: the MCP server at `/mcp` speaks UCP's tools, not ACP's binding."""
    return acp.DiscoveryResponse(
        api_base_url=str(request.base_url).rstrip("/") + "/acp",
        transports=["rest"],
        capabilities=acp.DiscoveryCapabilities(
            services=["checkout", "carts"],
            intervention_types=["3ds"],
            supported_currencies=[commerce.rules.currency.lower()],
        ),
    )
