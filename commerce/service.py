"""`Commerce`: the one entry point the agent, the API and the CLI use for carts to orders."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterable, Sequence

from sqlalchemy import Connection, Engine

from aisle.money import Money
from aisle.settings import Settings
from catalog.model import Product, StockLevel
from commerce import carts, conversations, intents, inventory, orders, sessions
from commerce.completion import complete_session
from commerce.conversations import Owned, ThreadCheck
from commerce.database import open_engine, read, write
from commerce.errors import CheckoutClosed, OrderNotCancelable
from commerce.idempotency import LEASE_S, request_fingerprint, run_once
from commerce.inventory import StockListener, announce_moves
from commerce.models import (
    Address,
    Buyer,
    Cart,
    CheckoutSession,
    ItemRequest,
    Offer,
    Order,
    PaymentMethod,
)
from commerce.payments import MockPaymentProvider, PaymentProvider
from commerce.pricing import PricingRules
from commerce.webhooks import OrderEvents

log = logging.getLogger(__name__)


class Commerce:
    """Carts, ACP-shaped checkout sessions, mock payments and orders over one SQL database."""

    def __init__(
        self,
        engine: Engine,
        rules: PricingRules,
        payments: PaymentProvider | None = None,
        clock: Callable[[], float] = time.time,
        on_stock_change: StockListener | None = None,
        idempotency_lease_s: float = LEASE_S,
        reconcile_after_s: float = LEASE_S,
        order_events: OrderEvents | None = None,
        on_order_event: Callable[[], None] | None = None,
    ) -> None:
        self.engine = engine
        self.rules = rules
        self.payments: PaymentProvider = payments or MockPaymentProvider()
        self.clock = clock
        self.on_stock_change = on_stock_change
        self.idempotency_lease_s = idempotency_lease_s
        self.reconcile_after_s = reconcile_after_s
        self.order_events = order_events
        """Set when webhooks are on: order changes write their events to the outbox."""
        self.on_order_event = on_order_event
        """Called after a commit that wrote webhook events (the sender wakes up)."""

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        payments: PaymentProvider | None = None,
        url: str | None = None,
        clock: Callable[[], float] = time.time,
        on_stock_change: StockListener | None = None,
        on_order_event: Callable[[], None] | None = None,
    ) -> Commerce:
        """Open (and create) the database at `settings.sqlalchemy_url`, or at `url` if given.

        With `AISLE_WEBHOOK_URL` set, order changes are written to the webhook outbox.
        """
        engine = open_engine(url or settings.sqlalchemy_url)
        events = OrderEvents(settings.order_permalink_url) if settings.webhook_url else None
        return cls(
            engine,
            PricingRules.from_settings(settings),
            payments,
            clock,
            on_stock_change,
            settings.idempotency_lease_s,
            settings.payment_reconcile_after_s,
            events,
            on_order_event,
        )

    def close(self) -> None:
        self.engine.dispose()

    # Inventory.
    def sync_catalog(self, products: Iterable[Product]) -> int:
        """Upsert price, stock and availability of every variant; returns variants written."""
        rows = inventory.offer_rows(products, self.clock())
        with write(self.engine) as conn:
            return inventory.upsert_offers(conn, rows)

    def retire_products(self, product_ids: Sequence[str]) -> None:
        """Products removed from the catalog can no longer be bought."""
        with write(self.engine) as conn:
            inventory.retire_offers(conn, product_ids, self.clock())

    def missing_offers(self, products: Iterable[Product]) -> set[str]:
        """Ids of products that lack an offer for one of their variants."""
        wanted = {p.id: {v.id for v in p.variants} for p in products}
        levels = self.stock_levels(list(wanted))
        return {
            pid for pid, variants in wanted.items() if not variants <= levels.get(pid, {}).keys()
        }

    def get_offer(self, product_id: str, variant_id: str) -> Offer:
        with read(self.engine) as conn:
            return inventory.load_offer(conn, product_id, variant_id)

    def stock_levels(self, product_ids: Collection[str]) -> dict[str, dict[str, StockLevel]]:
        """Stock and availability of every variant of these products, by product and variant id."""
        with read(self.engine) as conn:
            return inventory.stock_levels(conn, product_ids)

    # Conversations: who holds a thread's token holds its carts, sessions and orders.
    def start_conversation(self) -> tuple[str, str]:
        """Mint a conversation: (thread id, secret token); only the token's hash is kept."""
        with write(self.engine) as conn:
            return conversations.start_conversation(conn, self.clock())

    def check_thread_token(self, thread_id: str, token: str | None) -> ThreadCheck:
        with read(self.engine) as conn:
            return conversations.check_token(conn, thread_id, token)

    def owner_thread(self, kind: Owned, object_id: str) -> str | None:
        """The thread a cart, checkout session or order belongs to; NotFound if none such."""
        with read(self.engine) as conn:
            return conversations.owner_thread(conn, kind, object_id)

    # Carts.
    def cart_for_thread(self, thread_id: str, shopper_id: str | None = None) -> Cart:
        """The conversation's cart, created empty on first use."""
        return self.create_cart(thread_id=thread_id, shopper_id=shopper_id)

    def create_cart(self, thread_id: str | None = None, shopper_id: str | None = None) -> Cart:
        """A new cart, or the thread's existing cart when a thread id is given."""
        with write(self.engine) as conn:
            cart_id = carts.open_cart(
                conn,
                thread_id=thread_id,
                shopper_id=shopper_id,
                currency=self.rules.currency,
                now=self.clock(),
            )
            return carts.load_cart(conn, cart_id)

    def get_cart(self, cart_id: str) -> Cart:
        with read(self.engine) as conn:
            return carts.load_cart(conn, cart_id)

    def add_to_cart(
        self, cart_id: str, product_id: str, variant_id: str, quantity: int = 1
    ) -> Cart:
        """Add units at today's price; raises OutOfStock when the cart would exceed stock."""
        with write(self.engine) as conn:
            currency = carts.lock_cart(conn, cart_id)
            offer = inventory.load_offer(conn, product_id, variant_id)
            carts.add_line(conn, cart_id, currency, offer, quantity, self.clock(), self.rules)
            return self._checked(carts.load_cart(conn, cart_id))

    def set_quantity(self, cart_id: str, line_id: str, quantity: int) -> Cart:
        """Set a line's quantity (0 removes it); bounded by stock."""
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            product_id, variant_id = carts.line_variant(conn, cart_id, line_id)
            offer = inventory.load_offer(conn, product_id, variant_id)
            carts.set_line_quantity(conn, line_id, offer, quantity, self.rules)
            return self._checked(carts.load_cart(conn, cart_id))

    def _checked(self, cart: Cart) -> Cart:
        """A cart whose subtotal the store could not charge is refused (rolled back)."""
        self.rules.check_sum(line.subtotal for line in cart.lines)
        return cart

    def replace_lines(self, cart_id: str, items: Sequence[ItemRequest]) -> Cart:
        """The cart holds exactly these items, or (OutOfStock, NotFound, ...) stays as it was."""
        with write(self.engine) as conn:
            currency = carts.lock_cart(conn, cart_id)
            carts.clear_cart(conn, cart_id)
            for item in sessions.merged(items):
                offer = inventory.load_offer(conn, item.product_id, item.variant_id)
                carts.add_line(
                    conn, cart_id, currency, offer, item.quantity, self.clock(), self.rules
                )
            return self._checked(carts.load_cart(conn, cart_id))

    def set_cart_shopper(self, cart_id: str, shopper_id: str | None) -> Cart:
        """Re-label who a cart belongs to (the ACP edge marks a canceled cart this way)."""
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.set_shopper(conn, cart_id, shopper_id, self.clock())
            return carts.load_cart(conn, cart_id)

    def remove_line(self, cart_id: str, line_id: str) -> Cart:
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.remove_line(conn, cart_id, line_id)
            return carts.load_cart(conn, cart_id)

    def clear_cart(self, cart_id: str) -> Cart:
        with write(self.engine) as conn:
            carts.lock_cart(conn, cart_id)
            carts.clear_cart(conn, cart_id)
            return carts.load_cart(conn, cart_id)

    # Checkout sessions.
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

    def _events_written(self) -> None:
        """Nudge the sender; the order is committed, so nothing here may fail it."""
        if self.order_events is not None and self.on_order_event is not None:
            try:
                self.on_order_event()
            except Exception:
                log.exception("could not wake the webhook sender; it finds the event at its poll")

    def _payment_intent(self, session_id: str, payment: PaymentMethod) -> str | None:
        """Commit the intent to charge before the order transaction starts (see intents.py)."""
        return intents.prepare(self.engine, session_id, payment.token, self.rules, self.clock())

    def reconcile_payments(self, older_than_s: float | None = None) -> int:
        """At start-up: refund charges whose order was never written; returns intents settled."""
        wait = self.reconcile_after_s if older_than_s is None else older_than_s
        return intents.reconcile(self.engine, self.payments, self.clock(), wait)

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

    # Orders.
    def get_order(self, order_id: str) -> Order:
        with read(self.engine) as conn:
            return orders.load_order(conn, order_id)

    def orders_for_thread(self, thread_id: str) -> list[Order]:
        with read(self.engine) as conn:
            return orders.orders_for_thread(conn, thread_id)

    def cancel_order(self, order_id: str) -> Order:
        """Cancel an order that has not shipped: stock goes back and the charge is refunded."""
        with write(self.engine) as conn:
            order = orders.load_order(conn, order_id, for_update=True)
            if order.status == "placed":
                order = self._restock_and_refund(conn, order)
            elif order.status != "canceled":
                raise OrderNotCancelable(f"order {order_id} has {order.status}; return it instead")
        announce_moves(self.on_stock_change, order.line_items)  # committed by now
        self._events_written()
        return order

    def _restock_and_refund(self, conn: Connection, order: Order) -> Order:
        for line in order.line_items:
            inventory.return_stock(conn, line.product_id, line.variant_id, line.quantity)
        self.payments.refund(
            order.payment.charge_id, order.total, idempotency_key=f"refund:{order.id}"
        )
        payment = order.payment.model_copy(update={"refunded": True})
        now = self.clock()
        orders.set_order_status(conn, order.id, "canceled", canceled_at=now, payment=payment)
        if self.order_events is not None:
            self.order_events.record(conn, order.id, "order_update", now)
        return orders.load_order(conn, order.id)

    def mark_shipped(self, order_id: str) -> Order:
        """Mock fulfilment: after this the order can no longer be canceled."""
        with write(self.engine) as conn:
            order = orders.load_order(conn, order_id, for_update=True)
            if order.status != "placed":
                raise OrderNotCancelable(f"order {order_id} is {order.status}")
            orders.set_order_status(conn, order_id, "shipped")
            if self.order_events is not None:
                self.order_events.record(conn, order_id, "order_update", self.clock())
            shipped = orders.load_order(conn, order_id)
        self._events_written()
        return shipped
