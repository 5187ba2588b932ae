"""Schema migrations: fresh and pre-migration databases reach head with every row kept."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, Table, inspect

from aisle.cli import main
from aisle.settings import Settings
from commerce.database import open_engine, read, upgrade_schema, write
from commerce.migrations import (
    INITIAL_REVISION,
    SCRIPT_LOCATION,
    VERSION_TABLE,
    UnknownSchema,
    head_revision,
    migration_config,
    only_commerce_tables,
    stored_revision,
)
from commerce.models import PaymentMethod
from commerce.service import Commerce
from commerce.tables import metadata
from tests.commerce.samples import ADDRESS, BUYER, product
from tests.together import run_together

LATER_REVISION = """\"\"\"A later release adds a note to orders.\"\"\"

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"


def upgrade() -> None:
    op.add_column("commerce_orders", sa.Column("later_note", sa.String(500), nullable=True))


def downgrade() -> None:
    op.drop_column("commerce_orders", "later_note")
"""
START_ON_SIGNAL = """
import sys
from commerce.database import open_engine
print("ready", flush=True)
sys.stdin.readline()
open_engine(sys.argv[1]).dispose()
"""


def schema_of(engine: Engine) -> dict[str, Any]:
    """Everything reflection sees of the commerce tables, constraint names included."""
    inspector = inspect(engine)
    tables: dict[str, Any] = {}
    for name in sorted(set(inspector.get_table_names()) - {VERSION_TABLE}):
        columns = [
            (c["name"], repr(c["type"]), c["nullable"], c.get("default"), c.get("comment"))
            for c in inspector.get_columns(name)
        ]
        tables[name] = {
            "columns": columns,
            "primary_key": inspector.get_pk_constraint(name),
            "foreign_keys": inspector.get_foreign_keys(name),
            "indexes": sorted(inspector.get_indexes(name), key=lambda i: str(i["name"])),
            "unique": sorted(inspector.get_unique_constraints(name), key=lambda u: str(u["name"])),
        }
    return tables


def differences_from_tables_py(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        migration = MigrationContext.configure(
            conn, opts={"include_name": only_commerce_tables, "version_table": VERSION_TABLE}
        )
        return list(compare_metadata(migration, metadata))


def open_as_made_before_migrations(url: str) -> Engine:
    """A database as Aisle 0.1.0's `metadata.create_all` left it: revision 0001, unversioned.

    The fresh-database test proved 0001 equal to that `create_all`; unlike today's
    `create_all`, it stays what old stores have once tables.py moves on.
    """
    engine = open_engine(url, migrate=False)
    with write(engine) as conn:
        command.upgrade(migration_config(conn), INITIAL_REVISION)
        conn.exec_driver_sql(f"DROP TABLE {VERSION_TABLE}")
    return engine


def test_a_fresh_database_gets_exactly_the_tables_of_tables_py(database_url: str) -> None:
    engine = open_engine(database_url, migrate=False)
    metadata.create_all(engine)
    created = schema_of(engine)
    metadata.drop_all(engine)

    upgrade_schema(engine)
    try:
        with read(engine) as conn:
            assert stored_revision(conn) == head_revision()
        assert differences_from_tables_py(engine) == []
        assert schema_of(engine) == created
    finally:
        engine.dispose()


def copy_rows(source: Engine, target: Engine) -> None:
    """Every commerce row of `source` into `target`, keeping only the columns `target` has."""
    with read(source) as conn:
        rows = {
            t.name: [dict(r) for r in conn.execute(t.select()).mappings()]
            for t in metadata.sorted_tables
        }
    with write(target) as conn:
        for table in metadata.sorted_tables:
            if not inspect(conn).has_table(table.name):
                continue  # added since
            old = Table(table.name, MetaData(), autoload_with=conn)
            kept = [{k: v for k, v in row.items() if k in old.c} for row in rows[table.name]]
            if kept:
                conn.execute(old.insert(), kept)


def test_a_database_made_before_migrations_keeps_carts_orders_and_keys(
    database_url: str, settings: Settings, tmp_path: Path
) -> None:
    # Today's code writes the rows (to a scratch database), as 0.1.0 would have stored them.
    shop = Commerce.open(settings, url=f"sqlite:///{tmp_path / 'scratch.db'}")
    shop.sync_catalog([product("tee", 2500, 10)])
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 2)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    done = shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"), "key-1")
    waiting = shop.add_to_cart(shop.cart_for_thread("u").id, "tee", "tee-v1", 1)
    old = open_as_made_before_migrations(database_url)
    copy_rows(shop.engine, old)
    old.dispose()

    upgraded = Commerce.open(settings, url=database_url)
    try:
        with read(upgraded.engine) as conn:
            assert stored_revision(conn) == head_revision()
        assert differences_from_tables_py(upgraded.engine) == []
        assert done.order_id is not None
        assert upgraded.get_order(done.order_id).totals == shop.get_order(done.order_id).totals
        assert upgraded.get_cart(waiting.id) == waiting
        assert upgraded.get_offer("tee", "tee-v1").stock == 8  # carts do not hold stock
        again = upgraded.complete_checkout(session.id, PaymentMethod(token="tok_visa"), "key-1")
        assert again.order_id == done.order_id  # the idempotency key survived
        assert upgraded.get_checkout(session.id).version == 1  # sessions start at version 1
    finally:
        upgraded.close()
        shop.close()


def test_opening_an_upgraded_database_again_changes_nothing(database_url: str) -> None:
    open_engine(database_url).dispose()
    engine = open_engine(database_url)
    try:
        assert upgrade_schema(engine) == (head_revision(), head_revision())
        with read(engine) as conn:
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {VERSION_TABLE}").scalar() == 1
    finally:
        engine.dispose()


def test_workers_starting_together_migrate_once(database_url: str) -> None:
    outcomes = run_together(START_ON_SIGNAL, database_url)
    assert [code for code, _ in outcomes] == [0, 0, 0, 0], outcomes
    engine = open_engine(database_url, migrate=False)
    try:
        assert differences_from_tables_py(engine) == []
    finally:
        engine.dispose()


def test_a_later_release_migrates_a_database_made_before_migrations(
    database_url: str, tmp_path: Path
) -> None:
    later = tmp_path / "migrations"
    shutil.copytree(SCRIPT_LOCATION, later, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    revision = f"{int(head) + 1:04d}"
    source = LATER_REVISION.format(revision=revision, down_revision=head)
    (later / "versions" / f"{revision}_later_note.py").write_text(source)
    engine = open_as_made_before_migrations(database_url)
    try:
        assert upgrade_schema(engine, location=str(later)) == (INITIAL_REVISION, revision)
        columns = {c["name"] for c in inspect(engine).get_columns("commerce_orders")}
        assert "later_note" in columns
        assert upgrade_schema(engine, location=str(later)) == (revision, revision)
    finally:
        engine.dispose()


def test_a_database_from_a_newer_release_is_refused_untouched(database_url: str) -> None:
    open_engine(database_url).dispose()
    engine = open_engine(database_url, migrate=False)
    try:
        with write(engine) as conn:
            conn.exec_driver_sql(f"UPDATE {VERSION_TABLE} SET version_num = '9999'")
        with pytest.raises(UnknownSchema, match="revision 9999, which this release does not"):
            upgrade_schema(engine)
        with read(engine) as conn:
            assert stored_revision(conn) == "9999"
    finally:
        engine.dispose()


def test_aisle_db_upgrade_then_current_prints_the_head(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AISLE_DATABASE_URL", database_url)
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out.startswith("none (")
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.endswith(
        f"upgraded from an empty database to {head_revision()} (head)\n"
    )
    assert main(["db", "upgrade"]) == 0
    assert "already at" in capsys.readouterr().out
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out == f"{head_revision()} (head)\n"
