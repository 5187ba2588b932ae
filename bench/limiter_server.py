"""The rate limiter on a real server as shoppers accumulate: `python -m bench.limiter_server`.

Starts `aisle serve` (bench.oversized_bodies.start_server, keyless, empty data) and times
`GET /v1/health` one request at a time over a keep-alive connection: first from 10 client
addresses (the same-run baseline), then, after N new addresses were each counted once, over
those N. Addresses come as `X-Forwarded-For`, which uvicorn trusts from loopback. To time
another checkout's code, run this file with `PYTHONPATH` pointing at it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from bench.oversized_bodies import start_server


def timed(client: httpx.Client, requests: int, addresses: int, offset: int = 0) -> str:
    ns = []
    for n in range(requests):
        a = (n + offset) % addresses + offset
        forwarded = {"X-Forwarded-For": f"10.{a // 62500 % 256}.{a % 62500 // 250}.{a % 250}"}
        started = time.perf_counter_ns()
        response = client.get("/v1/health", headers=forwarded)
        ns.append(time.perf_counter_ns() - started)
        if response.status_code not in (200, 503):  # 503: still warming, answered all the same
            raise RuntimeError(f"/v1/health answered {response.status_code}")
    cuts = statistics.quantiles(ns, n=100)
    return f"{statistics.median(ns) / 1e6:.2f} / {cuts[94] / 1e6:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--addresses", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--port", type=int, default=8104)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "data", args.port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{args.port}") as client:
                few = timed(client, args.requests, 10)
                started = time.monotonic()
                timed(client, args.addresses, args.addresses, offset=100_000)
                seconds = time.monotonic() - started
                many = timed(client, args.requests, args.addresses, offset=100_000)
        finally:
            server.terminate()
            server.wait(10)
    print(f"| 10 addresses | {few} |")
    print(f"| {args.addresses:,} addresses (counted in {seconds:.0f} s) | {many} |")


if __name__ == "__main__":
    main()
