"""Orders: one per completed checkout session; cancel (before shipping) restocks and refunds.

An order belongs to its conversation: reading, listing or canceling needs the thread's
`X-Thread-Token` (`api/authority.py`). The thread id travels in a header, never in the URL.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header

from api.authority import AccessDep, OwnOrder
from api.deps import CommerceDep
from api.error_docs import error_codes
from api.schemas_commerce import commerce_errors
from commerce.models import Order

router = APIRouter(prefix="/v1", tags=["orders"], responses=error_codes(404, 409))

ThreadId = Annotated[
    str,
    Header(
        alias="X-Thread-Id",
        min_length=1,
        max_length=200,
        description="The conversation whose orders to list (with its X-Thread-Token).",
    ),
]


@router.get("/orders")
def list_orders(thread_id: ThreadId, commerce: CommerceDep, access: AccessDep) -> list[Order]:
    """The conversation's orders, oldest first."""
    access.thread(thread_id)
    return commerce.orders_for_thread(thread_id)


@router.get("/orders/{order_id}", dependencies=[OwnOrder])
def get_order(order_id: str, commerce: CommerceDep) -> Order:
    with commerce_errors():
        return commerce.get_order(order_id)


@router.post("/orders/{order_id}/cancel", dependencies=[OwnOrder])
def cancel_order(order_id: str, commerce: CommerceDep) -> Order:
    with commerce_errors():
        return commerce.cancel_order(order_id)
