"""Request bodies of the cart, checkout and order routes, and how commerce errors map to HTTP.

Responses are the commerce models themselves (`Cart`, `CheckoutSession`, `Order`): each reply is
the full authoritative state, money as `{"amount": int, "currency": "USD"}`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import BaseModel, Field, model_validator

from aisle.money import Money
from api.errors import ApiError
from commerce.errors import (
    AmountTooLarge,
    CheckoutClosed,
    CheckoutNotReady,
    CommerceError,
    CurrencyMismatch,
    IdempotencyConflict,
    InvalidPaymentMethod,
    InvalidQuantity,
    NotFound,
    OrderNotCancelable,
    OutOfStock,
    SessionChanged,
    TotalMismatch,
)
from commerce.models import Address, Buyer, Cart, ItemRequest

HTTP_STATUS: dict[type[CommerceError], int] = {
    NotFound: 404,
    InvalidQuantity: 422,
    CurrencyMismatch: 422,
    AmountTooLarge: 422,
    InvalidPaymentMethod: 422,
    OutOfStock: 409,
    CheckoutClosed: 409,
    CheckoutNotReady: 409,
    TotalMismatch: 409,
    SessionChanged: 409,
    OrderNotCancelable: 409,
    IdempotencyConflict: 409,
}


@contextmanager
def commerce_errors() -> Iterator[None]:
    """Turn a domain error into the API's `{"error": {"code", "message"}}` with a 4xx status."""
    try:
        yield
    except CommerceError as exc:
        status = HTTP_STATUS.get(type(exc), 400)
        retry_after = getattr(exc, "retry_after", None)
        raise ApiError(status, exc.code, str(exc), retry_after=retry_after) from exc


class CartCreate(BaseModel):
    thread_id: str | None = Field(
        default=None,
        max_length=200,
        description="A conversation the server started (send its X-Thread-Token); "
        "omit to start one.",
    )
    shopper_id: str | None = Field(default=None, max_length=200)


class CartCreated(Cart):
    thread_token: str | None = Field(
        default=None,
        description="Set only when this call started the conversation: its secret, shown once. "
        "Send it as X-Thread-Token on every later call about the conversation.",
    )


class LineAdd(BaseModel):
    product_id: str = Field(min_length=1)
    variant_id: str = Field(min_length=1)
    quantity: int = Field(default=1, ge=1)


class LineUpdate(BaseModel):
    quantity: int = Field(ge=0, description="0 removes the line.")


class CheckoutCreate(BaseModel):
    cart_id: str
    buyer: Buyer | None = None
    shipping_address: Address | None = None


class CheckoutUpdate(BaseModel):
    buyer: Buyer | None = None
    shipping_address: Address | None = None
    items: list[ItemRequest] | None = Field(default=None, description="Replaces all items.")


class TestCard(BaseModel):
    """A card number is tokenized at once; only the token and last4 go any further."""

    number: str = Field(min_length=12, max_length=23)
    exp: str = Field(description="MM/YY")
    cvc: str = Field(min_length=3, max_length=4)


class CheckoutComplete(BaseModel):
    """3-D Secure is settled between the shopper and the payment provider; a client's word
    that it passed is not asked for (an `authenticated` field is ignored)."""

    payment_token: str | None = Field(
        default=None, min_length=1, max_length=100, description="e.g. tok_visa"
    )
    card: TestCard | None = None
    expected_total: Money | None = Field(
        default=None, description="The total the shopper approved; any other total is refused."
    )
    expected_version: int = Field(
        ge=1,
        description="The session `version` whose summary the shopper approved; a session changed "
        "since (items, prices, buyer, address) is refused with 409 `session_changed`.",
    )

    @model_validator(mode="after")
    def _one_payment_method(self) -> CheckoutComplete:
        if (self.payment_token is None) == (self.card is None):
            raise ValueError("give exactly one of payment_token or card")
        return self
