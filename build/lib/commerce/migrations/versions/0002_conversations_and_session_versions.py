"""Conversations own their data; checkout sessions count their versions.

`commerce_conversations` keeps a hash of each server-minted thread token. Existing sessions
start at version 1.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:11:37.538208
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commerce_conversations",
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        sa.Column(
            "token_hash", sa.String(length=64), nullable=False, comment="sha256 of the thread token"
        ),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("thread_id"),
    )
    with op.batch_alter_table("commerce_checkout_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "version",
                sa.Integer(),
                server_default="1",
                nullable=False,
                comment="+1 on every change the shopper must approve again",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("commerce_checkout_sessions", schema=None) as batch_op:
        batch_op.drop_column("version")

    op.drop_table("commerce_conversations")
