"""Aisle's commerce models as ACP objects, and ACP request fields as Aisle's.

Money stays integer minor units (ACP's amounts are too); ACP writes currencies in lower case.
An ACP item id names one variant as `<product id>::<variant id>`, as in the UCP tools
(`api/mcp/shapes.py`). Session statuses keep their names: each of Aisle's six is one of ACP's
eleven. Aisle's message codes map onto ACP's `MessageError` / `MessageWarning` codes.
"""

from __future__ import annotations

from api.acp import models as acp
from api.mcp.shapes import item_id, order_url
from commerce import models as aisle

TOTAL_TYPE: dict[str, acp.TotalType] = {
    "subtotal": "subtotal",
    "shipping": "fulfillment",
    "tax": "tax",
    "total": "total",
}
SHIPPING_OPTION = "standard"
HANDLER_ID = "aisle_card"
# Aisle publishes no handler spec at a URL of its own: a URN names it (docs/protocols.md).
HANDLER_URN = "urn:aisle:acp:payment-handler:card-token"
ORDER_STATUS = {"placed": "confirmed", "shipped": "shipped", "canceled": "canceled"}
# Aisle's message code -> (ACP type, ACP code, who resolves it).
MESSAGE_CODES: dict[tuple[str, str], tuple[str, str, acp.Resolution]] = {
    ("error", "missing_items"): ("error", "missing", "requires_buyer_input"),
    ("error", "missing_buyer"): ("error", "missing", "requires_buyer_input"),
    ("error", "missing_shipping_address"): ("error", "missing", "requires_buyer_input"),
    ("error", "out_of_stock"): ("error", "out_of_stock", "requires_buyer_input"),
    ("error", "price_changed"): ("error", "approval_required", "requires_buyer_review"),
    ("info", "price_changed"): ("warning", "price_change", "requires_buyer_review"),
    ("error", "payment_declined"): ("error", "payment_declined", "requires_buyer_input"),
    ("error", "authentication_required"): ("error", "requires_3ds", "requires_buyer_input"),
}
PARAMS = {"$.payment": "$.payment_data", "$.shipping_address": "$.fulfillment_details.address"}


def currency(code: str) -> str:
    return code.lower()


def message(value: aisle.Message) -> acp.Message:
    kind, code, resolution = MESSAGE_CODES.get(
        (value.type, value.code),
        ("error" if value.type == "error" else "info", "invalid", "recoverable"),
    )
    return acp.Message(
        type=kind,  # type: ignore[arg-type]
        code=None if kind == "info" else code,
        resolution=resolution,
        param=PARAMS.get(value.param or "", value.param),
        content=value.content,
    )


def problem(code: str, param: str, content: str, kind: str = "error") -> acp.Message:
    """A message about this request only (a field Aisle could not take), not stored."""
    return acp.Message(
        type=kind,  # type: ignore[arg-type]
        code=code,
        resolution="requires_buyer_input" if kind == "error" else "recoverable",
        param=param,
        content=content,
    )


def totals(values: list[aisle.Total]) -> list[acp.Total]:
    return [
        acp.Total(type=TOTAL_TYPE[t.type], display_text=t.display_text, amount=t.amount.amount)
        for t in values
    ]


def line_item(line: aisle.LineItem | aisle.CartLine) -> acp.LineItem:
    name = f"{line.title} ({line.variant_title})" if line.variant_title else line.title
    subtotal = line.subtotal.amount
    return acp.LineItem(
        id=line.id,
        item=acp.Item(
            id=item_id(line.product_id, line.variant_id),
            name=name,
            unit_amount=line.unit_price.amount,
        ),
        quantity=line.quantity,
        name=name,
        unit_amount=line.unit_price.amount,
        product_id=line.product_id,
        variant_id=line.variant_id,
        totals=[
            acp.Total(type="items_base_amount", display_text="Items", amount=subtotal),
            acp.Total(type="subtotal", display_text="Subtotal", amount=subtotal),
        ],
    )


def address(value: aisle.Address) -> acp.Address:
    """ACP requires `state` and `postal_code`; Aisle keeps none where a country has none ("")."""
    return acp.Address(
        name=value.name,
        line_one=value.line_one,
        line_two=value.line_two,
        city=value.city,
        state=value.state or "",
        country=value.country,
        postal_code=value.postal_code or "",
    )


