"""Checkout sessions shaped like the Agentic Commerce Protocol: items, buyer, address, messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from aisle.money import Money
from commerce.errors import NotFound
from commerce.ids import new_id
from commerce.inventory import load_offer
from commerce.models import (
    Address,
    Buyer,
    Cart,
    CheckoutSession,
    CheckoutStatus,
    ItemRequest,
    LineItem,
    Message,
)
from commerce.pricing import PricingRules
from commerce.tables import checkout_sessions

CLOSED: frozenset[str] = frozenset({"completed", "canceled"})
# Messages that keep a session from being paid until the buyer or client fixes something.
BLOCKING_CODES = frozenset(
    {"missing_items", "missing_buyer", "missing_shipping_address", "out_of_stock", "price_changed"}
)


@dataclass
class SessionRecord:
    """A session as stored; totals are derived from its lines with the store's rules."""

    id: str
    cart_id: str
    thread_id: str | None
    status: CheckoutStatus
    currency: str
    buyer: Buyer | None
    shipping_address: Address | None
    line_items: list[LineItem]
    messages: list[Message]
    order_id: str | None
    created_at: float
    updated_at: float
    version: int = 1

    def to_model(self, rules: PricingRules) -> CheckoutSession:
        return CheckoutSession(
            id=self.id,
            cart_id=self.cart_id,
            thread_id=self.thread_id,
            status=self.status,
            currency=self.currency,
            buyer=self.buyer,
            shipping_address=self.shipping_address,
            line_items=self.line_items,
            totals=rules.totals(self.line_items),
            messages=self.messages,
            order_id=self.order_id,
            version=self.version,
            created_at=as_datetime(self.created_at),
            updated_at=as_datetime(self.updated_at),
        )


