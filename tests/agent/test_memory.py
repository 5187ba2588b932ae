"""Conversations survive a restart: the SQLite checkpointer keeps every thread."""

from __future__ import annotations

import psycopg
import pytest

from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.shop import Shop
from tests.agent.talk import BUYER, talk
from tests.together import run_together


def test_a_conversation_resumes_after_a_restart(settings: Settings, shop: Shop) -> None:
    before = ShoppingAgent.open(settings, shop)
    found, blue = talk(before, "trail running shoes under $120", "any in blue?")
    before.close()
    assert settings.checkpoint_path.exists()

    after = ShoppingAgent.open(settings, shop)
    try:
        details = after.chat(found.thread_id, "what's the second one made of?")
        assert blue.products[1].title in details.reply  # ordinals still point at the blue list
        assert after.history(found.thread_id)[0] == ("shopper", "trail running shoes under $120")
    finally:
        after.close()


def test_a_pending_checkout_survives_a_restart(settings: Settings, shop: Shop) -> None:
    before = ShoppingAgent.open(settings, shop)
    *_, summary = talk(before, "daypack", "add the first one", "check out", BUYER)
    before.close()
    assert summary.awaiting_confirmation

    after = ShoppingAgent.open(settings, shop)
    try:
        placed = after.chat(summary.thread_id, "yes")
        assert placed.order is not None and placed.order.total.amount == 6000
    finally:
        after.close()


def test_threads_do_not_share_memory(agent: ShoppingAgent) -> None:
    (first,) = talk(agent, "trail running shoes")
    (other,) = talk(agent, "what's the second one made of?")
    assert other.thread_id != first.thread_id
    assert "made of" not in other.reply  # nothing was listed in this thread to point at


@pytest.mark.postgres
def test_a_conversation_resumes_from_postgres(
    settings: Settings, shop: Shop, postgres_url: str
) -> None:
    on_postgres = settings.model_copy(update={"database_url": postgres_url})
    before = ShoppingAgent.open(on_postgres, shop)
    (found,) = talk(before, "trail running shoes under $120")
    before.close()
    after = ShoppingAgent.open(on_postgres, shop)
    try:
        details = after.chat(found.thread_id, "what's the second one made of?")
        assert found.products[1].title in details.reply
    finally:
        after.close()


_OPEN_ON_SIGNAL = """
import sys
from aisle.settings import Settings
from agent.memory import open_checkpointer
settings = Settings(database_url=sys.argv[1], _env_file=None)
print("ready", flush=True)
sys.stdin.readline()
_, close = open_checkpointer(settings)
close()
"""


@pytest.mark.postgres
def test_workers_starting_together_on_a_fresh_postgres_all_open(postgres_schema_url: str) -> None:
    outcomes = run_together(_OPEN_ON_SIGNAL, postgres_schema_url)
    assert [code for code, _ in outcomes] == [0, 0, 0, 0], outcomes
    with psycopg.connect(postgres_schema_url) as conn:
        (schema,) = conn.execute("SELECT current_schema()").fetchone() or ("",)
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,)
        )
        tables = {row[0] for row in rows}
    assert {"checkpoints", "checkpoint_writes", "checkpoint_migrations"} <= tables
