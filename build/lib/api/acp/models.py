"""ACP 2026-04-17 response objects, as far as Aisle writes them (requests: `requests.py`).

Field names, enums and required fields follow the spec's JSON Schemas
(`schema.agentic_checkout.json`, `schema.cart.json`). These models document `/acp` in OpenAPI;
the tests validate the actual answers against the spec's own schemas.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

ACP_VERSION = "2026-04-17"

SessionStatus = Literal[
    "incomplete", "not_ready_for_payment", "requires_escalation", "authentication_required",
    "ready_for_payment", "pending_approval", "complete_in_progress", "completed", "canceled",
    "in_progress", "expired",
]  # fmt: skip
TotalType = Literal["items_base_amount", "subtotal", "fulfillment", "tax", "total"]
Resolution = Literal["recoverable", "requires_buyer_input", "requires_buyer_review"]


class SelectedFulfillmentOption(BaseModel):
    type: Literal["shipping", "digital", "pickup", "local_delivery"]
    option_id: str = Field(max_length=200)
    item_ids: list[str] = Field(max_length=1000)


class Item(BaseModel):
    id: str
    name: str | None = None
    unit_amount: int | None = None


class Total(BaseModel):
    type: TotalType
    display_text: str
    amount: int


class LineItem(BaseModel):
    id: str
    item: Item
    quantity: int
    name: str
    unit_amount: int
    product_id: str
    variant_id: str
    availability_status: Literal["in_stock", "low_stock", "out_of_stock"] | None = None
    available_quantity: int | None = None
    totals: list[Total]


class Message(BaseModel):
    """`MessageInfo`, `MessageWarning` or `MessageError`, told apart by `type`."""

    type: Literal["info", "warning", "error"]
    code: str | None = None
    severity: Literal["info", "low", "medium", "high", "critical"] | None = None
    resolution: Resolution | None = None
    param: str | None = None
    content_type: Literal["plain"] = "plain"
    content: str


class Address(BaseModel):
    name: str
    line_one: str
    line_two: str | None = None
    city: str
    state: str
    country: str
    postal_code: str


class Buyer(BaseModel):
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    email: str
    phone_number: str | None = None


class FulfillmentDetails(BaseModel):
    name: str | None = None
    phone_number: str | None = None
    email: str | None = None
    address: Address | None = None


class FulfillmentOption(BaseModel):
    type: Literal["shipping"] = "shipping"
    id: str
    title: str
    description: str | None = None
    totals: list[Total]


class PaymentHandler(BaseModel):
    id: str
    name: str
    display_name: str
    version: str
    spec: str
    requires_delegate_payment: bool
    requires_pci_compliance: bool
    psp: str
    config_schema: str
    instrument_schemas: list[str]
    config: dict[str, Any]


class Payment(BaseModel):
    handlers: list[PaymentHandler]


class Interventions(BaseModel):
    supported: list[Literal["3ds", "biometric", "address_verification"]]


class Capabilities(BaseModel):
    payment: Payment | None = None
    interventions: Interventions | None = None


class Protocol(BaseModel):
    version: str = ACP_VERSION


class OrderQuantity(BaseModel):
    ordered: int
    current: int
    fulfilled: int


class OrderLineItem(BaseModel):
    id: str
    title: str
    product_id: str
    quantity: OrderQuantity
    unit_price: int
    subtotal: int
    status: str


class Order(BaseModel):
    type: Literal["order"] = "order"
    id: str
    checkout_session_id: str
    permalink_url: str
    status: str
    line_items: list[OrderLineItem]
    totals: list[Total]


class CheckoutSession(BaseModel):
    """`CheckoutSession`; with `order` once completed (`CheckoutSessionWithOrder`)."""

    id: str
    protocol: Protocol = Field(default_factory=Protocol)
    capabilities: Capabilities
    buyer: Buyer | None = None
    status: SessionStatus
    currency: str
    line_items: list[LineItem]
    fulfillment_details: FulfillmentDetails | None = None
    fulfillment_options: list[FulfillmentOption]
    selected_fulfillment_options: list[SelectedFulfillmentOption] = Field(default_factory=list)
    totals: list[Total]
    messages: list[Message]
    links: list[dict[str, str]] = Field(default_factory=list)
    created_at: str
    updated_at: str
    order: Order | None = None


class Cart(BaseModel):
    id: str
    line_items: list[LineItem]
    currency: str
    totals: list[Total]
    messages: list[Message] = Field(default_factory=list)


class AcpError(BaseModel):
    """ACP's protocol error: no session or cart to show (malformed, unknown, refused)."""

    type: Literal["invalid_request", "processing_error", "service_unavailable"]
    code: str
    message: str
    param: str | None = None
    supported_versions: list[str] | None = None


class DiscoveryProtocol(BaseModel):
    name: Literal["acp"] = "acp"
    version: str = ACP_VERSION
    supported_versions: list[str] = Field(default_factory=lambda: [ACP_VERSION])


class DiscoveryCapabilities(BaseModel):
    services: list[Literal["checkout", "orders", "delegate_payment", "carts"]]
    intervention_types: list[Literal["3ds", "biometric", "address_verification"]]
    supported_currencies: list[str]


class DiscoveryResponse(BaseModel):
    protocol: DiscoveryProtocol = Field(default_factory=DiscoveryProtocol)
    api_base_url: str
    transports: list[Literal["rest", "mcp"]]
    capabilities: DiscoveryCapabilities
