"""The commerce schema's history: Alembic revisions shipped in the package, applied on open.

`commerce.database.upgrade_schema` runs them under a lock; `make migration` writes a new one
(see README.md here).
"""

from __future__ import annotations

from argparse import Namespace
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, column, inspect, select, table

SCRIPT_LOCATION = str(Path(__file__).resolve().parent)
# Not Alembic's default `alembic_version`: DATABASE_URL may be shared with other applications.
VERSION_TABLE = "commerce_alembic_version"
INITIAL_REVISION = "0001"
# What `metadata.create_all` made before there were migrations: such a database is at 0001.
INITIAL_TABLES = frozenset(
    {
        "commerce_offers",
        "commerce_carts",
        "commerce_cart_lines",
        "commerce_checkout_sessions",
        "commerce_orders",
        "commerce_idempotency_keys",
    }
)


class UnknownSchema(RuntimeError):
    """The database holds a schema this release cannot tell or cannot migrate."""


def migration_config(
    connection: Connection | None = None,
    *,
    location: str = SCRIPT_LOCATION,
    cmd_opts: Namespace | None = None,
) -> Config:
    """Alembic's configuration without an alembic.ini; env.py migrates `connection`."""
    config = Config(cmd_opts=cmd_opts)
    config.set_main_option("script_location", location)
    config.set_main_option("path_separator", "os")
    config.set_main_option("revision_environment", "true")  # env.py numbers new revisions
    config.attributes["connection"] = connection
    return config


def only_commerce_tables(name: str | None, type_: str, _parent: Any) -> bool:
    """Autogenerate leaves alone what shares the database (LangGraph's checkpoint tables)."""
    return type_ != "table" or (name or "").startswith("commerce_")


@lru_cache(maxsize=8)
def head_revision(location: str = SCRIPT_LOCATION) -> str:
    """The newest revision shipped; read once per process."""
    head = ScriptDirectory.from_config(migration_config(location=location)).get_current_head()
    if head is None:
        raise UnknownSchema(f"no migrations in {location}")
    return head


def stored_revision(conn: Connection) -> str | None:
    """The revision the database is at; None when it has no version table yet."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    version = table(VERSION_TABLE, column("version_num"))
    revision: str | None = conn.execute(select(version.c.version_num)).scalar()
    return revision


def upgrade(conn: Connection, *, location: str = SCRIPT_LOCATION) -> str | None:
    """Migrate to head in the caller's transaction; returns the revision it started from.

    A database made by `metadata.create_all` before migrations existed is stamped at the
    initial revision first, so its tables and rows stay.
    """
    before = stored_revision(conn)
    config = migration_config(conn, location=location)
    if before is None and _created_before_migrations(conn):
        command.stamp(config, INITIAL_REVISION)
        before = INITIAL_REVISION
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if before is not None and before not in known:
        raise UnknownSchema(
            f"the database is at revision {before}, which this release does not know (its "
            f"newest is {head_revision(location)}): a newer Aisle migrated it; run that release "
            "or restore the backup taken before the upgrade"
        )
    if before != head_revision(location):
        command.upgrade(config, "head")
    return before


def _created_before_migrations(conn: Connection) -> bool:
    found = INITIAL_TABLES & set(inspect(conn).get_table_names())
    if found and found != INITIAL_TABLES:
        missing = ", ".join(sorted(INITIAL_TABLES - found))
        raise UnknownSchema(
            f"the database has commerce tables but no {VERSION_TABLE} and lacks {missing}; "
            "restore it from a backup or drop the commerce_* tables"
        )
    return bool(found)
