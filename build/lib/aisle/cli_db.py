"""`aisle db upgrade` and `aisle db current`: the commerce database's schema revision."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aisle.settings import Settings


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    db = commands.add_parser("db", help="the commerce database (carts, checkout, orders)")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_upgrade = db_commands.add_parser(
        "upgrade",
        parents=[common],
        help="migrate it to this release's schema (every start does this too)",
    )
    db_upgrade.set_defaults(handler=_db_upgrade)
    db_current = db_commands.add_parser(
        "current", parents=[common], help="print the schema revision it is at"
    )
    db_current.set_defaults(handler=_db_current)


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from commerce.database import open_engine, upgrade_schema
    from commerce.migrations import UnknownSchema

    engine = open_engine(settings.sqlalchemy_url, migrate=False)
    try:
        before, head = upgrade_schema(engine)
    except UnknownSchema as exc:
        print(f"aisle: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    if before == head:
        print(f"{where}: already at {head} (head)")
    else:
        print(f"{where}: upgraded from {before or 'an empty database'} to {head} (head)")
    return 0


def _db_current(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy import make_url

    from commerce.database import open_engine, read
    from commerce.migrations import head_revision, stored_revision

    url = settings.sqlalchemy_url
    head = head_revision()
    sqlite_file = make_url(url).database if url.startswith("sqlite") else None
    if sqlite_file and not Path(sqlite_file).exists():
        print(f"none (no database at {sqlite_file} yet; head is {head})")
        return 0
    engine = open_engine(url, migrate=False)
    try:
        with read(engine) as conn:
            current = stored_revision(conn)
    finally:
        engine.dispose()
    if current == head:
        print(f"{head} (head)")
    else:
        print(f"{current or 'none'} (this release's head is {head}; see `aisle db upgrade`)")
    return 0
