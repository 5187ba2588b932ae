"""Carts: one per conversation thread; lines keep the price captured when added.

A cart belongs to its conversation: every call on it needs the thread's `X-Thread-Token`
(`api/authority.py`); anyone else gets 404.
"""

from __future__ import annotations

from fastapi import APIRouter

from api.authority import AccessDep, OwnCart
from api.deps import CommerceDep
from api.error_docs import error_codes
from api.schemas_commerce import CartCreate, CartCreated, LineAdd, LineUpdate, commerce_errors
from commerce.models import Cart

router = APIRouter(prefix="/v1", tags=["carts"], responses=error_codes(404, 409))


@router.post("/carts")
def create_cart(body: CartCreate, commerce: CommerceDep, access: AccessDep) -> CartCreated:
    """The conversation's cart (with its `X-Thread-Token`), or, without `thread_id`, a new
    conversation and its cart: then the reply carries `thread_id` and `thread_token` (once)."""
    token = None
    if body.thread_id is None:
        thread_id, token = commerce.start_conversation()
    else:
        access.thread(body.thread_id)
        thread_id = body.thread_id
    with commerce_errors():
        cart = commerce.create_cart(thread_id=thread_id, shopper_id=body.shopper_id)
    return CartCreated(**cart.model_dump(), thread_token=token)


@router.get("/carts/{cart_id}", dependencies=[OwnCart])
def get_cart(cart_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.get_cart(cart_id)


@router.post("/carts/{cart_id}/lines", dependencies=[OwnCart])
def add_line(cart_id: str, body: LineAdd, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.add_to_cart(cart_id, body.product_id, body.variant_id, body.quantity)


@router.patch("/carts/{cart_id}/lines/{line_id}", dependencies=[OwnCart])
def set_line_quantity(cart_id: str, line_id: str, body: LineUpdate, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.set_quantity(cart_id, line_id, body.quantity)


@router.delete("/carts/{cart_id}/lines/{line_id}", dependencies=[OwnCart])
def remove_line(cart_id: str, line_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.remove_line(cart_id, line_id)


@router.delete("/carts/{cart_id}/lines", dependencies=[OwnCart])
def clear_cart(cart_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.clear_cart(cart_id)
