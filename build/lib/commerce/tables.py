"""The commerce schema (SQLAlchemy Core): what the code expects the database to hold.

Alembic revisions in `commerce/migrations/versions/` bring a database here when `Commerce`
opens. Change a table here, then `make migration m="what changed"` writes the next revision
(commerce/migrations/README.md); tests fail until a migrated database matches this file.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData()

offers = Table(
    "commerce_offers",
    metadata,
    Column("product_id", String(200), primary_key=True),
    Column("variant_id", String(200), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("variant_title", String(500)),
    Column("options", JSON, nullable=False, default=dict),
    Column("price_amount", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("stock", Integer, comment="NULL = untracked (unlimited)"),
    Column("available", Boolean, nullable=False, default=True),
    Column("updated_at", Float, nullable=False),
    Column(
        "feed_stock",
        Integer,
        comment="stock the feed last gave; -1 = untracked, NULL = not known yet",
    ),
)

carts = Table(
    "commerce_carts",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("thread_id", String(200), unique=True),
    Column("shopper_id", String(200)),
    Column("currency", String(3), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

cart_lines = Table(
    "commerce_cart_lines",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("cart_id", String(40), ForeignKey("commerce_carts.id"), nullable=False),
    Column("product_id", String(200), nullable=False),
    Column("variant_id", String(200), nullable=False),
    Column("title", String(500), nullable=False),
    Column("variant_title", String(500)),
    Column("quantity", Integer, nullable=False),
    Column("unit_amount", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("added_at", Float, nullable=False),
    UniqueConstraint("cart_id", "product_id", "variant_id", name="uq_cart_line_variant"),
)

checkout_sessions = Table(
    "commerce_checkout_sessions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("cart_id", String(40), ForeignKey("commerce_carts.id"), nullable=False),
    Column("thread_id", String(200), index=True),
    Column("status", String(40), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("buyer", JSON),
    Column("shipping_address", JSON),
    Column("line_items", JSON, nullable=False),
    Column("messages", JSON, nullable=False),
    Column("order_id", String(40)),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column(
        "version",
        Integer,
        nullable=False,
        server_default="1",
        comment="+1 on every change the shopper must approve again",
    ),
)

orders = Table(
    "commerce_orders",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "checkout_session_id",
        String(40),
        ForeignKey("commerce_checkout_sessions.id"),
        nullable=False,
        unique=True,  # exactly one order per completed session, enforced by the database
    ),
    Column("cart_id", String(40), nullable=False),
    Column("thread_id", String(200)),
    Column("shopper_id", String(200)),
    Column("status", String(20), nullable=False),
    Column("buyer", JSON, nullable=False),
    Column("shipping_address", JSON, nullable=False),
    Column("line_items", JSON, nullable=False),
    Column("totals", JSON, nullable=False),
    Column("payment", JSON, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("canceled_at", Float),
    Index("ix_commerce_orders_thread", "thread_id", "created_at"),
)

conversations = Table(
    "commerce_conversations",
    metadata,
    Column("thread_id", String(200), primary_key=True),
    Column("token_hash", String(64), nullable=False, comment="sha256 of the thread token"),
    Column("created_at", Float, nullable=False),
)

idempotency_keys = Table(
    "commerce_idempotency_keys",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("state", String(20), nullable=False, comment="running | done"),
    Column("response", JSON),
    Column("created_at", Float, nullable=False, index=True),
    Column("locked_at", Float, nullable=False),
)

payment_intents = Table(
    "commerce_payment_intents",
    metadata,
    Column("key", String(255), primary_key=True, comment="the charge's idempotency key"),
    Column("session_id", String(40), nullable=False, index=True),
    Column("amount", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column(
        "status",
        String(30),
        nullable=False,
        comment="see commerce/intents.py",
    ),
    Column("charge_id", String(100)),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False, index=True),
)

webhook_events = Table(
    "commerce_webhook_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True, comment="delivery order"),
    Column("event_id", String(40), nullable=False, unique=True, comment="same on every retry"),
    Column("order_id", String(40), nullable=False),
    Column("type", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("status", String(20), nullable=False, comment="pending | delivered | failed"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", Float, nullable=False),
    Column("lease_owner", String(40), comment="the sender delivering it now"),
    Column("lease_until", Float),
    Column("last_error", String(500)),
    Column("created_at", Float, nullable=False),
    Column("delivered_at", Float),
    Index("ix_commerce_webhook_events_due", "status", "next_attempt_at"),
    Index("ix_commerce_webhook_events_order", "order_id", "seq"),
)
