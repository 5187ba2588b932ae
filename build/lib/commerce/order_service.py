"""Orders after checkout: read them, cancel them (restock and refund), mark them shipped."""

from __future__ import annotations

from sqlalchemy import Connection

from commerce import inventory, orders
from commerce.database import read, write
from commerce.errors import OrderNotCancelable
from commerce.inventory import announce_moves
from commerce.models import Order
from commerce.service_state import ServiceState


class OrderService(ServiceState):
    """Placed orders and their mock fulfilment; part of `Commerce`."""

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
