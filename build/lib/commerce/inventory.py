"""Offers (price and stock per variant) synced from the catalog; atomic stock moves."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from aisle.money import Money
from catalog.model import Product, StockLevel
from commerce.errors import NotFound
from commerce.models import LineItem, Offer
from commerce.tables import offers

log = logging.getLogger(__name__)

StockListener = Callable[[Sequence[tuple[str, str]]], None]
"""Told which (product id, variant id) pairs may have new stock, once the move committed.

It may hear of one move twice (a replayed request), so it reads current stock, never a delta.
"""

_SYNCED_COLUMNS = ("title", "variant_title", "options", "price_amount", "currency")
UNTRACKED_IN_FEED = -1  # `feed_stock` of a variant the feed gives no stock for


def offer_rows(products: Iterable[Product], now: float) -> list[dict[str, Any]]:
    rows = []
    for product in products:
        for variant in product.variants:
            variant_title = variant.title or " / ".join(variant.options.values()) or None
            rows.append(
                {
                    "product_id": product.id,
                    "variant_id": variant.id,
                    "title": product.title,
                    "variant_title": variant_title,
                    "options": dict(variant.options),
                    "price_amount": variant.price.amount,
                    "currency": variant.price.currency,
                    "stock": variant.stock,
                    "feed_stock": UNTRACKED_IN_FEED if variant.stock is None else variant.stock,
                    "available": variant.available,
                    "updated_at": now,
                }
            )
    return rows


def upsert_offers(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Insert new variants and update price and availability of known ones.

    Stock follows sales: a known variant's stock is set from the feed only when the feed's stock
    for that variant differs from what the feed said last time (`feed_stock`), so a re-import
    caused by any other change never gives sold units back. A variant whose last feed stock is
    not known (written before migration 0003) keeps its stock, unless the feed starts or stops
    tracking it.
    """
    if not rows:
        return 0
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(offers)
    incoming = statement.excluded
    stock = case(
        (
            and_(
                offers.c.feed_stock.is_(None),
                offers.c.stock.is_(None) == incoming.stock.is_(None),
            ),
            offers.c.stock,
        ),
        (offers.c.feed_stock == incoming.feed_stock, offers.c.stock),
        else_=incoming.stock,
    )
    statement = statement.on_conflict_do_update(
        index_elements=[offers.c.product_id, offers.c.variant_id],
        set_={
            **{name: incoming[name] for name in (*_SYNCED_COLUMNS, "available", "updated_at")},
            "stock": stock,
            "feed_stock": incoming.feed_stock,
        },
    )
    conn.execute(statement, rows)
    return len(rows)


def retire_offers(conn: Connection, product_ids: Sequence[str], now: float) -> None:
    """Products removed from the catalog are no longer for sale (a later import may bring
    them back with the feed's availability)."""
    for start in range(0, len(product_ids), 500):
        chunk = list(product_ids[start : start + 500])
        conn.execute(
            update(offers)
            .where(offers.c.product_id.in_(chunk))
            .values(available=False, updated_at=now)
        )


def load_offer(
    conn: Connection, product_id: str, variant_id: str, *, for_update: bool = False
) -> Offer:
    query = select(offers).where(
        offers.c.product_id == product_id, offers.c.variant_id == variant_id
    )
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"no product {product_id!r} with variant {variant_id!r} in the store")
    return Offer(
        product_id=row["product_id"],
        variant_id=row["variant_id"],
        title=row["title"],
        variant_title=row["variant_title"],
        options=row["options"] or {},
        price=Money(amount=row["price_amount"], currency=row["currency"]),
        stock=row["stock"],
        available=row["available"],
    )


def stock_levels(
    conn: Connection, product_ids: Collection[str]
) -> dict[str, dict[str, StockLevel]]:
    if not product_ids:
        return {}
    rows = conn.execute(
        select(offers.c.product_id, offers.c.variant_id, offers.c.stock, offers.c.available).where(
            offers.c.product_id.in_(list(product_ids))
        )
    )
    levels: dict[str, dict[str, StockLevel]] = {}
    for row in rows:
        levels.setdefault(row.product_id, {})[row.variant_id] = StockLevel(row.stock, row.available)
    return levels


def take_stock(conn: Connection, product_id: str, variant_id: str, quantity: int) -> bool:
    """Decrement stock only if enough is left; False means someone else got there first."""
    result = conn.execute(
        update(offers)
        .where(
            offers.c.product_id == product_id,
            offers.c.variant_id == variant_id,
            offers.c.available.is_(True),
            or_(offers.c.stock.is_(None), offers.c.stock >= quantity),
        )
        .values(stock=offers.c.stock - quantity)
    )
    return result.rowcount == 1


def return_stock(conn: Connection, product_id: str, variant_id: str, quantity: int) -> None:
    conn.execute(
        update(offers)
        .where(
            and_(offers.c.product_id == product_id, offers.c.variant_id == variant_id),
            offers.c.stock.is_not(None),
        )
        .values(stock=offers.c.stock + quantity)
    )


def announce_moves(listener: StockListener | None, lines: Iterable[LineItem]) -> None:
    """Call after commit; a failing listener is logged and the order or cancellation stands."""
    if listener is None:
        return
    moved = sorted({(line.product_id, line.variant_id) for line in lines})
    try:
        listener(moved)
    except Exception:
        log.warning("stock of %s moved, but the stock listener failed", moved, exc_info=True)
