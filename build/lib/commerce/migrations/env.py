"""Alembic's environment for the commerce tables; the caller hands over an open connection."""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.operations.ops import MigrationScript
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from commerce.migrations import VERSION_TABLE, only_commerce_tables
from commerce.tables import metadata


def number_revision(
    _migration: MigrationContext, _revision: Any, directives: list[MigrationScript]
) -> None:
    """Name revisions 0002, 0003, … after the newest, so the files sort in the order they run."""
    head = context.script.get_current_head()
    for script in directives:
        script.rev_id = f"{int(head) + 1:04d}" if head else "0001"


connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    include_name=only_commerce_tables,
    process_revision_directives=number_revision,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying tables
)
with context.begin_transaction():
    context.run_migrations()
