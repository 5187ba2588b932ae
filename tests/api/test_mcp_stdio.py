"""`aisle mcp`: the same tools over stdio, driven by the SDK's client launching the command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters

from tests.api.test_mcp import TOOLS, call, purchase

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "sample" / "catalog.jsonl"
AISLE = [sys.executable, "-m", "aisle.cli"]


@pytest.mark.slow
async def test_stdio_lists_tools_and_buys(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ingest = [*AISLE, "ingest", str(SAMPLE), "--no-images", "--data-dir", str(data)]
    subprocess.run(ingest, check=True, capture_output=True, timeout=300, cwd=SAMPLE.parents[2])
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "aisle.cli", "mcp", "--data-dir", str(data)],
        cwd=str(Path(__file__).resolve().parents[2]), env=dict(os.environ),
    )  # fmt: skip
    async with Client(params, read_timeout_seconds=120) as client:
        listed = await client.list_tools()
        assert {tool.name for tool in listed.tools} == TOOLS
        found, failed = await call(client, "search_catalog", catalog={"query": "mug"})
        assert not failed and found["products"], found
        variant = next(
            v for p in found["products"] for v in p["variants"] if v["availability"]["available"]
        )
        await purchase(client, variant["id"], unit_price=variant["price"]["amount"])
