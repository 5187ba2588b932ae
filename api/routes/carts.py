"""Carts: one per conversation thread; lines keep the price captured when added."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import CommerceDep
from api.error_docs import error_codes
from api.schemas_commerce import CartCreate, LineAdd, LineUpdate, commerce_errors
from commerce.models import Cart

router = APIRouter(prefix="/v1", tags=["carts"], responses=error_codes(404, 409))


@router.post("/carts")
def create_cart(body: CartCreate, commerce: CommerceDep) -> Cart:
    """A new cart, or the thread's existing cart when `thread_id` is given."""
    with commerce_errors():
        return commerce.create_cart(thread_id=body.thread_id, shopper_id=body.shopper_id)


@router.get("/carts/{cart_id}")
def get_cart(cart_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.get_cart(cart_id)


@router.post("/carts/{cart_id}/lines")
def add_line(cart_id: str, body: LineAdd, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.add_to_cart(cart_id, body.product_id, body.variant_id, body.quantity)


@router.patch("/carts/{cart_id}/lines/{line_id}")
def set_line_quantity(cart_id: str, line_id: str, body: LineUpdate, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.set_quantity(cart_id, line_id, body.quantity)


@router.delete("/carts/{cart_id}/lines/{line_id}")
def remove_line(cart_id: str, line_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.remove_line(cart_id, line_id)


@router.delete("/carts/{cart_id}/lines")
def clear_cart(cart_id: str, commerce: CommerceDep) -> Cart:
    with commerce_errors():
        return commerce.clear_cart(cart_id)
