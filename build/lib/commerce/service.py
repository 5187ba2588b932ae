"""`Commerce`: the one entry point the agent, the API and the CLI use for carts to orders.

Its methods live with their concern (`stock_service`, `cart_service`, `checkout_service`,
`completion_service`, `order_service`); each opens its own transaction over one SQL database.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from aisle.settings import Settings
from commerce.cart_service import CartService
from commerce.checkout_service import CheckoutService
from commerce.completion_service import CompletionService
from commerce.database import open_engine
from commerce.inventory import StockListener
from commerce.order_service import OrderService
from commerce.payments import PaymentProvider
from commerce.pricing import PricingRules
from commerce.stock_service import StockService
from commerce.webhooks import OrderEvents


class Commerce(StockService, CartService, CheckoutService, CompletionService, OrderService):
    """Carts, ACP-shaped checkout sessions, mock payments and orders over one SQL database."""

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
