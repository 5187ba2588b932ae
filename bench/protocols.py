"""Protocol edges: MCP `search_catalog` vs REST search, and the AI SDK stream's first text-delta.

    .venv/bin/python -m bench.protocols [--calls 200] [--turns 30]

One `aisle serve`-like app (uvicorn on 127.0.0.1, the sample catalog, the packaged MiniLM
encoder) answers both sides in the same run, interleaved so load drift hits both alike:

- `GET /v1/products/search` (httpx, one connection) against the MCP tool `search_catalog` (the
  SDK's own client over streamable HTTP, one session), same queries: the MCP overhead is the
  difference of the two p95s.
- A warm search turn as the AI SDK UI message stream (`POST /v1/chat`, `Accept:
  text/event-stream`): time to the first `text-delta` event, against the same turn as plain JSON
  (time to the whole body) -- the reply text is decided whole, so they should be close.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

QUERIES = [
    "red running shoes", "mug", "backpack under $60", "wireless headphones", "tea",
    "black t-shirt size M", "water bottle", "coffee beans", "yoga mat", "sunglasses",
]  # fmt: skip
TURN = "running shoes under $100"
META = {"ucp-agent": {"profile": "https://bench.example/profile.json"}}
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample" / "catalog.jsonl"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def summary(name: str, values: list[float]) -> str:
    return (f"| {name} | {len(values)} | {statistics.median(values):.1f} | {p95(values):.1f} "
            f"| {max(values):.1f} |")  # fmt: skip


async def search_rows(base: str, calls: int) -> tuple[list[float], list[float]]:
    from mcp import Client

    rest, mcp = [], []
    async with httpx.AsyncClient(base_url=base) as http, Client(f"{base}/mcp") as client:
        for n in range(calls + 10):
            query = QUERIES[n % len(QUERIES)]
            start = time.perf_counter()
            response = await http.get("/v1/products/search", params={"q": query, "limit": 10})
            rest_ms = (time.perf_counter() - start) * 1000
            assert response.status_code == 200, response.text
            start = time.perf_counter()
            result = await client.call_tool(
                "search_catalog",
                {"meta": META, "catalog": {"query": query, "pagination": {"limit": 10}}},
            )
            mcp_ms = (time.perf_counter() - start) * 1000
            assert not result.is_error, result
            if n >= 10:  # the first ten warm both paths up
                rest.append(rest_ms)
                mcp.append(mcp_ms)
    return rest, mcp


def turn_rows(base: str, turns: int) -> tuple[list[float], list[float]]:
    first_delta, whole_json = [], []
    with httpx.Client(base_url=base, timeout=120) as http:
        for n in range(turns + 3):
            start = time.perf_counter()
            seen = None
            with http.stream(
                "POST", "/v1/chat", json={"message": TURN},
                headers={"Accept": "text/event-stream"},
            ) as response:  # fmt: skip
                for line in response.iter_lines():
                    if seen is None and '"type":"text-delta"' in line:
                        seen = (time.perf_counter() - start) * 1000
            assert seen is not None, "no text-delta"
            start = time.perf_counter()
            plain = http.post("/v1/chat", json={"message": TURN})
            json_ms = (time.perf_counter() - start) * 1000
            assert plain.status_code == 200 and plain.json()["products"], plain.text
            if n >= 3:
                first_delta.append(seen)
                whole_json.append(json_ms)
    return first_delta, whole_json


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--turns", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from aisle.services import Services
    from aisle.settings import Settings
    from api.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), image_vectors=False, _env_file=None)  # type: ignore[call-arg]
        services = Services(settings)
        services.ingest(SAMPLE, fmt=None, replace=False, on_progress=None)
        services.agent  # noqa: B018 - load the agent before timing
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, services), host="127.0.0.1", port=port, log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        load = os.getloadavg()[0]
        rest, mcp = asyncio.run(search_rows(base, args.calls))
        delta, whole = turn_rows(base, args.turns)
        server.should_exit = True
        thread.join(30)
    print(f"{os.cpu_count()} cores (shared); load avg at start {load:.2f}")
    print("| what | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    print(summary("REST `GET /v1/products/search` (baseline)", rest))
    print(summary("MCP `search_catalog` (SDK client, streamable HTTP)", mcp))
    print(summary("AI SDK stream: first `text-delta`, warm search turn", delta))
    print(summary("same turn as `POST /v1/chat` JSON, whole body (baseline)", whole))
    paired = [m - r for m, r in zip(mcp, rest, strict=True)]
    print(
        f"MCP overhead: p95 of MCP minus p95 of REST {p95(mcp) - p95(rest):+.1f} ms; per-call "
        f"paired difference p50 {statistics.median(paired):+.1f} ms, p95 {p95(paired):+.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
