"""The public shapes of carts, checkout sessions and orders (pydantic, JSON-ready)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from aisle.money import Money
from commerce.postal_codes import postal_code_fits, postal_code_required

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

CheckoutStatus = Literal[
    "not_ready_for_payment",
    "ready_for_payment",
    "authentication_required",
    "in_progress",
    "completed",
    "canceled",
]
OrderStatus = Literal["placed", "shipped", "canceled"]
TotalType = Literal["subtotal", "shipping", "tax", "total"]


class Buyer(BaseModel):
    """Who pays and gets the receipt."""

    name: str = Field(min_length=1, max_length=200)
    email: str = Field(max_length=320)
    phone: str | None = Field(default=None, max_length=40)

    @field_validator("email")
    @classmethod
    def _looks_like_email(cls, value: str) -> str:
        if not _EMAIL_RE.match(value):
            raise ValueError("not an email address")
        return value.strip()


class Address(BaseModel):
    """A shipping address, field names as in the Agentic Commerce Protocol."""

    name: str = Field(min_length=1, max_length=200)
    line_one: str = Field(min_length=1, max_length=300)
    line_two: str | None = Field(default=None, max_length=300)
    city: str = Field(min_length=1, max_length=100)
    state: str | None = Field(default=None, max_length=100)
    postal_code: str | None = Field(
        default=None,
        max_length=20,
        description="Required where the country's address data requires one (not HK, AE, IE, VN);"
        " checked against its shape.",
    )
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2.")

    @model_validator(mode="after")
    def _postal_code_where_used(self) -> Address:
        self.country = self.country.upper()
        if not (self.postal_code or "").strip():
            self.postal_code = None
            if postal_code_required(self.country):
                raise ValueError(f"a postal code is needed for addresses in {self.country}")
        elif not postal_code_fits(self.country, self.postal_code or ""):
            raise ValueError(f"{self.postal_code} is not a postal code of {self.country}")
        return self


class Offer(BaseModel):
    """One buyable variant as commerce sees it: current price and stock."""

    product_id: str
    variant_id: str
    title: str
    variant_title: str | None = None
    options: dict[str, str] = Field(default_factory=dict)
    price: Money
    stock: int | None = Field(default=None, description="None = untracked, never runs out.")
    available: bool = True

    def units_available(self) -> int | None:
        """How many can be bought now; None means unlimited."""
        if not self.available:
            return 0
        return self.stock


class CartLine(BaseModel):
    id: str
    product_id: str
    variant_id: str
    title: str
    variant_title: str | None = None
    quantity: int = Field(ge=1)
    unit_price: Money = Field(description="Price captured when the line was last added to.")
    subtotal: Money


class Cart(BaseModel):
    id: str
    thread_id: str | None = None
    shopper_id: str | None = None
    currency: str
    lines: list[CartLine] = Field(default_factory=list)
    subtotal: Money
    item_count: int = Field(ge=0)


class LineItem(BaseModel):
    """One line of a checkout session or order, priced at the session's current prices."""

    id: str
    product_id: str
    variant_id: str
    title: str
    variant_title: str | None = None
    quantity: int = Field(ge=1)
    unit_price: Money
    subtotal: Money


class Total(BaseModel):
    type: TotalType
    display_text: str
    amount: Money


class Message(BaseModel):
    """Why a session is not payable, or what changed; `param` points at the field or line."""

    type: Literal["info", "error"]
    code: str
    param: str | None = None
    content: str


class ItemRequest(BaseModel):
    """An item to put in a checkout session (update replaces the whole list)."""

    product_id: str
    variant_id: str
    quantity: int = Field(ge=1)


class CheckoutSession(BaseModel):
    id: str
    cart_id: str
    thread_id: str | None = None
    status: CheckoutStatus
    currency: str
    buyer: Buyer | None = None
    shipping_address: Address | None = None
    line_items: list[LineItem] = Field(default_factory=list)
    totals: list[Total] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    order_id: str | None = None
    version: int = Field(
        default=1,
        ge=1,
        description="Goes up on every change to items, prices, buyer or address; completion "
        "takes the version the shopper approved (`expected_version`).",
    )
    created_at: datetime
    updated_at: datetime

    def total_of(self, kind: TotalType) -> Money:
        return next(t.amount for t in self.totals if t.type == kind)

    @property
    def total(self) -> Money:
        return self.total_of("total")


class PaymentMethod(BaseModel):
    """A token from `tokenize()` (or a Stripe-style test token such as `tok_visa`)."""

    model_config = ConfigDict(frozen=True)

    token: str = Field(min_length=1, max_length=100)


class PaymentResult(BaseModel):
    """What the provider answered; only the token's last4 and brand are ever stored."""

    status: Literal["succeeded", "declined", "requires_authentication"]
    charge_id: str | None = None
    decline_code: str | None = None
    brand: str
    last4: str
    amount: Money


class PaymentSummary(BaseModel):
    token: str
    brand: str
    last4: str
    charge_id: str
    refunded: bool = False


class Order(BaseModel):
    id: str
    checkout_session_id: str
    cart_id: str
    thread_id: str | None = None
    shopper_id: str | None = None
    status: OrderStatus
    buyer: Buyer
    shipping_address: Address
    line_items: list[LineItem]
    totals: list[Total]
    payment: PaymentSummary
    created_at: datetime
    canceled_at: datetime | None = None

    @property
    def total(self) -> Money:
        return next(t.amount for t in self.totals if t.type == "total")
