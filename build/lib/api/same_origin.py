"""Keyless servers answer only their own host and their own pages.

With no storefront key configured (`AISLE_API_KEYS` empty, whatever the admin keys), the
server trusts loopback clients. Two browser tricks would let any web page the owner visits
borrow that trust: DNS rebinding (a page at evil.example whose
name now points at 127.0.0.1 sends `Host: evil.example`) and a cross-site form post (a
simple `multipart/form-data` or `text/plain` request needs no CORS preflight). So a keyless
server serves loopback host names (plus `AISLE_ALLOWED_HOSTS`) with Starlette's
`TrustedHostMiddleware`, and refuses requests that change anything when the browser says they
come from another site (`Sec-Fetch-Site`) or another origin (`Origin`), unless that origin is
one of `AISLE_CORS_ORIGINS`. Clients that are not browsers (curl, the CLI) send neither header.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from aisle.settings import Settings
from api.errors import error_response

# "testserver" is the host of Starlette's TestClient, as "testclient" is its client address.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]", "testserver")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_keyless(settings: Settings) -> bool:
    """No storefront keys: loopback clients are served without a key (admin keys or not)."""
    return not settings.api_keys


def trusted_hosts(settings: Settings) -> list[str]:
    return [*LOOPBACK_HOSTS, *settings.allowed_hosts]


class SameOriginMiddleware:
    """Refuse a state-changing request a browser marks as coming from another site."""

    def __init__(self, app: ASGIApp, allowed_origins: list[str]) -> None:
        self.app = app
        self.allowed_origins = {origin.rstrip("/").lower() for origin in allowed_origins}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            refusal = self._refusal(Headers(scope=scope), scope.get("scheme", "http"))
            if refusal:
                await error_response(403, "cross_site_request", refusal)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, headers: Headers, scheme: str) -> str | None:
        origin = headers.get("origin", "").rstrip("/").lower()
        if origin and origin in self.allowed_origins:
            return None
        site = headers.get("sec-fetch-site", "").lower()
        if site and site not in ("same-origin", "none"):
            return f"a {site} request may not change this server (it has no API keys)"
        if origin and origin != f"{scheme}://{headers.get('host', '').lower()}":
            return "a request from another origin may not change this server (it has no API keys)"
        return None