def buyer(value: aisle.Buyer) -> acp.Buyer:
    first, _, last = value.name.partition(" ")
    return acp.Buyer(
        first_name=first,
        last_name=last or None,
        full_name=value.name,
        email=value.email,
        phone_number=value.phone,
    )


def shipping_option(session: aisle.CheckoutSession) -> acp.FulfillmentOption:
    shipping = session.total_of("shipping").amount
    return acp.FulfillmentOption(
        id=SHIPPING_OPTION,
        title="Standard shipping",
        description="Flat rate, free above the store's threshold.",
        totals=[
            acp.Total(type="fulfillment", display_text="Shipping", amount=shipping),
            acp.Total(type="total", display_text="Total", amount=shipping),
        ],
    )


def capabilities() -> acp.Capabilities:
    """The seller's side: one card-token handler (the mock provider's tokens) and 3-D Secure."""
    return acp.Capabilities(
        payment=acp.Payment(
            handlers=[
                acp.PaymentHandler(
                    id=HANDLER_ID,
                    name="dev.aisle.card_token",
                    display_name="Card",
                    version=acp.ACP_VERSION,
                    spec=HANDLER_URN,
                    requires_delegate_payment=False,
                    requires_pci_compliance=False,
                    psp="aisle_mock",
                    config_schema=HANDLER_URN,
                    instrument_schemas=[],
                    config={"test_tokens": ["tok_visa", "tok_chargeDeclined"]},
                )
            ]
        ),
        interventions=acp.Interventions(supported=["3ds"]),
    )


def checkout_session(
    session: aisle.CheckoutSession,
    order: aisle.Order | None = None,
    extra: list[acp.Message] | None = None,
) -> acp.CheckoutSession:
    lines = [line_item(li) for li in session.line_items]
    details = None
    if session.shipping_address or session.buyer:
        details = acp.FulfillmentDetails(
            name=session.shipping_address.name if session.shipping_address else None,
            email=session.buyer.email if session.buyer else None,
            phone_number=session.buyer.phone if session.buyer else None,
            address=address(session.shipping_address) if session.shipping_address else None,
        )
    options = [shipping_option(session)] if lines else []
    selected = []
    if lines:  # one option, always the one chosen
        ids = [li.id for li in lines]
        selected = [
            acp.SelectedFulfillmentOption(type="shipping", option_id=SHIPPING_OPTION, item_ids=ids)
        ]
    return acp.CheckoutSession(
        id=session.id,
        capabilities=capabilities(),
        buyer=buyer(session.buyer) if session.buyer else None,
        status=session.status,
        currency=currency(session.currency),
        line_items=lines,
        fulfillment_details=details,
        fulfillment_options=options,
        selected_fulfillment_options=selected,
        totals=totals(session.totals),
        messages=[message(m) for m in session.messages] + (extra or []),
        created_at=session.created_at.isoformat(),
        updated_at=session.updated_at.isoformat(),
        order=order_of(order) if order else None,
    )


def order_of(value: aisle.Order) -> acp.Order:
    current = 0 if value.status == "canceled" else None
    shipped = value.status == "shipped"
    return acp.Order(
        id=value.id,
        checkout_session_id=value.checkout_session_id,
        permalink_url=order_url(value.id),
        status=ORDER_STATUS[value.status],
        line_items=[
            acp.OrderLineItem(
                id=li.id,
                title=f"{li.title} ({li.variant_title})" if li.variant_title else li.title,
                product_id=li.product_id,
                quantity=acp.OrderQuantity(
                    ordered=li.quantity,
                    current=li.quantity if current is None else current,
                    fulfilled=li.quantity if shipped else 0,
                ),
                unit_price=li.unit_price.amount,
                subtotal=li.subtotal.amount,
                status="removed" if current == 0 else ("fulfilled" if shipped else "processing"),
            )
            for li in value.line_items
        ],
        totals=totals(value.totals),
    )


def cart(value: aisle.Cart, extra: list[acp.Message] | None = None) -> acp.Cart:
    """An ACP cart: estimated totals are the goods only (shipping and tax come at checkout)."""
    subtotal = value.subtotal.amount
    return acp.Cart(
        id=value.id,
        line_items=[line_item(li) for li in value.lines],
        currency=currency(value.currency),
        totals=[
            acp.Total(type="subtotal", display_text="Subtotal", amount=subtotal),
            acp.Total(type="total", display_text="Estimated total", amount=subtotal),
        ],
        messages=extra or [],
    )
