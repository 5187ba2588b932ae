"""FastAPI dependencies: shared services opened once in the lifespan, handed out per request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from aisle.services import Services
from aisle.settings import Settings

if TYPE_CHECKING:
    from agent.service import ShoppingAgent
    from catalog.search import CatalogSearch
    from commerce.service import Commerce
    from vision.service import Vision


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_settings(services: ServicesDep) -> Settings:
    return services.settings


def get_search(services: ServicesDep) -> CatalogSearch:
    return services.search


def get_commerce(services: ServicesDep) -> Commerce:
    return services.commerce


def get_vision(services: ServicesDep) -> Vision:
    return services.vision


def get_agent(services: ServicesDep) -> ShoppingAgent:
    return services.agent


SettingsDep = Annotated[Settings, Depends(get_settings)]
SearchDep = Annotated["CatalogSearch", Depends(get_search)]
CommerceDep = Annotated["Commerce", Depends(get_commerce)]
VisionDep = Annotated["Vision", Depends(get_vision)]
AgentDep = Annotated["ShoppingAgent", Depends(get_agent)]


def require_api_key(
    request: Request,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """With keys configured every call needs one; without keys only loopback clients get in."""
    keys = [k.get_secret_value() for k in settings.api_keys]
    if not keys:
        client = request.client.host if request.client else ""
        if client in {"127.0.0.1", "::1", "localhost", "testclient"}:
            return
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="no API keys are configured, so only loopback clients are served",
        )
    given = x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if given not in keys:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="missing or wrong API key")
