"""The hosted-model code path (`openai:` through langchain-openai) against real HTTP peers.

The slow test serves the packaged Qwen model with llama-cpp-python's OpenAI-compatible server on
loopback; the fast ones use a loopback peer that answers 429, and a port where nothing listens.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from agent.chat_models import load_chat_model
from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.local_llm import free_port, llama_server, local_model_or_skip
from tests.agent.shop import Shop


class _RateLimited(BaseHTTPRequestHandler):
    hits = 0

    def do_POST(self) -> None:
        type(self).hits += 1
        body = b'{"error": {"message": "slow down", "type": "rate_limit_exceeded"}}'
        self.send_response(429)
        self.send_header("Content-Type", "application/json")
        self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def rate_limited() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RateLimited)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _openai_agent(settings: Settings, shop: Shop, base_url: str, **knobs: Any) -> ShoppingAgent:
    llm = settings.model_copy(
        update={"planner": "llm", "chat_model": "openai:qwen", "openai_base_url": base_url} | knobs
    )
    return ShoppingAgent.open(llm, shop)


def _fallback(agent: ShoppingAgent, thread: str) -> str | None:
    values = agent.graph.get_state({"configurable": {"thread_id": thread}}).values
    return values.get("model_fallback")


def test_a_429_from_the_model_server_ends_in_the_rules_reply(
    settings: Settings, shop: Shop, rate_limited: str
) -> None:
    agent = _openai_agent(settings, shop, rate_limited, model_retries=1)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
        reason = _fallback(agent, turn.thread_id)
    finally:
        agent.close()
    assert _RateLimited.hits == 2  # the first try and one retry, then the rules
    assert reason is not None and reason.endswith("RateLimitError")
    assert "Ridgeline" in turn.reply and turn.cart is None


def test_a_model_server_that_is_down_ends_in_the_rules_reply(
    settings: Settings, shop: Shop
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}/v1"
    agent = _openai_agent(settings, shop, nobody, model_retries=0)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
        reason = _fallback(agent, turn.thread_id)
    finally:
        agent.close()
    assert reason is not None and reason.endswith("ConnectionError")
    assert "Ridgeline" in turn.reply and turn.cart is None


def test_the_base_url_and_timeout_come_from_settings() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        openai_base_url="http://127.0.0.1:9/v1",
        model_timeout_s=7,
        model_retries=0,
    )
    model: Any = load_chat_model("openai:qwen", settings)
    assert str(model.openai_api_base) == "http://127.0.0.1:9/v1"
    assert model.request_timeout == 7 and model.max_retries == 0 and model.streaming


@pytest.fixture(scope="module")
def qwen_server() -> Iterator[str]:
    with llama_server(local_model_or_skip(), alias="qwen") as base:
        yield base


@pytest.mark.slow
@pytest.mark.xfail(
    reason="measured 3 Dec: through llama-cpp-python's server the 1.5B model's first answer to "
    "this prompt was not a parseable tool call (BENCHMARKS.md); kept visible",
    strict=False,
)
def test_a_real_openai_protocol_peer_drives_the_llm_planner(
    settings: Settings, shop: Shop, qwen_server: str
) -> None:
    agent = _openai_agent(settings, shop, qwen_server, model_timeout_s=600, model_retries=0)
    try:
        turn = agent.chat(None, "Search the catalog for trail running shoes under $120.")
        values = agent.graph.get_state({"configurable": {"thread_id": turn.thread_id}}).values
    finally:
        agent.close()
    assert values.get("model_fallback") is None, values.get("model_fallback")
    assert [e["tool"] for e in values["events"]][:1] == ["search_products"]  # the model's call
    assert {p.id for p in turn.products} & {"TRL1", "TRL2"}
    assert turn.reply and turn.cart is None


@pytest.mark.slow
def test_a_timeout_from_the_real_server_ends_in_the_rules_reply(
    settings: Settings, shop: Shop, qwen_server: str
) -> None:
    agent = _openai_agent(settings, shop, qwen_server, model_timeout_s=0.5, model_retries=0)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
        reason = _fallback(agent, turn.thread_id)
    finally:
        agent.close()
    # The 0.5 s deadline falls before the answer's headers (TimeoutError) or, on a loaded
    # machine, after them: the client then closes a stream with nothing in it, and langchain
    # says so as "No generations found in stream" (ValueError; seen in CI on 7 Dec at load ~40).
    # Either way the model did not answer in time and the rules take the turn.
    assert reason is not None and reason.endswith(("TimeoutError", "ValueError")), reason
    assert "Ridgeline" in turn.reply and turn.cart is None