def as_datetime(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def price_items(
    conn: Connection,
    items: Sequence[ItemRequest],
    known_prices: dict[tuple[str, str], Money],
    rules: PricingRules,
) -> tuple[list[LineItem], list[Message]]:
    """Price items at the offers' current prices and say what changed or cannot be bought.

    The store's money rules apply as in carts (currency, quantity, int64 totals): a breach is
    refused with an error, never priced.
    """
    lines: list[LineItem] = []
    messages: list[Message] = []
    for item in merged(items):
        offer = load_offer(conn, item.product_id, item.variant_id)
        subtotal = rules.check_item(offer, item.quantity)
        param = f"$.line_items[{len(lines)}]"
        name = offer.title + (f" ({offer.variant_title})" if offer.variant_title else "")
        before = known_prices.get((item.product_id, item.variant_id))
        if before is not None and before != offer.price:
            messages.append(
                Message(
                    type="info",
                    code="price_changed",
                    param=param,
                    content=f"{name} is now {offer.price.format()} (was {before.format()}).",
                )
            )
        available = offer.units_available()
        if available is not None and item.quantity > available:
            left = f"only {available} left" if available else "out of stock"
            messages.append(
                Message(type="error", code="out_of_stock", param=param, content=f"{name}: {left}.")
            )
        lines.append(
            LineItem(
                id=f"li_{len(lines) + 1}",
                product_id=offer.product_id,
                variant_id=offer.variant_id,
                title=offer.title,
                variant_title=offer.variant_title,
                quantity=item.quantity,
                unit_price=offer.price,
                subtotal=subtotal,
            )
        )
    rules.totals(lines)  # the whole order must fit too
    return lines, messages


def merged(items: Sequence[ItemRequest]) -> list[ItemRequest]:
    """One line per variant: a variant named twice is one line of both quantities, so the
    per-line limit and the stock check see every unit."""
    quantities: dict[tuple[str, str], int] = {}
    for item in items:
        key = (item.product_id, item.variant_id)
        quantities[key] = quantities.get(key, 0) + item.quantity
    return [ItemRequest(product_id=p, variant_id=v, quantity=q) for (p, v), q in quantities.items()]


def readiness_messages(record: SessionRecord) -> list[Message]:
    missing = []
    if not record.line_items:
        missing.append(("missing_items", "$.line_items", "The cart is empty."))
    if record.buyer is None:
        missing.append(("missing_buyer", "$.buyer", "A name and email are needed."))
    if record.shipping_address is None:
        missing.append(
            ("missing_shipping_address", "$.shipping_address", "A shipping address is needed.")
        )
    return [Message(type="error", code=c, param=p, content=text) for c, p, text in missing]


def settle_status(record: SessionRecord) -> None:
    """Ready for payment exactly when nothing blocking is left among the messages."""
    blocking = any(m.type == "error" and m.code in BLOCKING_CODES for m in record.messages)
    record.status = "not_ready_for_payment" if blocking else "ready_for_payment"


def reprice(
    conn: Connection, record: SessionRecord, items: Sequence[ItemRequest], rules: PricingRules
) -> None:
    known = {(line.product_id, line.variant_id): line.unit_price for line in record.line_items}
    record.line_items, record.messages = price_items(conn, items, known, rules)
    record.messages = readiness_messages(record) + record.messages
    settle_status(record)


def items_of(lines: Sequence[LineItem]) -> list[ItemRequest]:
    return [
        ItemRequest(product_id=line.product_id, variant_id=line.variant_id, quantity=line.quantity)
        for line in lines
    ]


def session_from_cart(
    conn: Connection,
    cart: Cart,
    buyer: Buyer | None,
    address: Address | None,
    now: float,
    rules: PricingRules,
) -> SessionRecord:
    """A new session with the cart's lines at today's prices, noting any price since added."""
    record = new_record(cart.id, cart.thread_id, cart.currency, buyer, address, now)
    items = [
        ItemRequest(product_id=li.product_id, variant_id=li.variant_id, quantity=li.quantity)
        for li in cart.lines
    ]
    captured = {(li.product_id, li.variant_id): li.unit_price for li in cart.lines}
    record.line_items, record.messages = price_items(conn, items, captured, rules)
    record.messages = readiness_messages(record) + record.messages
    settle_status(record)
    return record


def new_record(
    cart_id: str,
    thread_id: str | None,
    currency: str,
    buyer: Buyer | None,
    shipping_address: Address | None,
    now: float,
) -> SessionRecord:
    return SessionRecord(
        id=new_id("cs"),
        cart_id=cart_id,
        thread_id=thread_id,
        status="not_ready_for_payment",
        currency=currency,
        buyer=buyer,
        shipping_address=shipping_address,
        line_items=[],
        messages=[],
        order_id=None,
        created_at=now,
        updated_at=now,
    )


def insert_session(conn: Connection, record: SessionRecord) -> None:
    conn.execute(checkout_sessions.insert().values(id=record.id, **_row(record)))


def save_session(conn: Connection, record: SessionRecord) -> None:
    conn.execute(
        update(checkout_sessions).where(checkout_sessions.c.id == record.id).values(**_row(record))
    )


def load_session(conn: Connection, session_id: str, *, for_update: bool = False) -> SessionRecord:
    query = select(checkout_sessions).where(checkout_sessions.c.id == session_id)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"no checkout session {session_id!r}")
    return SessionRecord(
        id=row["id"],
        cart_id=row["cart_id"],
        thread_id=row["thread_id"],
        status=row["status"],
        currency=row["currency"],
        buyer=Buyer.model_validate(row["buyer"]) if row["buyer"] else None,
        shipping_address=(
            Address.model_validate(row["shipping_address"]) if row["shipping_address"] else None
        ),
        line_items=[LineItem.model_validate(item) for item in row["line_items"]],
        messages=[Message.model_validate(m) for m in row["messages"]],
        order_id=row["order_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        version=row["version"],
    )


def _row(record: SessionRecord) -> dict[str, Any]:
    return {
        "cart_id": record.cart_id,
        "thread_id": record.thread_id,
        "status": record.status,
        "currency": record.currency,
        "buyer": record.buyer.model_dump(mode="json") if record.buyer else None,
        "shipping_address": (
            record.shipping_address.model_dump(mode="json") if record.shipping_address else None
        ),
        "line_items": [line.model_dump(mode="json") for line in record.line_items],
        "messages": [m.model_dump(mode="json") for m in record.messages],
        "order_id": record.order_id,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "version": record.version,
    }
