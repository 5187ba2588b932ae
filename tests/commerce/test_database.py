"""SQLite engines: opening a database while another process holds its write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import text

from commerce.database import open_engine


def test_opening_waits_for_a_writer_instead_of_failing_on_the_switch_to_wal(
    tmp_path: Path,
) -> None:
    # A database still in rollback-journal mode, with another connection writing to it: the
    # switch to WAL is refused at once ("database is locked"), busy timeout or not. Workers
    # creating a new database together raced exactly so (CI, 5 Dec: one of four failed).
    path = tmp_path / "shop.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other (x INTEGER)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other VALUES (1)")
    released = threading.Timer(0.3, lambda: writer.execute("COMMIT"))
    released.start()
    engine = open_engine(f"sqlite:///{path}", migrate=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.execute(text("SELECT count(*) FROM other")).scalar() == 1
    finally:
        released.join()
        engine.dispose()
        writer.close()
