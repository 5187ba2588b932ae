"""Orders: written once per completed checkout session; cancel restocks and refunds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from commerce.errors import NotFound
from commerce.ids import new_id
from commerce.models import (
    Address,
    Buyer,
    LineItem,
    Order,
    PaymentSummary,
    Total,
)
from commerce.sessions import as_datetime
from commerce.tables import orders


def insert_order(
    conn: Connection,
    *,
    session_id: str,
    cart_id: str,
    thread_id: str | None,
    shopper_id: str | None,
    buyer: Buyer,
    shipping_address: Address,
    line_items: list[LineItem],
    totals: list[Total],
    payment: PaymentSummary,
    now: float,
) -> str:
    order_id = new_id("ord")
    conn.execute(
        orders.insert().values(
            id=order_id,
            checkout_session_id=session_id,
            cart_id=cart_id,
            thread_id=thread_id,
            shopper_id=shopper_id,
            status="placed",
            buyer=buyer.model_dump(mode="json"),
            shipping_address=shipping_address.model_dump(mode="json"),
            line_items=[line.model_dump(mode="json") for line in line_items],
            totals=[total.model_dump(mode="json") for total in totals],
            payment=payment.model_dump(mode="json"),
            created_at=now,
        )
    )
    return order_id


def load_order(conn: Connection, order_id: str, *, for_update: bool = False) -> Order:
    query = select(orders).where(orders.c.id == order_id)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"no order {order_id!r}")
    return _order(row)


def orders_for_thread(conn: Connection, thread_id: str) -> list[Order]:
    rows = conn.execute(
        select(orders).where(orders.c.thread_id == thread_id).order_by(orders.c.created_at)
    ).mappings()
    return [_order(row) for row in rows]


def set_order_status(
    conn: Connection,
    order_id: str,
    status: str,
    *,
    canceled_at: float | None = None,
    payment: PaymentSummary | None = None,
) -> None:
    values: dict[str, Any] = {"status": status}
    if canceled_at is not None:
        values["canceled_at"] = canceled_at
    if payment is not None:
        values["payment"] = payment.model_dump(mode="json")
    conn.execute(update(orders).where(orders.c.id == order_id).values(**values))


def _order(row: Any) -> Order:
    return Order(
        id=row["id"],
        checkout_session_id=row["checkout_session_id"],
        cart_id=row["cart_id"],
        thread_id=row["thread_id"],
        shopper_id=row["shopper_id"],
        status=row["status"],
        buyer=Buyer.model_validate(row["buyer"]),
        shipping_address=Address.model_validate(row["shipping_address"]),
        line_items=[LineItem.model_validate(item) for item in row["line_items"]],
        totals=[Total.model_validate(total) for total in row["totals"]],
        payment=PaymentSummary.model_validate(row["payment"]),
        created_at=as_datetime(row["created_at"]),
        canceled_at=as_datetime(row["canceled_at"]) if row["canceled_at"] else None,
    )
