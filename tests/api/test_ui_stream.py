"""`POST /v1/chat` as the AI SDK's UI message stream: raw events here, the `ai` package in Node.

The Node test drives the real `ai` package (tests/api/node: `npm ci` installs it) the way a
`useChat` storefront does and parses every reply with its own `readUIMessageStream`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from aisle.settings import Settings
from tests.agent.talk import BUYER
from tests.api.live import serve
from tests.api.test_chat_stream import shop_app

NODE_DIR = Path(__file__).resolve().parent / "node"
NODE = shutil.which("node")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(shop_app(settings)) as client:
        yield client


def events(text: str) -> list[Any]:
    datas = [line[6:] for line in text.splitlines() if line.startswith("data: ")]
    assert datas[-1] == "[DONE]"
    return [json.loads(d) for d in datas[:-1]]


def test_accept_event_stream_answers_the_ui_message_stream(client: TestClient) -> None:
    response = client.post(
        "/v1/chat",
        json={"message": "trail running shoes under $120"},
        headers={"Accept": "text/event-stream"},
    )
    assert response.status_code == 200
    assert response.headers["x-vercel-ai-ui-message-stream"] == "v1"
    assert response.headers["content-type"].startswith("text/event-stream")
    chunks = events(response.text)
    types = [c["type"] for c in chunks]
    assert types[:2] == ["start", "start-step"] and types[-2:] == ["finish-step", "finish"]
    assert types.index("text-start") < types.index("text-delta") < types.index("text-end")
    assert "data-progress" in types
    products = next(c for c in chunks if c["type"] == "data-products")["data"]
    assert products and all(p["price"]["amount"] <= 12000 for p in products)
    conversation = next(c for c in chunks if c["type"] == "data-conversation")["data"]
    assert conversation["thread_id"].startswith("th_") and conversation["thread_token"]
    assert chunks[-1]["messageMetadata"] == {"thread_id": conversation["thread_id"]}


def test_plain_json_is_unchanged_without_accept(client: TestClient) -> None:
    response = client.post("/v1/chat", json={"message": "daypack"})
    assert response.headers["content-type"] == "application/json"
    assert response.json()["products"][0]["id"] == "BAG1"


def test_refusals_stay_json_errors(client: TestClient) -> None:
    response = client.post(
        "/v1/chat", json={"id": "chat-1", "messages": [{"role": "user", "parts": []}]}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_message"


@pytest.mark.slow
def test_the_ai_package_reads_search_cart_and_confirmation_turns(settings: Settings) -> None:
    if NODE is None:
        pytest.skip("node is not installed")
    if not (NODE_DIR / "node_modules" / "ai").is_dir():
        pytest.fail("run `npm ci` in tests/api/node (make test does)")
    script = ["trail running shoes under $120", "add the first one in blue, size 10",
              "check out", BUYER]  # fmt: skip
    with serve(shop_app(settings)) as base:
        done = subprocess.run(
            [NODE, "ui_stream.mjs", base, json.dumps(script)],
            cwd=NODE_DIR, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    search, add, _, confirm, placed = json.loads(done.stdout)

    for report in (search, add, confirm, placed):
        types = report["types"]
        assert types[:2] == ["start", "start-step"] and types[-2:] == ["finish-step", "finish"]
        assert {"text-start", "text-delta", "text-end"} <= set(types)
        assert report["text"]

    def part(report: dict[str, Any], kind: str) -> Any:
        return next(p["data"] for p in report["parts"] if p["type"] == f"data-{kind}")

    products = part(search, "products")
    assert products[0]["price"]["amount"] <= 12000
    assert any(p["type"] == "data-progress" for p in search["parts"])
    assert part(search, "conversation")["thread_token"]
    thread_id = part(search, "conversation")["thread_id"]
    assert search["metadata"] == {"thread_id": thread_id}

    line = part(add, "cart")["lines"][0]
    assert line["product_id"] == products[0]["id"] and line["quantity"] == 1
    assert part(add, "conversation") == {"thread_id": thread_id, "thread_token": None}

    checkout = part(confirm, "checkout")
    assert checkout["approve"] == {"thread_id": thread_id, "resume": {"approved": True}}
    summary = checkout["summary"]
    assert summary["lines"][0]["quantity"] == 1
    assert summary["total"]["amount"] >= line["subtotal"]["amount"]

    order = part(placed, "order")
    assert order["total"] == summary["total"]
    assert order["lines"][0]["variant_id"] == line["variant_id"]
