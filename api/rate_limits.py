"""Rate limits per client address and per API key, with the `limits` library.

Every request counts against its client address; a request with a known key also counts
against that key. Requests that fail authentication (401, or a thread token refused with 403 or
404 by `api/authority.py`) count against a much smaller allowance per address, and once it is
spent that address's requests without a valid key, or with a thread token and no admin key, are
refused before they reach a route, so neither keys nor thread tokens can be guessed at speed.
A refusal is 429 with `Retry-After` (seconds). Counters live in this process, or in Redis when
`REDIS_URL` is set so that all workers share them. Behind a proxy the client address is the one
the proxy names in `X-Forwarded-For`, only for peers in `AISLE_TRUSTED_PROXIES` (`api/app.py`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.settings import Settings
from api.deps import given_key, is_one_of
from api.errors import error_response

log = logging.getLogger(__name__)

_WHAT = {"addr": "requests from this address", "key": "requests with this key"}
_FAILED_AUTH = "aisle.failed_authentications"  # scope key: refusals a route counted


@dataclass(frozen=True)
class Refusal:
    retry_after: int
    what: str


class RateLimits:
    """The three allowances and the shared counters behind them."""

    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.settings = settings
        self.storage = storage or open_storage(settings.redis_url)
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        self.per_address = parse_many(settings.rate_limit_per_address)
        self.per_key = parse_many(settings.rate_limit_per_key)
        self.auth_failures = parse_many(settings.rate_limit_auth_failures)
        self.keys = [*settings.api_keys, *settings.admin_api_keys]
        self.admin_keys = settings.admin_api_keys
        self.round_trips = not isinstance(self.storage, MemoryStorage)

    async def admit(
        self, address: str, key: str | None, *, thread_token: bool = False
    ) -> Refusal | None:
        """Count one request; a refusal says when to come back."""
        known = is_one_of(key, self.keys)
        tries_token = thread_token and not is_one_of(key, self.admin_keys)
        if (self.keys and not known) or tries_token:  # a secret to prove, unless public
            for item in self.auth_failures:
                if not await self.limiter.test(item, "auth", address):
                    return await self._refusal(item, ("auth", address), "failed authentications")
        counted = [(item, "addr", address) for item in self.per_address]
        if known and key is not None:
            key_id = hashlib.sha256(key.encode()).hexdigest()[:16]  # never the key itself
            counted += [(item, "key", key_id) for item in self.per_key]
        if self.round_trips:  # Redis: one round trip's wait for all counters, not one each
            admitted = await asyncio.gather(*(self.limiter.hit(*hit) for hit in counted))
        else:
            admitted = [await self.limiter.hit(*hit) for hit in counted]
        for ok, (item, kind, ident) in zip(admitted, counted, strict=True):
            if not ok:
                return await self._refusal(item, (kind, ident), _WHAT[kind])
        return None

    async def failed_authentication(self, address: str) -> None:
        for item in self.auth_failures:
            await self.limiter.hit(item, "auth", address)

    async def _refusal(self, item: RateLimitItem, ids: tuple[str, str], what: str) -> Refusal:
        stats = await self.limiter.get_window_stats(item, *ids)
        wait = max(1, math.ceil(stats.reset_time - time.time()))
        return Refusal(retry_after=min(wait, item.get_expiry()), what=f"{what} ({item})")


def open_storage(redis_url: str | None) -> Storage:
    if not redis_url:
        return MemoryStorage()
    scheme, _, rest = redis_url.partition("://")
    storage = storage_from_string(f"async+{scheme}://{rest}", implementation="redispy")
    assert isinstance(storage, Storage)
    return storage


def count_failed_authentication(scope: Scope) -> None:
    """A route refused a secret other than the key (a thread token): count it like a 401."""
    failures = scope.get(_FAILED_AUTH)
    if isinstance(failures, list):
        failures.append(True)


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, limits: RateLimits) -> None:
        self.app = app
        self.limits = limits
        self.warned_at = -math.inf

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        address = scope["client"][0] if scope.get("client") else "unknown"
        key = given_key(headers.get("authorization"), headers.get("x-api-key"))
        try:
            refusal = await self.limits.admit(
                address, key, thread_token="x-thread-token" in headers
            )
        except Exception:  # the counters' store is down: serve rather than refuse everyone
            self._warn("rate limits are off: their store does not answer")
            refusal = None
        if refusal is not None:
            response = error_response(
                429,
                "rate_limited",
                f"too many {refusal.what}; retry after {refusal.retry_after} s",
                headers={"Retry-After": str(refusal.retry_after)},
            )
            await response(scope, receive, send)
            return
        status = 0
        failures: list[bool] = []
        scope[_FAILED_AUTH] = failures

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watched)
        if status == 401 or failures:
            try:
                await self.limits.failed_authentication(address)
            except Exception:
                self._warn("rate limits are off: their store does not answer")

    def _warn(self, message: str) -> None:
        """Logged with its traceback at most once a minute, not once per request."""
        now = time.monotonic()
        if now - self.warned_at > 60:
            self.warned_at = now
            log.warning(message, exc_info=True)
