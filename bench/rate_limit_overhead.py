"""What the rate limiter adds to a request: `python -m bench.rate_limit_overhead`.

Drives an ASGI app in-process, request by request, once bare and once wrapped in
`RateLimitMiddleware`, interleaved so both see the same machine load. The app answers 200 at
once, so the difference is the limiter alone: key check, per-address and per-key counters
(two windows each, the default shape). Requests come from `--addresses` client addresses
(1,000 and 20,000 by default: a shop's distinct shoppers within two minutes) with a valid key;
the limits are high enough never to refuse, so every request takes the full path. Each timed
request ends with one turn of the event loop, as a server's loop turns between requests, so
work the limiter leaves for the loop (a store's key sweeps) is counted.

Each layout runs on its own counters, one after another, interleaved request by request with
the bare app so both see the same load (one at a time: a store's sweeper thread must not slow
another layout's requests). Layouts: the app's in memory (`limits`' synchronous
MemoryStorage, inline) and on Redis (per-second windows in memory, per-minute windows in Redis:
two round trips, sent together), and the layout before 3 Dec as the same-run "before": every
window in one asyncio store (`limits`' asyncio MemoryStorage, or Redis: four round trips).
Redis keys go to db 14 under a prefix of the run's own, removed at the end (db 15 is the
tests').
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid
from dataclasses import dataclass

from limits import RateLimitItem
from limits.aio.storage import MemoryStorage as AsyncMemoryStorage
from limits.aio.storage import Storage
from pydantic import SecretStr
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.settings import Settings
from api.rate_limits import RateLimitMiddleware, RateLimits, open_storage
from bench.redis_probe import reachable_redis

KEY = "storefront-key-0123456789"
DEFAULT_REDIS = "redis://127.0.0.1:6379/14"


@dataclass
class Timing:
    p50_us: float
    p95_us: float


class EveryWindowShared(RateLimits):
    """The layout before 3 Dec: every window in the one (asyncio) store."""

    def is_local(self, item: RateLimitItem) -> bool:
        return False


async def ok_app(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


def limiter_for(store: str, redis_url: str, prefix: str) -> RateLimits:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        api_keys=[SecretStr(KEY)],
        rate_limit_per_address="1000000/second;100000000/minute",
        rate_limit_per_key="1000000/second;100000000/minute",
    )
    storage: Storage | None = None
    if "redis" in store:
        storage = open_storage(redis_url, key_prefix=f"{prefix}-{len(store)}")
    elif store == "memory, before":
        storage = AsyncMemoryStorage()
    layout = EveryWindowShared if "before" in store else RateLimits
    return layout(settings, storage)


async def measure(
    stores: list[str], redis_url: str, requests: int, addresses: int
) -> dict[str, Timing]:
    """The bare app and the layouts, once per request in turn: they share the machine's load."""
    prefix = f"aisle-bench-{uuid.uuid4().hex[:8]}"
    limits = {store: limiter_for(store, redis_url, prefix) for store in stores}
    apps: dict[str, ASGIApp] = {"bare": ok_app}
    apps |= {store: RateLimitMiddleware(ok_app, limiter) for store, limiter in limits.items()}
    headers = [(b"x-api-key", KEY.encode()), (b"host", b"127.0.0.1")]

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_: Message) -> None:
        return None

    def scope(n: int) -> Scope:
        address = f"10.{n % addresses // 62500}.{n % 62500 // 250}.{n % 250}"
        return {
            "type": "http",
            "method": "GET",
            "path": "/v1/products/search",
            "headers": headers,
            "client": (address, 40000),
        }

    warm = addresses + 200  # every address seen once (its counters exist), then measure
    for n in range(warm):
        for app in apps.values():
            await app(scope(n), receive, send)
    ns: dict[str, list[int]] = {name: [] for name in apps}
    for n in range(warm, warm + requests):
        for name, app in apps.items():
            started = time.perf_counter_ns()
            await app(scope(n), receive, send)
            await asyncio.sleep(0)  # one turn of the loop, as between a server's requests
            ns[name].append(time.perf_counter_ns() - started)
    for limiter in limits.values():
        if limiter.storage is not None and limiter.shared is not None:
            await limiter.storage.reset()  # this run's keys only: they carry its prefix
    return {name: _timing(times) for name, times in ns.items()}


async def redis_ping(url: str, requests: int) -> Timing:
    """One Redis round trip alone, the floor of any Redis-backed limiter on this machine."""
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(url)
    ns = []
    for _ in range(requests + 200):
        started = time.perf_counter_ns()
        await client.ping()
        ns.append(time.perf_counter_ns() - started)
    await client.aclose()
    return _timing(ns[200:])


def _timing(ns: list[int]) -> Timing:
    cuts = statistics.quantiles(ns, n=100)
    return Timing(statistics.median(ns) / 1000, cuts[94] / 1000)


STORES = {
    "memory": "memory (sync MemoryStorage, inline)",
    "memory, before": "memory, before: asyncio MemoryStorage",
    "redis": "redis: bursts in memory, 2 round trips",
    "redis, before": "redis, before: every window in Redis, 4 round trips",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--addresses", type=int, nargs="+", default=[1_000, 20_000])
    parser.add_argument(
        "--redis-url", default=os.environ.get("AISLE_TEST_REDIS_URL", DEFAULT_REDIS)
    )
    args = parser.parse_args()
    stores = [s for s in STORES if "redis" not in s or reachable_redis(args.redis_url)]
    print(f"\n{args.requests:,} requests per row, bare and limited interleaved\n")
    print(
        "| layout | addresses | bare p50 / p95 (µs) | limited p50 / p95 (µs) "
        "| added p95 (µs) | ≤ 1 ms? |"
    )
    print("|---|---|---|---|---|---|")
    for addresses in args.addresses:
        for store in stores:  # one layout at a time: a store's sweeper thread disturbs no other
            timings = asyncio.run(measure([store], args.redis_url, args.requests, addresses))
            bare, limited = timings["bare"], timings[store]
            added = limited.p95_us - bare.p95_us
            print(
                f"| {STORES[store]} | {addresses:,} | {bare.p50_us:.1f} / {bare.p95_us:.1f} "
                f"| {limited.p50_us:.1f} / {limited.p95_us:.1f} | {added:.1f} "
                f"| {'met' if added <= 1000 else 'no'} |",
                flush=True,
            )
    if any("redis" in s for s in stores):
        ping = asyncio.run(redis_ping(args.redis_url, args.requests))
        floor = f"{ping.p50_us:.1f} / {ping.p95_us:.1f}"
        print(f"| redis PING alone (one round trip) | – | – | {floor} | – | – |")


if __name__ == "__main__":
    main()
