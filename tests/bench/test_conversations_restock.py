"""Each conversation starts from the ingested stock: what one buys goes back after it."""

from __future__ import annotations

import pytest

from bench.conversation_data import SAMPLE, CatalogFacts, load_conversations
from bench.conversations import in_process_client, restock, run_conversation

pytestmark = pytest.mark.slow


def test_a_conversations_orders_are_cancelled_and_their_stock_returns() -> None:
    conv = next(c for c in load_conversations() if c["id"] == "checkout-details-in-pieces")
    facts = CatalogFacts.load(SAMPLE / "catalog.jsonl")
    with in_process_client() as (client, services):
        before = services.commerce.stock_levels(["trucker-mesh-hat"])
        result = run_conversation(client, conv, facts)
        assert result.passed, result.failures
        assert len(result.orders) == 1
        bought = services.commerce.stock_levels(["trucker-mesh-hat"])
        assert bought != before  # the order took a unit

        restock(services, result.orders)

        assert services.commerce.stock_levels(["trucker-mesh-hat"]) == before
        assert services.commerce.get_order(result.orders[0]).status == "canceled"
        restock(services, result.orders)  # a cancelled order is left as it is
