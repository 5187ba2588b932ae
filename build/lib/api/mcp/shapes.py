"""Aisle's carts, checkout sessions, orders and products in Universal Commerce Protocol shapes.

Pure functions from Aisle's models to UCP JSON (`ucp/schemas/shopping/*.json`), and back for the
few request fields Aisle reads. Money stays integer minor units; the currency sits beside it.

A UCP item id names one buyable variant. Aisle's variants are named by (product id, variant id),
so the UCP id is both joined by `::` (`item_id` / `split_item_id`).
"""

from __future__ import annotations

from typing import Any

from catalog.model import Product, Variant
from commerce.models import Address, Buyer, Cart, CheckoutSession, Message, Order, Total

UCP_VERSION = "2026-01-11"
ITEM_SEPARATOR = "::"
CHECKOUT_STATUS = {
    "not_ready_for_payment": "incomplete",
    "authentication_required": "incomplete",
    "ready_for_payment": "ready_for_complete",
    "in_progress": "complete_in_progress",
    "completed": "completed",
    "canceled": "canceled",
}
TOTAL_TYPE = {"subtotal": "subtotal", "shipping": "fulfillment", "tax": "tax", "total": "total"}

Json = dict[str, Any]


def envelope(capability: str, *, payment_handlers: bool = False) -> Json:
    """The `ucp` member of a successful response for one capability."""
    ucp: Json = {
        "version": UCP_VERSION,
        "status": "success",
        "capabilities": {capability: [{"version": UCP_VERSION}]},
    }
    if payment_handlers:
        ucp["payment_handlers"] = {}
    return ucp


def error_response(
    capability: str, code: str, content: str, severity: str = "unrecoverable"
) -> Json:
    """A UCP error response (`common/types/error_response.json`): no resource to show."""
    return {
        "ucp": {
            "version": UCP_VERSION,
            "status": "error",
            "capabilities": {capability: [{"version": UCP_VERSION}]},
        },
        "messages": [{"type": "error", "code": code, "content": content, "severity": severity}],
    }


def item_id(product_id: str, variant_id: str) -> str:
    return f"{product_id}{ITEM_SEPARATOR}{variant_id}"


def split_item_id(value: str) -> tuple[str, str]:
    """(product id, variant id) of a UCP item id; ValueError when it names no variant."""
    product_id, sep, variant_id = value.partition(ITEM_SEPARATOR)
    if not sep or not product_id or not variant_id:
        raise ValueError(f"item id {value!r} is not '<product id>{ITEM_SEPARATOR}<variant id>'")
    return product_id, variant_id


def _totals(totals: list[Total]) -> list[Json]:
    return [
        {"type": TOTAL_TYPE[t.type], "display_text": t.display_text, "amount": t.amount.amount}
        for t in totals
    ]


def _line(line_id: str, product_id: str, variant_id: str, title: str, variant_title: str | None,
          quantity: int, unit: int, subtotal: int) -> Json:  # fmt: skip
    name = f"{title} ({variant_title})" if variant_title else title
    return {
        "id": line_id,
        "item": {"id": item_id(product_id, variant_id), "title": name, "price": unit},
        "quantity": quantity,
        "totals": [{"type": "subtotal", "amount": subtotal}, {"type": "total", "amount": subtotal}],
    }


def cart(value: Cart, aisle: Json | None = None) -> Json:
    """A UCP cart (`shopping/cart.json`); `aisle` carries the conversation (see `api/mcp`)."""
    body: Json = {
        "ucp": envelope("dev.ucp.shopping.cart"),
        "id": value.id,
        "line_items": [
            _line(
                line.id,
                line.product_id,
                line.variant_id,
                line.title,
                line.variant_title,
                line.quantity,
                line.unit_price.amount,
                line.subtotal.amount,
            )
            for line in value.lines
        ],
        "currency": value.currency,
        "totals": [
            {"type": "subtotal", "amount": value.subtotal.amount},
            {"type": "total", "amount": value.subtotal.amount},
        ],
    }
    if aisle:
        body["aisle"] = aisle
    return body


def _message(message: Message) -> Json:
    out: Json = {"type": message.type, "code": message.code, "content": message.content}
    if message.type == "error":
        out["severity"] = "recoverable"
    if message.param:
        out["path"] = f"$.{message.param}"
    return out


def _buyer(buyer: Buyer) -> Json:
    first, _, last = buyer.name.partition(" ")
    out: Json = {"first_name": first, "email": buyer.email}
    if last:
        out["last_name"] = last
    if buyer.phone:
        out["phone_number"] = buyer.phone
    return out


