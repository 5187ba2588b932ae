"""Offers remember the feed's last stock; payment intents are recorded before charging.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 07:10:34.855367
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commerce_payment_intents",
        sa.Column(
            "key", sa.String(length=255), nullable=False, comment="the charge's idempotency key"
        ),
        sa.Column("session_id", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.String(length=30),
            nullable=False,
            comment="see commerce/intents.py",
        ),
        sa.Column("charge_id", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("commerce_payment_intents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commerce_payment_intents_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commerce_payment_intents_updated_at"), ["updated_at"], unique=False
        )

    with op.batch_alter_table("commerce_offers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "feed_stock",
                sa.Integer(),
                nullable=True,
                comment="stock the feed last gave; -1 = untracked, NULL = not known yet",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("commerce_offers", schema=None) as batch_op:
        batch_op.drop_column("feed_stock")

    with op.batch_alter_table("commerce_payment_intents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commerce_payment_intents_updated_at"))
        batch_op.drop_index(batch_op.f("ix_commerce_payment_intents_session_id"))

    op.drop_table("commerce_payment_intents")
