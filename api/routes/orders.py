"""Orders: one per completed checkout session; cancel (before shipping) restocks and refunds."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import CommerceDep
from api.error_docs import error_codes
from api.schemas_commerce import commerce_errors
from commerce.models import Order

router = APIRouter(prefix="/v1", tags=["orders"], responses=error_codes(404, 409))


@router.get("/orders")
def list_orders(commerce: CommerceDep, thread_id: str = Query(min_length=1)) -> list[Order]:
    """The conversation's orders, oldest first."""
    return commerce.orders_for_thread(thread_id)


@router.get("/orders/{order_id}")
def get_order(order_id: str, commerce: CommerceDep) -> Order:
    with commerce_errors():
        return commerce.get_order(order_id)


@router.post("/orders/{order_id}/cancel")
def cancel_order(order_id: str, commerce: CommerceDep) -> Order:
    with commerce_errors():
        return commerce.cancel_order(order_id)
