"""What the rate limiter adds to a request: `python -m bench.rate_limit_overhead`.

Drives an ASGI app in-process, request by request, once bare and once wrapped in
`RateLimitMiddleware`, interleaved so both see the same machine load. The app answers 200 at
once, so the difference is the limiter alone: key check, per-address and per-key counters
(two windows each, the default shape), on the in-memory store and, when reachable, on Redis.
Requests come from 1,000 client addresses with a valid key; the limits are set high enough
never to refuse, so every request takes the full path.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from dataclasses import dataclass

from pydantic import SecretStr
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aisle.settings import Settings
from api.rate_limits import RateLimitMiddleware, RateLimits
from bench.redis_probe import reachable_redis

KEY = "storefront-key-0123456789"
DEFAULT_REDIS = "redis://127.0.0.1:6379/15"


@dataclass
class Timing:
    p50_us: float
    p95_us: float


async def ok_app(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


async def measure(redis_url: str | None, requests: int) -> tuple[Timing, Timing]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        api_keys=[SecretStr(KEY)],
        redis_url=redis_url,
        rate_limit_per_address="1000000/second;100000000/minute",
        rate_limit_per_key="1000000/second;100000000/minute",
    )
    limited = RateLimitMiddleware(ok_app, RateLimits(settings))
    headers = [(b"x-api-key", KEY.encode()), (b"host", b"127.0.0.1")]

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_: Message) -> None:
        return None

    bare_ns: list[int] = []
    limited_ns: list[int] = []
    for n in range(requests + 200):
        scope: Scope = {
            "type": "http",
            "method": "GET",
            "path": "/v1/products/search",
            "headers": headers,
            "client": (f"10.0.{n % 1000 // 250}.{n % 250}", 40000),
        }
        runs: tuple[tuple[ASGIApp, list[int]], ...] = ((ok_app, bare_ns), (limited, limited_ns))
        for app, into in runs:
            started = time.perf_counter_ns()
            await app(scope, receive, send)
            into.append(time.perf_counter_ns() - started)
    return _timing(bare_ns[200:]), _timing(limited_ns[200:])  # the first 200 warm up


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument(
        "--redis-url", default=os.environ.get("AISLE_TEST_REDIS_URL", DEFAULT_REDIS)
    )
    args = parser.parse_args()
    stores: list[tuple[str, str | None]] = [("memory", None)]
    if reachable_redis(args.redis_url):
        stores.append(("redis (127.0.0.1)", args.redis_url))
    print(f"\n{args.requests:,} requests per store, bare and limited interleaved\n")
    print("| store | bare p50 / p95 (µs) | limited p50 / p95 (µs) | added p95 (µs) | target |")
    print("|---|---|---|---|---|")
    for name, url in stores:
        bare, limited = asyncio.run(measure(url, args.requests))
        added = limited.p95_us - bare.p95_us
        print(
            f"| {name} | {bare.p50_us:.1f} / {bare.p95_us:.1f} | {limited.p50_us:.1f} / "
            f"{limited.p95_us:.1f} | {added:.1f} | ≤ 1000 µs: {'met' if added <= 1000 else 'no'} |"
        )
        if url:
            ping = asyncio.run(redis_ping(url, args.requests))
            floor = f"{ping.p50_us:.1f} / {ping.p95_us:.1f}"
            print(f"| redis PING alone (one round trip) | – | {floor} | – | – |")


if __name__ == "__main__":
    main()
