"""Where conversations persist: SQLite next to the data by default, Postgres when configured.

A thread picks up where it left off after a restart because every graph step is checkpointed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from aisle.settings import Settings

_SETUP_LOCK_KEY = 0x4149534C_43485054  # "AISL" "CHPT": one key for the checkpointer's setup
_SETUP_WAIT_S = 300.0


def open_checkpointer(settings: Settings) -> tuple[BaseCheckpointSaver[Any], Callable[[], None]]:
    """The checkpointer and the function that closes its connection."""
    if settings.database_url:
        return _postgres(settings.database_url)
    return _sqlite(settings)


def _sqlite(settings: Settings) -> tuple[BaseCheckpointSaver[Any], Callable[[], None]]:
    from langgraph.checkpoint.sqlite import SqliteSaver

    path = settings.checkpoint_path
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a process crash
    saver = SqliteSaver(conn)
    saver.setup()
    return saver, conn.close


def _postgres(url: str) -> tuple[BaseCheckpointSaver[Any], Callable[[], None]]:
    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql://" + url[len(prefix) :]
    pool: ConnectionPool[Any] = ConnectionPool(
        url,
        min_size=1,
        max_size=8,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        open=True,
    )
    saver = PostgresSaver(pool)
    # setup() runs LangGraph's migrations without a lock, so API workers starting together on a
    # fresh database collide (DuplicateObject). A session-level advisory lock queues them. It
    # cannot be a transaction lock, since the migrations include CREATE INDEX CONCURRENTLY, and
    # waiters poll rather than block: CONCURRENTLY waits out every running statement, so a
    # worker blocked in pg_advisory_lock would deadlock with the one holding it.
    with pool.connection() as conn:
        _take_setup_lock(conn)
        try:
            saver.setup()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK_KEY,))
    return saver, pool.close


def _take_setup_lock(conn: Any) -> None:
    deadline = time.monotonic() + _SETUP_WAIT_S
    query = "SELECT pg_try_advisory_lock(%s) AS locked"  # the pool's rows are dicts
    while not conn.execute(query, (_SETUP_LOCK_KEY,)).fetchone()["locked"]:
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"another Aisle process has been setting up the conversation tables for over "
                f"{_SETUP_WAIT_S:.0f} s; check it, then start this one again"
            )
        time.sleep(0.05)
