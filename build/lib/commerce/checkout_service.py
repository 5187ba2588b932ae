"""Checkout sessions before payment: opened from a cart or from items, updated, canceled."""

from __future__ import annotations

from sqlalchemy import Connection

from commerce import carts, sessions
from commerce.database import read, write
from commerce.errors import CheckoutClosed
from commerce.idempotency import request_fingerprint, run_once
from commerce.models import Address, Buyer, CheckoutSession, ItemRequest
from commerce.service_state import ServiceState


class CheckoutService(ServiceState):
    """ACP-shaped checkout sessions, priced at today's prices; part of `Commerce`."""

    def create_checkout(
        self,
        cart_id: str,
        buyer: Buyer | None = None,
        shipping_address: Address | None = None,
        idempotency_key: str | None = None,
    ) -> CheckoutSession:
        """Open a session priced at today's prices from the cart's current lines."""

        def create(conn: Connection) -> CheckoutSession:
            carts.lock_cart(conn, cart_id)
            cart = carts.load_cart(conn, cart_id)
            record = sessions.session_from_cart(
                conn, cart, buyer, shipping_address, self.clock(), self.rules
            )
            sessions.insert_session(conn, record)
            return record.to_model(self.rules)

        if idempotency_key is None:
            with write(self.engine) as conn:
                return create(conn)
        request = {
            "cart_id": cart_id,
            "buyer": buyer.model_dump(mode="json") if buyer else None,
            "shipping_address": (
                shipping_address.model_dump(mode="json") if shipping_address else None
            ),
        }
        fingerprint = request_fingerprint("create_checkout", request)
        return run_once(
            self.engine,
            idempotency_key,
            fingerprint,
            CheckoutSession,
            create,
            self.clock,
            self.idempotency_lease_s,
        )

    def open_checkout(
        self,
        items: list[ItemRequest],
        buyer: Buyer | None = None,
        shipping_address: Address | None = None,
        shopper_id: str | None = None,
    ) -> CheckoutSession:
        """A session straight from items (an outside agent's), on a new cart of `shopper_id`.

        Priced like any session: missing stock and details are messages, not errors.
        """
        with write(self.engine) as conn:
            now = self.clock()
            cart_id = carts.open_cart(
                conn, thread_id=None, shopper_id=shopper_id, currency=self.rules.currency, now=now
            )
            record = sessions.new_record(
                cart_id, None, self.rules.currency, buyer, shipping_address, now
            )
            sessions.reprice(conn, record, items, self.rules)
            sessions.insert_session(conn, record)
            return record.to_model(self.rules)

    def get_checkout(self, session_id: str) -> CheckoutSession:
        with read(self.engine) as conn:
            return sessions.load_session(conn, session_id).to_model(self.rules)

    def update_checkout(
        self,
        session_id: str,
        buyer: Buyer | None = None,
        shipping_address: Address | None = None,
        items: list[ItemRequest] | None = None,
    ) -> CheckoutSession:
        """Change buyer, address or items (items replace the list); re-prices at today's prices.

        Any update also acknowledges earlier `price_changed` messages: the client has shown the
        session's new total again. Every update raises the session's `version`, so an approval
        of an earlier version no longer completes it.
        """
        with write(self.engine) as conn:
            record = sessions.load_session(conn, session_id, for_update=True)
            if record.status in sessions.CLOSED:
                raise CheckoutClosed(f"checkout session {session_id} is {record.status}")
            record.buyer = buyer or record.buyer
            record.shipping_address = shipping_address or record.shipping_address
            wanted = items if items is not None else sessions.items_of(record.line_items)
            sessions.reprice(conn, record, wanted, self.rules)
            record.updated_at = self.clock()
            record.version += 1
            sessions.save_session(conn, record)
            return record.to_model(self.rules)

    def cancel_checkout(self, session_id: str) -> CheckoutSession:
        with write(self.engine) as conn:
            record = sessions.load_session(conn, session_id, for_update=True)
            if record.status == "completed":
                raise CheckoutClosed(f"checkout session {session_id} is already completed")
            if record.status != "canceled":
                record.status = "canceled"
                record.updated_at = self.clock()
                sessions.save_session(conn, record)
            return record.to_model(self.rules)
