"""Order webhook events are written to an outbox in the order's own transaction.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 10:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commerce_webhook_events",
        sa.Column(
            "seq", sa.Integer(), autoincrement=True, nullable=False, comment="delivery order"
        ),
        sa.Column("event_id", sa.String(length=40), nullable=False, comment="same on every retry"),
        sa.Column("order_id", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column(
            "status",
            sa.String(length=20),
            nullable=False,
            comment="pending | delivered | failed",
        ),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.Float(), nullable=False),
        sa.Column(
            "lease_owner",
            sa.String(length=40),
            nullable=True,
            comment="the sender delivering it now",
        ),
        sa.Column("lease_until", sa.Float(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("delivered_at", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("event_id"),
    )
    with op.batch_alter_table("commerce_webhook_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_commerce_webhook_events_due", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index("ix_commerce_webhook_events_order", ["order_id", "seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("commerce_webhook_events", schema=None) as batch_op:
        batch_op.drop_index("ix_commerce_webhook_events_order")
        batch_op.drop_index("ix_commerce_webhook_events_due")

    op.drop_table("commerce_webhook_events")
