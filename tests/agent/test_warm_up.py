"""The agent's warm-up builds what a first turn would otherwise build while the shopper waits."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage
from sqlalchemy import func, select

from agent import intent_model, kinds, lexicon
from agent.service import ShoppingAgent
from aisle.settings import Settings
from catalog.filters import SearchFilters
from catalog.query import ParsedQuery
from catalog.search import SearchResult
from commerce import tables
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("built during a shopper's turn, not at warm-up")


def test_a_turn_after_warm_up_builds_neither_the_classifier_nor_the_kind_index(
    agent: ShoppingAgent, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent.warm_up()
    monkeypatch.setattr(intent_model.IntentClassifier, "__init__", _refuse)
    monkeypatch.setattr(kinds, "KindIndex", _refuse)
    agent.chat(None, "a warm hoodie")  # short and not all catalog words: the classifier reads it
    found = agent.chat(None, "running shoes")  # the kind index judges "shoes" carried
    assert found.products


def test_without_warm_up_the_first_turn_builds_them(
    agent: ShoppingAgent, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a fresh encoder's first small-talk turn trains the classifier."""
    monkeypatch.setattr(intent_model, "_classifiers", {})
    monkeypatch.setattr(intent_model.IntentClassifier, "__init__", _refuse)
    with pytest.raises(AssertionError, match="shopper's turn"):
        agent.chat(None, "a warm hoodie")


def test_the_warm_up_turn_leaves_the_lexicons_loaded_for_the_first_shopper(
    agent: ShoppingAgent,
) -> None:
    """Every turn reads the six lexicons to tell the language; a cold process loads them in the
    first shopper's turn unless the warm-up's rehearsal turn did."""
    lexicon.lexicon.cache_clear()
    agent.warm_up()
    loaded = lexicon.lexicon.cache_info()
    assert loaded.currsize == len(lexicon.LANGUAGES)
    agent.chat(None, "trail shoes in blue")
    assert lexicon.lexicon.cache_info().misses == loaded.misses


def test_the_warm_up_searches_the_catalog_with_filters_through_the_graph(
    agent: ShoppingAgent, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rehearsal is a real search turn: the catalog is queried with the colour and budget the
    rules read from it, so the first shopper's filtered search finds that path built."""
    searched: list[SearchFilters] = []
    search = shop.search.search

    def recorded(query: str | ParsedQuery, *args: Any, **kwargs: Any) -> SearchResult:
        found = search(query, *args, **kwargs)
        searched.append(found.filters)
        return found

    monkeypatch.setattr(shop.search, "search", recorded)
    agent.warm_up()
    assert any(f.colors == ["blue"] and f.price_max == 4000 for f in searched), searched


def test_the_warm_up_leaves_no_conversation_cart_order_or_event(
    agent: ShoppingAgent, shop: Shop, settings: Settings
) -> None:
    agent.warm_up()
    assert list(agent.graph.checkpointer.list(None)) == []  # type: ignore[union-attr]
    written = (
        tables.conversations,
        tables.carts,
        tables.cart_lines,
        tables.checkout_sessions,
        tables.orders,
        tables.payment_intents,
        tables.webhook_events,
        tables.idempotency_keys,
    )
    with shop.commerce.engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in written
        }
    assert set(counts.values()) == {0}, counts
    assert not settings.images_dir.exists() or not any(settings.images_dir.rglob("*"))
    # A shopper's turn still starts a conversation that is kept: the deletion is the rehearsal's.
    thread = agent.chat(None, "trail shoes").thread_id
    assert agent.history(thread)


@pytest.mark.parametrize("planner", ["llm", "hybrid"])
def test_the_warm_up_calls_no_chat_model(settings: Settings, shop: Shop, planner: str) -> None:
    """A hosted model must not be called (and billed) at every start; the rules read the
    rehearsal whatever the planner. Called, this model would put shoes in a cart."""
    adds = AIMessage(
        "", tool_calls=[{"name": "add_to_cart", "args": {"product_id": "TRL1"}, "id": "c1"}]
    )
    model = ScriptedChatModel(responses=[adds])
    modelled = settings.model_copy(update={"planner": planner})
    agent = ShoppingAgent.open(modelled, shop, chat_model=model)
    try:
        agent.warm_up()
    finally:
        agent.close()
    assert model.calls == []
    with shop.commerce.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tables.carts)).scalar() == 0
