"""Rate limits per client address and per API key, with the `limits` library.

Every request counts against its client address; a request with a known key also counts
against that key. Requests that fail authentication (401, or a thread token refused with 403 or
404 by `api/authority.py`) count against a much smaller allowance per address, and once it is
spent that address's requests without a valid key, or with a thread token and no admin key, are
refused before they reach a route, so neither keys nor thread tokens can be guessed at speed.
The MCP tools count their refusals too (`api/mcp/server.py`); their tokens travel in the body,
so every `/mcp` request without an admin key is treated as one that tries a token.
A refusal is 429 with `Retry-After` (seconds). Counters live in this process, or in Redis when
`REDIS_URL` is set so that all workers share them. Behind a proxy the client address is the one
the proxy names in `X-Forwarded-For`, only for peers in `AISLE_TRUSTED_PROXIES` (`api/app.py`).

In memory the counters are `limits`' synchronous `MemoryStorage`, called inline (a few µs, no
I/O): its expired keys are swept by a timer thread at most every 10 ms, whereas the asyncio
`MemoryStorage` sweeps every key on the event loop once per request, which costs milliseconds
per request once a few thousand addresses were seen (bench/results/edge_limits.md, which also
gives the timer thread's cost on a heavily loaded machine). With Redis,
windows of a second or less (the burst guards, like the default `100/second`) are still
counted in each worker's memory, and checked first: every Redis counter is one round trip per
request (about 85 µs of redis-py client time on an idle machine, far more under load), a burst
is one worker's concern, and minutes and hours are the quota the workers share. So a keyed
request makes two round trips (address and key, per minute), sent together.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse_many
from limits.aio.storage import Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter as AsyncSlidingWindow
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.settings import Settings
from api.deps import given_key, is_one_of
from api.errors import error_response

log = logging.getLogger(__name__)

BURST_SECONDS = 1  # windows this short are counted in each worker's memory, even with Redis
Hit = tuple[RateLimitItem, str, str]  # an allowance, what is counted (addr, key, auth) and whose
_WHAT = {"addr": "requests from this address", "key": "requests with this key"}
_FAILED_AUTH = "aisle.failed_authentications"  # scope key: refusals a route counted
# Paths whose thread tokens travel in the body (MCP's `_meta`), unseen here: every request to
# them is treated as one that tries a token.
TOKEN_IN_BODY_PATHS = frozenset({"/mcp"})


@dataclass(frozen=True)
class Refusal:
    retry_after: int
    what: str


class RateLimits:
    """The three allowances and the counters behind them."""

    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.settings = settings
        self.local = SlidingWindowCounterRateLimiter(MemoryStorage())
        self.storage = storage if storage is not None else open_storage(settings.redis_url)
        self.shared = None if self.storage is None else AsyncSlidingWindow(self.storage)
        self.per_address = parse_many(settings.rate_limit_per_address)
        self.per_key = parse_many(settings.rate_limit_per_key)
        self.auth_failures = parse_many(settings.rate_limit_auth_failures)
        self.keys = [*settings.api_keys, *settings.admin_api_keys, *settings.acp_keys]
        self.admin_keys = settings.admin_api_keys

    def is_local(self, item: RateLimitItem) -> bool:
        """Counted in this process: everything without Redis, and the burst windows with it."""
        return self.shared is None or item.get_expiry() <= BURST_SECONDS

    async def admit(
        self, address: str, key: str | None, *, thread_token: bool = False
    ) -> Refusal | None:
        """Count one request; a refusal says when to come back."""
        known = is_one_of(key, self.keys)
        tries_token = thread_token and not is_one_of(key, self.admin_keys)
        if (self.keys and not known) or tries_token:  # a secret to prove, unless public
            checks = [(item, "auth", address) for item in self.auth_failures]
            passed = await self._count(checks, test=True)
            for ok, (item, *ids) in zip(passed, checks, strict=True):
                if not ok:
                    return await self._refusal(item, ids, "failed authentications")
        counted = [(item, "addr", address) for item in self.per_address]
        if known and key is not None:
            key_id = hashlib.sha256(key.encode()).hexdigest()[:16]  # never the key itself
            counted += [(item, "key", key_id) for item in self.per_key]
        # Bursts first, in memory: a flood is refused without a round trip to the store.
        for local in (True, False):
            hits = [hit for hit in counted if self.is_local(hit[0]) is local]
            admitted = await self._count(hits)
            for ok, (item, kind, ident) in zip(admitted, hits, strict=True):
                if not ok:
                    return await self._refusal(item, [kind, ident], _WHAT[kind])
        return None

    async def failed_authentication(self, address: str) -> None:
        await self._count([(item, "auth", address) for item in self.auth_failures])

    async def _count(self, hits: list[Hit], test: bool = False) -> list[bool]:
        """Hit (or only test) each allowance: in memory inline, on Redis all at once."""
        results = {}
        remote = []
        for n, (item, *ids) in enumerate(hits):
            if self.is_local(item):
                results[n] = (self.local.test if test else self.local.hit)(item, *ids)
            else:
                remote.append(n)
        if remote and self.shared is not None:
            shared = self.shared
            calls = [(shared.test if test else shared.hit)(*hits[n]) for n in remote]
            results.update(zip(remote, await asyncio.gather(*calls), strict=True))
        return [results[n] for n in range(len(hits))]

    async def _refusal(self, item: RateLimitItem, ids: list[str], what: str) -> Refusal:
        if self.is_local(item) or self.shared is None:
            stats = self.local.get_window_stats(item, *ids)
        else:
            stats = await self.shared.get_window_stats(item, *ids)
        wait = max(1, math.ceil(stats.reset_time - time.time()))
        return Refusal(retry_after=min(wait, item.get_expiry()), what=f"{what} ({item})")


def open_storage(redis_url: str | None, key_prefix: str = "LIMITS") -> Storage | None:
    """The shared counters' store, `limits`' async Redis storage; None without Redis."""
    if not redis_url:
        return None
    scheme, _, rest = redis_url.partition("://")
    storage = storage_from_string(
        f"async+{scheme}://{rest}", implementation="redispy", key_prefix=key_prefix
    )
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
            tries_token = "x-thread-token" in headers or scope["path"] in TOKEN_IN_BODY_PATHS
            refusal = await self.limits.admit(address, key, thread_token=tries_token)
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
