"""What every part of `Commerce` shares: the database, the money rules, the clock and the hooks."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlalchemy import Engine

from commerce.idempotency import LEASE_S
from commerce.inventory import StockListener
from commerce.payments import MockPaymentProvider, PaymentProvider
from commerce.pricing import PricingRules
from commerce.webhooks import OrderEvents

log = logging.getLogger(__name__)


class ServiceState:
    """The state `Commerce`'s parts (stock, carts, checkout, completion, orders) work on."""

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

    def _events_written(self) -> None:
        """Nudge the sender; the order is committed, so nothing here may fail it."""
        if self.order_events is not None and self.on_order_event is not None:
            try:
                self.on_order_event()
            except Exception:
                log.exception("could not wake the webhook sender; it finds the event at its poll")