def _destination(address: Address) -> Json:
    first, _, last = address.name.partition(" ")
    out: Json = {
        "first_name": first,
        "street_address": address.line_one,
        "address_locality": address.city,
        "postal_code": address.postal_code,
        "address_country": address.country,
    }
    for key, value in (("last_name", last), ("extended_address", address.line_two),
                       ("address_region", address.state)):  # fmt: skip
        if value:
            out[key] = value
    return out


def checkout(session: CheckoutSession, aisle: Json | None = None) -> Json:
    """A UCP checkout (`shopping/checkout.json`). `aisle.version` is what the buyer approves."""
    body: Json = {
        "ucp": envelope("dev.ucp.shopping.checkout", payment_handlers=True),
        "id": session.id,
        "status": CHECKOUT_STATUS[session.status],
        "line_items": [
            _line(
                li.id,
                li.product_id,
                li.variant_id,
                li.title,
                li.variant_title,
                li.quantity,
                li.unit_price.amount,
                li.subtotal.amount,
            )
            for li in session.line_items
        ],
        "currency": session.currency,
        "totals": _totals(session.totals),
        "messages": [_message(m) for m in session.messages],
        "links": [],
        "aisle": {"cart_id": session.cart_id, "version": session.version, **(aisle or {})},
    }
    if session.buyer:
        body["buyer"] = _buyer(session.buyer)
    if session.shipping_address:
        body["fulfillment"] = {
            "methods": [
                {"type": "shipping", "destinations": [_destination(session.shipping_address)]}
            ]
        }
    if session.order_id:
        body["order"] = {"id": session.order_id, "permalink_url": order_url(session.order_id)}
    return body


def order_url(order_id: str) -> str:
    """Aisle has no order page: a URN names the order (`GET /v1/orders/{id}` reads it)."""
    return f"urn:aisle:order:{order_id}"


def order(value: Order) -> Json:
    """A UCP order (`shopping/order.json`)."""
    status = "removed" if value.status == "canceled" else (
        "fulfilled" if value.status == "shipped" else "processing"
    )  # fmt: skip
    shipped = value.status == "shipped"
    lines = []
    for li in value.line_items:
        line = _line(li.id, li.product_id, li.variant_id, li.title, li.variant_title,
                     li.quantity, li.unit_price.amount, li.subtotal.amount)  # fmt: skip
        line["quantity"] = {"total": li.quantity, "fulfilled": li.quantity if shipped else 0}
        line["status"] = status
        lines.append(line)
    return {
        "ucp": envelope("dev.ucp.shopping.order"),
        "id": value.id,
        "checkout_id": value.checkout_session_id,
        "permalink_url": order_url(value.id),
        "line_items": lines,
        "fulfillment": {
            "expectations": [
                {
                    "id": f"{value.id}-shipping",
                    "line_items": [
                        {"id": li.id, "quantity": li.quantity} for li in value.line_items
                    ],
                    "method_type": "shipping",
                    "destination": _destination(value.shipping_address),
                }
            ]
        },
        "currency": value.total.currency,
        "totals": _totals(value.totals),
        "aisle": {"status": value.status},
    }


def _price(amount: int, currency: str) -> Json:
    return {"amount": amount, "currency": currency}


def variant(product: Product, value: Variant) -> Json:
    out: Json = {
        "id": item_id(product.id, value.id),
        "title": value.title or _variant_title(product, value),
        "description": {"plain": product.description or product.title},
        "price": _price(value.price.amount, value.price.currency),
        "availability": {"available": value.in_stock},
        "options": [{"name": k, "label": v} for k, v in value.options.items()],
    }
    if value.compare_at_price:
        out["list_price"] = _price(value.compare_at_price.amount, value.compare_at_price.currency)
    if value.sku:
        out["sku"] = value.sku
    return out


def _variant_title(product: Product, value: Variant) -> str:
    options = " / ".join(value.options.values())
    return f"{product.title} - {options}" if options else product.title


def product(value: Product, variants: list[Variant] | None = None) -> Json:
    """A UCP product (`shopping/types/product.json`) with the given (default: all) variants."""
    chosen = variants if variants is not None else value.variants
    prices = [v.price for v in value.variants]
    low, high = min(prices, key=lambda m: m.amount), max(prices, key=lambda m: m.amount)
    out: Json = {
        "id": value.id,
        "title": value.title,
        "description": {"plain": value.description or value.title},
        "price_range": {
            "min": _price(low.amount, low.currency),
            "max": _price(high.amount, high.currency),
        },
        "variants": [variant(value, v) for v in chosen],
        "categories": [{"value": c} for c in value.category],
    }
    if value.link:
        out["url"] = value.link
    media = [
        {"type": "image", "url": u} for u in value.images if u.startswith(("http://", "https://"))
    ]
    if media:
        out["media"] = media
    if value.brand:
        out["metadata"] = {"brand": value.brand}
    return out
