"""Charging a session into an order, and refunding charges a crash left without one."""

from __future__ import annotations

from sqlalchemy import Connection

from aisle.money import Money
from commerce import intents
from commerce.completion import complete_session
from commerce.database import write
from commerce.idempotency import request_fingerprint, run_once
from commerce.inventory import announce_moves
from commerce.models import CheckoutSession, PaymentMethod
from commerce.service_state import ServiceState


class CompletionService(ServiceState):
    """The payment step of checkout, with its payment intents; part of `Commerce`."""

    def complete_checkout(
        self,
        session_id: str,
        payment: PaymentMethod,
        idempotency_key: str | None = None,
        expected_total: Money | None = None,
        expected_version: int | None = None,
    ) -> CheckoutSession:
        """Charge and place the order; the returned session carries `order_id` when completed.

        A decline, a price change or missing stock is not an exception: the session comes back
        with a message and a status saying what to do. Pass `expected_total` (the total the
        shopper approved) to refuse charging any other amount; after a `price_changed` send-back,
        passing the new total is the shopper's confirmation. Pass `expected_version` (the
        session version whose summary the shopper approved) to refuse completing a session that
        changed since (`SessionChanged`).
        """

        key = self._payment_intent(session_id, payment)

        def complete(conn: Connection) -> CheckoutSession:
            record = complete_session(
                conn,
                session_id,
                payment,
                self.payments,
                self.rules,
                self.clock(),
                expected_total,
                expected_version,
                charge_key=key,
                events=self.order_events,
            )
            return record.to_model(self.rules)

        if idempotency_key is None:
            with write(self.engine) as conn:
                session = complete(conn)
        else:
            request: dict[str, object] = {
                "session_id": session_id,
                "payment": payment.model_dump(mode="json"),
                "expected_total": (
                    expected_total.model_dump(mode="json") if expected_total else None
                ),
            }
            if expected_version is not None:  # absent, the fingerprint stays what it was
                request["expected_version"] = expected_version
            fingerprint = request_fingerprint("complete_checkout", request)
            session = run_once(
                self.engine,
                idempotency_key,
                fingerprint,
                CheckoutSession,
                complete,
                self.clock,
                self.idempotency_lease_s,
            )
        if session.status == "completed":  # committed by now
            announce_moves(self.on_stock_change, session.line_items)
            self._events_written()
        return session

    def _payment_intent(self, session_id: str, payment: PaymentMethod) -> str | None:
        """Commit the intent to charge before the order transaction starts (see intents.py)."""
        return intents.prepare(self.engine, session_id, payment.token, self.rules, self.clock())

    def reconcile_payments(self, older_than_s: float | None = None) -> int:
        """At start-up: refund charges whose order was never written; returns intents settled."""
        wait = self.reconcile_after_s if older_than_s is None else older_than_s
        return intents.reconcile(self.engine, self.payments, self.clock(), wait)
