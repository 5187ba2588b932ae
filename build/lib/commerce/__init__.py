"""Carts, checkout sessions, mock payments and orders. Plain Python: no web or agent imports.

Entry point: `commerce.service.Commerce.open(settings)`. Carts belong to a conversation thread;
checkout sessions follow the Agentic Commerce Protocol's shape; completion re-validates price and
stock, takes stock, charges the `PaymentProvider` and writes exactly one order in one transaction.
Storage is SQLAlchemy Core over SQLite (default) or Postgres (`DATABASE_URL`).
"""
