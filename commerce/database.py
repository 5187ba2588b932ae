"""Engines for SQLite (WAL, busy timeout, BEGIN IMMEDIATE writes) and Postgres (row locks).

Opening one brings the commerce tables to the newest migration (`commerce/migrations/`).
"""

from __future__ import annotations

import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, make_url, select

from commerce import migrations

SQLITE_BUSY_TIMEOUT_S = 30.0
# Postgres advisory lock held while migrating: the bytes of "aislemig" as one bigint.
MIGRATION_LOCK_KEY = int.from_bytes(b"aislemig", "big")
_MIGRATING = threading.Lock()  # Alembic's `context` and `op` are module globals
_WRITER_LOCKS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()
_BEGIN_MODE = "aisle_sqlite_begin"


def open_engine(url: str, *, pool_size: int = 10, migrate: bool = True) -> Engine:
    """An engine whose `write()` transactions serialize on SQLite and lock rows on Postgres.

    With `migrate`, the schema is brought to the newest revision first (see `upgrade_schema`).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, pool_size)
    else:
        engine = create_engine(
            url, pool_size=pool_size, max_overflow=20, pool_timeout=60, pool_recycle=1800
        )
    if migrate:
        upgrade_schema(engine)
    return engine


def upgrade_schema(
    engine: Engine, *, location: str = migrations.SCRIPT_LOCATION
) -> tuple[str | None, str]:
    """Migrate to the newest revision; returns (revision before, revision now).

    One query when already there. Processes that start together migrate once: the first takes
    SQLite's write lock or a Postgres advisory lock, the others then find the schema current.
    """
    head = migrations.head_revision(location)
    with read(engine) as conn:
        before = migrations.stored_revision(conn)
    if before == head:
        return before, head
    with _MIGRATING, write(engine) as conn:
        if not is_sqlite(engine):
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
        return migrations.upgrade(conn, location=location), head


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """A write transaction: `BEGIN IMMEDIATE` on SQLite, so concurrent writers queue up front.

    SQLite writers of one process also queue on a lock: SQLite's busy handler sleeps and
    retries, which is fair to nobody; the lock hands the database over in arrival order.
    """
    if not is_sqlite(engine):
        with engine.connect() as conn, conn.begin():
            yield conn
        return
    options = {_BEGIN_MODE: "BEGIN IMMEDIATE"}
    lock = _writer_lock(engine)
    with lock, engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


@contextmanager
def rolled_back(engine: Engine) -> Iterator[Connection]:
    """A write transaction that is always rolled back: a rehearsal that leaves nothing behind."""
    with _writer_lock(engine) if is_sqlite(engine) else nullcontext(), engine.connect() as conn:
        transaction = conn.begin()
        try:
            yield conn
        finally:
            transaction.rollback()


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read transaction: deferred on SQLite, so readers never wait for writers under WAL."""
    with engine.connect() as conn, conn.begin():
        yield conn


def _writer_lock(engine: Engine) -> threading.Lock:
    with _LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(engine, threading.Lock())


def _sqlite_engine(url: str, pool_size: int) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=20,
        pool_timeout=60,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from pysqlite (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous=FULL")  # a committed order survives a power cut
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get(_BEGIN_MODE, "BEGIN"))

    return engine


def _use_wal(cursor: Any, timeout_s: float = SQLITE_BUSY_TIMEOUT_S) -> None:
    """Switch the database to WAL, waiting out other processes that are switching it too.

    The switch needs an exclusive lock, and SQLite answers "database is locked" at once,
    without its busy handler, when another connection holds the write lock (it would be a
    deadlock to wait while holding a read lock). Workers opening a new database together hit
    that, so the switch is retried here until the busy timeout. WAL is stored in the file:
    once one connection has switched, the others find it done.
    """
    deadline = time.monotonic() + timeout_s
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
