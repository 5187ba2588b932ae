"""The packaged local model (Qwen2.5-Coder-1.5B-Instruct) drives a whole purchase, offline.

search → add a variant → check out → buyer details → yes, through the `hybrid` planner and the
free tool-calling `llm` planner. Each turn records whether the model or the rules acted, so a
purchase the rules completed alone cannot pass for the model's.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.chat_models import load_chat_model
from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.local_llm import local_model_or_skip
from tests.agent.shop import Shop
from tests.agent.talk import BUYER

pytestmark = pytest.mark.slow

PURCHASE = [
    "I need trail running shoes under $120",
    "add the Ridgeline in blue, size 10",
    "check out",
    BUYER,
    "yes",
]


@pytest.fixture(scope="module")
def local_settings() -> Settings:
    local_model_or_skip()
    return Settings(_env_file=None, chat_model="local", model_timeout_s=600)  # type: ignore[call-arg]


def _converse(agent: ShoppingAgent) -> tuple[Any, list[dict[str, Any]]]:
    thread = None
    states = []
    turn = None
    for message in PURCHASE:
        turn = agent.chat(thread, message)
        thread = turn.thread_id
        states.append(agent.graph.get_state({"configurable": {"thread_id": thread}}).values)
    return turn, states


def test_hybrid_with_the_local_model_buys_the_variant_asked_for(
    settings: Settings, shop: Shop, local_settings: Settings
) -> None:
    model = load_chat_model("local", local_settings)
    hybrid = settings.model_copy(update={"planner": "hybrid", "model_timeout_s": 600})
    agent = ShoppingAgent(hybrid, shop, understanding_model=model)
    try:
        placed, states = _converse(agent)
    finally:
        agent.close()
    assert placed.order is not None
    assert [line.variant_id for line in placed.order.lines] == ["TRL1-BLU-10"]
    assert placed.order.total.amount == 9500
    sources = [s["intent"].get("source") for s in states]
    assert sources[:3] == ["llm", "llm", "llm"], [s.get("model_fallback") for s in states]
    assert [s["intent"]["intent"] for s in states[:3]] == ["search", "add", "checkout"]


@pytest.mark.xfail(
    reason="measured 3 Dec: Qwen2.5-Coder-1.5B writes malformed tool-call JSON twice in a row on "
    "some turns, the rules take them and no order is reached (BENCHMARKS.md); kept visible",
    strict=False,
)
def test_the_llm_planner_with_the_local_model_buys_the_variant_asked_for(
    settings: Settings, shop: Shop, local_settings: Settings
) -> None:
    model = load_chat_model("local", local_settings)
    llm = settings.model_copy(update={"planner": "llm", "model_timeout_s": 600})
    agent = ShoppingAgent(llm, shop, chat_model=model)
    try:
        placed, states = _converse(agent)
    finally:
        agent.close()
    assert placed.order is not None
    assert [line.variant_id for line in placed.order.lines] == ["TRL1-BLU-10"]
    by_model = [s.get("model_fallback") is None for s in states[:2]]
    assert by_model == [True, True], [s.get("model_fallback") for s in states]
    assert states[0]["events"][0]["tool"] == "search_products"
    assert states[1]["events"][0]["tool"] == "add_to_cart"
