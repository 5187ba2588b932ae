"""Order webhook events (ACP 2026-04-17): their payload, their signature, and the outbox row.

An event is written by `OrderEvents.record` in the same transaction that creates the order or
changes its status, so a committed order always has its event and a rolled-back one never does.
`aisle/webhook_sender.py` delivers the rows (`commerce/outbox.py` claims and marks them).

The payload is ACP's `WebhookEvent`: `{"type": "order_create" | "order_update", "data": Order}`
with the full order, as it stood when the event was written. The body admits no other field, so
the event id (`evt_…`, the same on every retry) travels in the `Request-Id` header.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection

from commerce.ids import new_id
from commerce.models import Order
from commerce.orders import load_order
from commerce.tables import webhook_events

EventType = Literal["order_create", "order_update"]
SIGNATURE_HEADER = "Merchant-Signature"
TOLERANCE_S = 300  # the spec's recommended timestamp window

# Aisle's order statuses as ACP's Order.status values.
ACP_STATUS = {"placed": "confirmed", "shipped": "shipped", "canceled": "canceled"}
ACP_TOTAL = {"subtotal": "subtotal", "shipping": "fulfillment", "tax": "tax", "total": "total"}


@dataclass(frozen=True)
class OrderEvents:
    """Writes an order's events to the outbox; `permalink` has an `{order_id}` slot."""

    permalink: str

    def record(self, conn: Connection, order_id: str, kind: EventType, now: float) -> str:
        """Insert the event for the order as it now stands (inside the caller's transaction)."""
        order = load_order(conn, order_id)
        event_id = new_id("evt")
        conn.execute(
            webhook_events.insert().values(
                event_id=event_id,
                order_id=order_id,
                type=kind,
                payload=event_payload(kind, order, self.permalink),
                status="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
        return event_id


def event_payload(kind: EventType, order: Order, permalink: str) -> dict[str, Any]:
    return {"type": kind, "data": order_data(order, permalink)}


def order_data(order: Order, permalink: str) -> dict[str, Any]:
    """The full ACP `Order` (webhook `EventDataOrder`): lines, fulfillments, refunds, totals."""
    canceled = order.status == "canceled"
    shipped = order.status == "shipped"
    lines = []
    for line in order.line_items:
        current = 0 if canceled else line.quantity
        fulfilled = current if shipped else 0
        title = line.title + (f" ({line.variant_title})" if line.variant_title else "")
        lines.append(
            {
                "id": line.id,
                "title": title,
                "product_id": line.product_id,
                "quantity": {"ordered": line.quantity, "current": current, "fulfilled": fulfilled},
                "unit_price": line.unit_price.amount,
                "subtotal": line.subtotal.amount,
                "status": "removed" if canceled else "fulfilled" if shipped else "processing",
            }
        )
    totals = [
        {"type": ACP_TOTAL[t.type], "display_text": t.display_text, "amount": t.amount.amount}
        for t in order.totals
    ]
    data: dict[str, Any] = {
        "type": "order",
        "id": order.id,
        "checkout_session_id": order.checkout_session_id,
        "permalink_url": permalink.format(order_id=order.id),
        "status": ACP_STATUS.get(order.status, order.status),
        "line_items": lines,
        "fulfillments": [],
        "adjustments": [],
        "totals": totals,
    }
    if shipped:
        data["fulfillments"].append(
            {
                "id": f"ful_{order.id.removeprefix('ord_')}",
                "type": "shipping",
                "status": "shipped",
                "line_items": [{"id": li.id, "quantity": li.quantity} for li in order.line_items],
            }
        )
    if canceled and order.payment.refunded:
        refunded = order.total
        data["adjustments"].append(
            {
                "id": f"adj_{order.id.removeprefix('ord_')}",
                "type": "refund",
                "occurred_at": _rfc3339(order.canceled_at or order.created_at),
                "status": "completed",
                "amount": refunded.amount,
                "currency": refunded.currency.lower(),
                "description": "Order canceled before shipping; refunded in full.",
            }
        )
        totals.append(
            {"type": "amount_refunded", "display_text": "Refunded", "amount": refunded.amount}
        )
    return data


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def body_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes sent (and signed): compact JSON, key order as written."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, as the spec defines it."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify(
    secret: str, body: bytes, header: str | None, now: float, tolerance_s: int = TOLERANCE_S
) -> bool:
    """What a receiver does: parse the header, check the window, compare in constant time."""
    if not header:
        return False
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > tolerance_s:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, given)
