"""ACP 2026-04-17 request bodies, as far as Aisle reads them.

Field names follow the spec's JSON Schemas; unknown fields are ignored, as the spec asks servers
to do for forward compatibility.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from api.acp.models import SelectedFulfillmentOption


class Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ItemIn(Lenient):
    """An item to buy. `id` is `<product id>::<variant id>` (a product with one variant may be
    named alone). The spec's own examples send `quantity`, which its `Item` schema lacks: Aisle
    reads it (default 1), and an id named twice counts twice."""

    id: str = Field(min_length=1, max_length=500)
    name: str | None = None
    unit_amount: int | None = None
    quantity: int = Field(default=1, ge=1, le=1_000_000)


class AddressIn(Lenient):
    name: str = Field(max_length=200)
    line_one: str = Field(max_length=300)
    line_two: str | None = Field(default=None, max_length=300)
    city: str = Field(max_length=100)
    state: str = Field(max_length=100)
    country: str = Field(max_length=2)
    postal_code: str = Field(max_length=20)


class BuyerIn(Lenient):
    first_name: str | None = Field(default=None, max_length=100)
    last_name: str | None = Field(default=None, max_length=100)
    full_name: str | None = Field(default=None, max_length=200)
    email: str = Field(max_length=320)
    phone_number: str | None = Field(default=None, max_length=40)


class FulfillmentDetailsIn(Lenient):
    name: str | None = Field(default=None, max_length=200)
    phone_number: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=320)
    address: AddressIn | None = None


class DiscountsIn(Lenient):
    codes: list[str] = Field(default_factory=list, max_length=50)


class InterventionsIn(Lenient):
    supported: list[str] = Field(default_factory=list, max_length=20)


class CapabilitiesIn(Lenient):
    interventions: InterventionsIn | None = None


class CheckoutSessionCreateRequest(Lenient):
    line_items: list[ItemIn] = Field(min_length=1, max_length=200)
    currency: str = Field(min_length=3, max_length=3)
    capabilities: CapabilitiesIn | None = None
    buyer: BuyerIn | None = None
    fulfillment_details: FulfillmentDetailsIn | None = None
    coupons: list[str] | None = Field(default=None, max_length=50)
    discounts: DiscountsIn | None = None


class CheckoutSessionUpdateRequest(Lenient):
    line_items: list[ItemIn] | None = Field(default=None, max_length=200)
    buyer: BuyerIn | None = None
    fulfillment_details: FulfillmentDetailsIn | None = None
    selected_fulfillment_options: list[SelectedFulfillmentOption] | None = Field(
        default=None, max_length=20
    )
    coupons: list[str] | None = Field(default=None, max_length=50)
    discounts: DiscountsIn | None = None


class Credential(Lenient):
    type: str = Field(max_length=100)
    token: str = Field(min_length=1, max_length=100)


class Instrument(Lenient):
    type: str = Field(max_length=100)
    credential: Credential


class PaymentDataIn(Lenient):
    handler_id: str | None = Field(default=None, max_length=200)
    instrument: Instrument | None = None
    purchase_order_number: str | None = Field(default=None, max_length=200)


class CheckoutSessionCompleteRequest(Lenient):
    payment_data: PaymentDataIn
    buyer: BuyerIn | None = None


class CancelSessionRequest(Lenient):
    intent_trace: dict[str, Any] | None = None


class CartCreateRequest(Lenient):
    line_items: list[ItemIn] = Field(min_length=1, max_length=200)
    buyer: BuyerIn | None = None
    locale: str | None = Field(default=None, max_length=35)


class CartUpdateRequest(Lenient):
    line_items: list[ItemIn] = Field(min_length=1, max_length=200)
    buyer: BuyerIn | None = None
