"""FastAPI dependencies: shared services opened once in the lifespan, handed out per request."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader
from pydantic import SecretStr

from aisle.services import Services
from aisle.settings import Settings
from api.errors import ApiError

if TYPE_CHECKING:
    from agent.service import ShoppingAgent
    from aisle.imports import CatalogImports
    from aisle.photos import PhotoAnswers
    from catalog.search import CatalogSearch
    from commerce.service import Commerce


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


def get_vision(services: ServicesDep) -> PhotoAnswers:
    return services.vision


def get_agent(services: ServicesDep) -> ShoppingAgent:
    return services.agent


def get_imports(request: Request) -> CatalogImports:
    imports: CatalogImports = request.app.state.imports
    return imports


SettingsDep = Annotated[Settings, Depends(get_settings)]
SearchDep = Annotated["CatalogSearch", Depends(get_search)]
CommerceDep = Annotated["Commerce", Depends(get_commerce)]
VisionDep = Annotated["PhotoAnswers", Depends(get_vision)]
AgentDep = Annotated["ShoppingAgent", Depends(get_agent)]
ImportsDep = Annotated["CatalogImports", Depends(get_imports)]


LOOPBACK_CLIENTS = frozenset({"127.0.0.1", "::1", "localhost", "testclient"})

# The key headers as OpenAPI security schemes, so the schema says which operations need a key.
AuthorizationHeader = Annotated[
    str | None,
    Depends(
        APIKeyHeader(
            name="Authorization",
            scheme_name="BearerKey",
            description="`Bearer <key>`",
            auto_error=False,
        )
    ),
]
ApiKeyHeader = Annotated[
    str | None,
    Depends(APIKeyHeader(name="X-API-Key", scheme_name="ApiKey", auto_error=False)),
]


@dataclass(frozen=True)
class Caller:
    """Who is calling: `admin` (a secret admin key) may reach every conversation's data.

    Everyone else -- a storefront key, whose value sits in page source, or a loopback client of
    a server with no storefront keys -- reaches a conversation's data only with its thread token
    (`api/authority.py`).
    """

    admin: bool


def get_caller(
    request: Request,
    settings: SettingsDep,
    authorization: AuthorizationHeader = None,
    x_api_key: ApiKeyHeader = None,
) -> Caller:
    """An admin key gets in anywhere. Otherwise, with storefront keys configured every call needs
    one, and without them only loopback clients get in."""
    given = given_key(authorization, x_api_key)
    if is_one_of(given, settings.admin_api_keys):
        return Caller(admin=True)
    keys = settings.api_keys
    if not keys:
        _require_loopback(
            request, "no API keys are configured, so only loopback clients are served"
        )
    elif not is_one_of(given, keys):
        raise ApiError(401, "api_key_required", "missing or wrong API key")
    return Caller(admin=False)


CallerDep = Annotated[Caller, Depends(get_caller)]


def require_api_key(caller: CallerDep) -> None:
    """Guard of the storefront routes: a storefront or admin key (see `get_caller`)."""


def require_admin_key(
    request: Request,
    settings: SettingsDep,
    authorization: AuthorizationHeader = None,
    x_api_key: ApiKeyHeader = None,
) -> None:
    """Catalog changes need an admin key: storefront keys sit in page source for anyone to copy.

    Without admin keys only loopback clients get in, and only while no storefront key is set
    either: a server with keys is exposed, and behind a same-host proxy everyone looks local.
    """
    given = given_key(authorization, x_api_key)
    if settings.admin_api_keys:
        if is_one_of(given, settings.admin_api_keys):
            return
        if is_one_of(given, settings.api_keys):
            raise ApiError(
                403,
                "admin_key_required",
                "this is a storefront API key; changing the catalog needs an admin key",
            )
        raise ApiError(401, "admin_key_required", "missing or wrong admin API key")
    if settings.api_keys:
        raise ApiError(
            403,
            "admin_keys_not_configured",
            "API keys are configured but no admin API keys (AISLE_ADMIN_API_KEYS), "
            "so nobody may change the catalog over HTTP",
        )
    _require_loopback(
        request, "no admin API keys are configured, so only loopback clients may change the catalog"
    )


def given_key(authorization: str | None, x_api_key: str | None) -> str | None:
    """`Authorization: Bearer <key>` wins over `X-API-Key: <key>`."""
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return x_api_key


def is_one_of(given: str | None, keys: list[SecretStr]) -> bool:
    if not given:
        return False
    candidate = given.encode()
    return any(hmac.compare_digest(candidate, k.get_secret_value().encode()) for k in keys)


def _require_loopback(request: Request, refusal: str) -> None:
    client = request.client.host if request.client else ""
    if client not in LOOPBACK_CLIENTS:
        raise ApiError(403, "loopback_only", refusal)
