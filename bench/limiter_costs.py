"""What each `limits` call costs, store by store: `python -m bench.limiter_costs`.

The micro-measurements behind the rate limiter's layout (bench/results/edge_limits.md):
(1) Redis: hits per request of the sliding-window counter (and fixed window), in turn or
gathered, one client address of 250 per request; (2) the asyncio and the synchronous
`MemoryStorage` with N addresses already counted and one loop turn per request; (3) one expiry
sweep of the synchronous store (the fastest of five). Redis keys go to db 14 under this run's
prefix, removed after.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage as AsyncMemoryStorage
from limits.aio.storage import Storage
from limits.aio.strategies import FixedWindowRateLimiter as AsyncFixed
from limits.aio.strategies import SlidingWindowCounterRateLimiter as AsyncSliding
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from bench.redis_probe import reachable_redis

TWO = parse_many("1000000/second;100000000/minute")
ONE = parse_many("100000000/minute")


def timing(ns: list[int]) -> str:
    cuts = statistics.quantiles(ns, n=100)
    return f"{statistics.median(ns) / 1000:.0f} / {cuts[94] / 1000:.0f}"


async def redis_row(url: str, fixed: bool, items: list[RateLimitItem], together: bool) -> str:
    storage = storage_from_string(
        f"async+{url}", implementation="redispy", key_prefix=f"aisle-bench-{uuid.uuid4().hex[:8]}"
    )
    assert isinstance(storage, Storage)
    limiter = (AsyncFixed if fixed else AsyncSliding)(storage)
    ns = []
    for n in range(3200):
        hits = [limiter.hit(item, "addr", f"10.0.0.{n % 250}") for item in items]
        started = time.perf_counter_ns()
        if together:
            await asyncio.gather(*hits)
        else:
            for hit in hits:
                await hit
        ns.append(time.perf_counter_ns() - started)
    await storage.reset()
    return timing(ns[200:])


async def async_memory(addresses: int, requests: int) -> str:
    limiter = AsyncSliding(AsyncMemoryStorage())
    for n in range(addresses):
        for item in TWO:
            await limiter.hit(item, "addr", f"a{n}")
    ns = []
    for n in range(requests):
        started = time.perf_counter_ns()
        for item in TWO:
            await limiter.hit(item, "addr", f"a{n % addresses}")
        await asyncio.sleep(0)  # a server's loop turns between requests: the sweep task runs
        ns.append(time.perf_counter_ns() - started)
    return timing(ns)


def sync_memory(addresses: int, requests: int) -> tuple[str, float]:
    storage = MemoryStorage()
    limiter = SlidingWindowCounterRateLimiter(storage)
    for n in range(addresses):
        for item in TWO:
            limiter.hit(item, "addr", f"a{n}")
    ns = []
    for n in range(requests):
        started = time.perf_counter_ns()
        for item in TWO:
            limiter.hit(item, "addr", f"a{n % addresses}")
        ns.append(time.perf_counter_ns() - started)
    sweeps = []
    for _ in range(5):  # the fastest of five: the machine's load only ever adds
        started = time.perf_counter_ns()
        storage._MemoryStorage__expire_events()  # type: ignore[attr-defined]
        sweeps.append((time.perf_counter_ns() - started) / 1e6)
    return timing(ns), min(sweeps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--requests", type=int, default=3000)
    args = parser.parse_args()
    if reachable_redis(args.redis_url):
        print("\n| Redis, per request | p50 / p95 (µs) |\n|---|---|")
        for name, fixed, items, together in [
            ("sliding window, 4 counters gathered", False, TWO * 2, True),
            ("sliding window, 4 counters in turn", False, TWO * 2, False),
            ("sliding window, 2 counters gathered", False, ONE * 2, True),
            ("sliding window, 1 counter", False, ONE, False),
            ("fixed window, 4 counters gathered", True, TWO * 2, True),
            ("fixed window, 1 counter", True, ONE, False),
        ]:
            print(f"| {name} | {asyncio.run(redis_row(args.redis_url, fixed, items, together))} |")
    print("\n| memory, 2 windows per request | addresses | p50 / p95 (µs) | one sweep (ms) |")
    print("|---|---|---|---|")
    for addresses in (100, 2000, 20000):
        aio = asyncio.run(async_memory(addresses, args.requests))
        print(f"| asyncio MemoryStorage | {addresses:,} | {aio} | on the loop, each request |")
        sync, sweep = sync_memory(addresses, args.requests)
        print(f"| sync MemoryStorage | {addresses:,} | {sync} | {sweep:.2f}, a thread ≤ 100/s |")


if __name__ == "__main__":
    main()
