"""The public shape of one turn (`POST /v1/chat` returns exactly this); keep it stable."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from aisle.money import Money
from commerce.models import Cart, Order


class ProductView(BaseModel):
    id: str
    title: str
    price: Money
    ordinal: int = Field(default=0, description='Its number in the list ("the second one").')
    in_stock: bool = True


class CartLineView(BaseModel):
    line_id: str
    product_id: str
    variant_id: str
    title: str
    variant_title: str | None = None
    quantity: int
    unit_price: Money
    subtotal: Money


class CartView(BaseModel):
    id: str
    lines: list[CartLineView]
    subtotal: Money


class OrderLineView(BaseModel):
    product_id: str
    variant_id: str
    title: str
    variant_title: str | None = None
    quantity: int
    unit_price: Money
    subtotal: Money


class OrderView(BaseModel):
    id: str
    status: str
    lines: list[OrderLineView]
    total: Money


class CheckoutLineView(BaseModel):
    title: str
    variant_title: str | None = None
    quantity: int
    unit_price: Money
    subtotal: Money


class CheckoutView(BaseModel):
    """The order the shopper is asked to confirm: exactly what will be charged."""

    session_id: str
    lines: list[CheckoutLineView]
    subtotal: Money
    shipping: Money
    tax: Money
    total: Money = Field(description="What the card is charged if the shopper confirms.")


class ChatTurn(BaseModel):
    """What the shopper sees after one message."""

    thread_id: str
    thread_token: str | None = Field(
        default=None,
        description="Only on the turn that started the conversation: its secret, shown once. "
        "Send it as X-Thread-Token with every later request about the conversation.",
    )
    reply: str
    products: list[ProductView] = Field(default_factory=list)
    cart: CartView | None = None
    awaiting_confirmation: bool = False
    order: OrderView | None = None
    checkout: CheckoutView | None = Field(
        default=None,
        description="Set whenever awaiting_confirmation is true: items, shipping, tax, total.",
    )


def product_view(shown: dict[str, Any]) -> ProductView:
    return ProductView(
        id=shown["id"],
        title=shown["title"],
        price=Money.model_validate(shown["price"]),
        ordinal=shown.get("ordinal", 0),
        in_stock=shown.get("in_stock", True),
    )


def cart_view(cart: Cart) -> CartView:
    return CartView(
        id=cart.id,
        lines=[
            CartLineView(
                line_id=li.id,
                product_id=li.product_id,
                variant_id=li.variant_id,
                title=li.title,
                variant_title=li.variant_title,
                quantity=li.quantity,
                unit_price=li.unit_price,
                subtotal=li.subtotal,
            )
            for li in cart.lines
        ],
        subtotal=cart.subtotal,
    )


def order_view(order: Order) -> OrderView:
    return OrderView(
        id=order.id,
        status=order.status,
        lines=[
            OrderLineView(
                product_id=li.product_id,
                variant_id=li.variant_id,
                title=li.title,
                variant_title=li.variant_title,
                quantity=li.quantity,
                unit_price=li.unit_price,
                subtotal=li.subtotal,
            )
            for li in order.line_items
        ],
        total=order.total,
    )


def checkout_view(summary: dict[str, Any]) -> CheckoutView:
    """The pending checkout (`agent.tools_checkout.checkout_summary`) as the turn shows it."""
    totals = {kind: Money.model_validate(value) for kind, value in summary["totals"].items()}
    zero = Money(amount=0, currency=summary["currency"])
    return CheckoutView(
        session_id=summary["session_id"],
        lines=[CheckoutLineView.model_validate(line) for line in summary["lines"]],
        subtotal=totals.get("subtotal", zero),
        shipping=totals.get("shipping", zero),
        tax=totals.get("tax", zero),
        total=totals["total"],
    )
