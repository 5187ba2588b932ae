"""Payment intents: recorded (committed) before a charge, settled with the order.

Completion charges inside the order's transaction (stock taken, charge, order written, then one
commit). With a real provider a crash between the charge and the commit would leave money taken
and no order. So before that transaction starts, the intent is committed on its own as
`pending`, under the charge's idempotency key; the order transaction settles it
(`succeeded`, `declined`, `requires_authentication`) in the same commit as the order. An intent
still `pending` after that is one whose transaction died: `reconcile` asks the provider whether
a charge went through under its key and refunds it (`refunded`), else marks it `abandoned`.
A voided key is never charged again: the next attempt gets a fresh one.

Statuses: pending | succeeded | declined | requires_authentication | refunded | abandoned.
"""

from __future__ import annotations

import logging
from itertools import count

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects import postgresql, sqlite

from aisle.money import Money
from commerce.database import write
from commerce.payments import PaymentProvider
from commerce.pricing import PricingRules
from commerce.sessions import CLOSED, load_session
from commerce.tables import orders, payment_intents

log = logging.getLogger(__name__)

VOID = frozenset({"refunded", "abandoned"})


def prepare(
    engine: Engine, session_id: str, token: str, rules: PricingRules, now: float
) -> str | None:
    """The charge key for this session and payment method, recorded `pending` and committed;
    None for a session already completed or canceled (nothing will be charged).

    The same session and token get the same key (so a retry cannot charge twice) until that
    key is voided by `reconcile`.
    """
    base = f"{session_id}:{token}"
    with write(engine) as conn:
        record = load_session(conn, session_id)
        if record.status in CLOSED:
            return None
        amount = rules.totals(record.line_items)[-1].amount
        for attempt in count(1):
            key = base if attempt == 1 else f"{base}:{attempt}"
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            inserted = conn.execute(
                dialect.insert(payment_intents)
                .values(
                    key=key,
                    session_id=session_id,
                    amount=amount.amount,
                    currency=amount.currency,
                    status="pending",
                    charge_id=None,
                    created_at=now,
                    updated_at=now,
                )
                .on_conflict_do_nothing(index_elements=[payment_intents.c.key])
                .returning(payment_intents.c.key)
            ).first()
            if inserted is not None:
                return key
            status = conn.execute(
                select(payment_intents.c.status).where(payment_intents.c.key == key)
            ).scalar_one()
            if status not in VOID:
                return key
    raise AssertionError("unreachable")


def settle(
    conn: Connection,
    key: str,
    status: str,
    amount: Money,
    now: float,
    charge_id: str | None = None,
) -> None:
    """Inside the order transaction: what the provider answered for this key."""
    conn.execute(
        update(payment_intents)
        .where(payment_intents.c.key == key)
        .values(
            status=status,
            amount=amount.amount,
            currency=amount.currency,
            charge_id=charge_id,
            updated_at=now,
        )
    )


def reconcile(engine: Engine, provider: PaymentProvider, now: float, older_than_s: float) -> int:
    """Settle intents left `pending` by a transaction that died; returns how many were settled.

    Each is settled under its session's row lock, so a completion still running elsewhere
    finishes first (and settles its own intent).
    """
    with write(engine) as conn:
        keys = list(
            conn.execute(
                select(payment_intents.c.key, payment_intents.c.session_id).where(
                    payment_intents.c.status == "pending",
                    payment_intents.c.updated_at < now - older_than_s,
                )
            )
        )
    settled = 0
    for key, session_id in keys:
        with write(engine) as conn:
            load_session(conn, session_id, for_update=True)
            row = (
                conn.execute(select(payment_intents).where(payment_intents.c.key == key))
                .mappings()
                .one()
            )
            if row["status"] != "pending":
                continue
            settled += 1
            amount = Money(amount=row["amount"], currency=row["currency"])
            result = provider.lookup(key)
            if result is None or result.status != "succeeded" or result.charge_id is None:
                settle(conn, key, "abandoned", amount, now)
                continue
            if _ordered_with(conn, session_id, result.charge_id):
                settle(conn, key, "succeeded", result.amount, now, result.charge_id)
                continue
            provider.refund(result.charge_id, result.amount, idempotency_key=f"refund:{key}")
            log.warning("refunded charge %s: its order was never written", result.charge_id)
            settle(conn, key, "refunded", result.amount, now, result.charge_id)
    return settled


def _ordered_with(conn: Connection, session_id: str, charge_id: str) -> bool:
    row = conn.execute(
        select(orders.c.payment).where(orders.c.checkout_session_id == session_id)
    ).first()
    return row is not None and row.payment.get("charge_id") == charge_id


def intents_of(engine: Engine, session_id: str) -> list[dict[str, object]]:
    """The session's payment intents, oldest first (for support and tests)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(payment_intents)
            .where(payment_intents.c.session_id == session_id)
            .order_by(payment_intents.c.created_at, payment_intents.c.key)
        ).mappings()
        return [dict(row) for row in rows]
