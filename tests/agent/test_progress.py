"""Progress notes: a slow tool says what it is doing before it runs, a refused one says nothing."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop
from tests.agent.talk import talk


def test_each_turn_notes_its_slow_tools(agent: ShoppingAgent) -> None:
    notes: list[str] = []
    found = agent.chat(None, "trail running shoes", on_progress=notes.append)
    assert notes == ["searching the catalog"]

    notes.clear()
    agent.chat(found.thread_id, "add the first one in blue, size 10", on_progress=notes.append)
    assert notes == [], "a quick cart change needs no note"


def test_checkout_notes_that_it_checks_stock_and_total(agent: ShoppingAgent) -> None:
    (listed,) = talk(agent, "daypack")
    talk(agent, "add the first one", thread_id=listed.thread_id)
    notes: list[str] = []
    agent.chat(listed.thread_id, "check out", on_progress=notes.append)
    assert notes == ["checking stock and total"]


def test_a_refused_tool_announces_nothing(settings: Settings, shop: Shop) -> None:
    calls = [
        {"name": "search_products", "args": {"query": "daypack"}, "id": "c1"},
        {"name": "start_checkout", "args": {}, "id": "c2"},  # the shopper did not ask
    ]
    model = ScriptedChatModel(responses=[AIMessage("", tool_calls=calls), AIMessage("Here.")])
    agent = ShoppingAgent(settings, shop, chat_model=model)
    try:
        notes: list[str] = []
        agent.chat(None, "show me daypacks", on_progress=notes.append)
        assert notes == ["searching the catalog"]
    finally:
        agent.close()
