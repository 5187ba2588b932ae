"""The UCP operations behind the MCP tools: the same services and authority as the REST routes.

Each operation takes the caller's `Access` (admin, or the conversation its thread token opens)
and the tool's UCP arguments, and returns a UCP response body. A refusal -- not found, not
yours, out of stock, a changed session -- is a UCP error response (`messages`), never a crash.

Conversations: `create_cart` and `create_checkout` (from line items) start one and answer with
`aisle.thread_id` and `aisle.thread_token` (once). Every later call about it sends the token as
`meta["aisle-thread-token"]` (or, over HTTP, the `X-Thread-Token` header).

Approval: `complete_checkout` needs `checkout.aisle.approved_version`, the `aisle.version` of
the checkout whose summary (items, total) the buyer approved; optionally `approved_total`
(minor units). Any change since then refuses the completion (`session_changed`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from aisle.money import Money
from aisle.services import Services
from api.authority import Access
from api.errors import ApiError
from api.mcp import shapes
from api.mcp.shapes import Json
from commerce.errors import CommerceError
from commerce.models import Address, Buyer, Cart, ItemRequest, PaymentMethod

DEFAULT_LIMIT = 10
MAX_LIMIT = 50


class Refused(Exception):
    """A business outcome that leaves no resource to show: becomes a UCP error response."""

    def __init__(self, code: str, content: str) -> None:
        super().__init__(content)
        self.code = code
        self.content = content


def answer(capability: str, run: Callable[[], Json]) -> tuple[Json, bool]:
    """(UCP body, is_error): run one operation, turning every refusal into an error response."""
    try:
        return run(), False
    except Refused as exc:
        return shapes.error_response(capability, exc.code, exc.content), True
    except ApiError as exc:
        code = "unauthorized" if exc.status_code in (401, 403) else exc.code
        return shapes.error_response(capability, code, exc.message), True
    except CommerceError as exc:
        return shapes.error_response(capability, exc.code, str(exc), "recoverable"), True
    except (ValidationError, ValueError) as exc:
        return shapes.error_response(capability, "invalid_input", str(exc), "recoverable"), True


class UcpOperations:
    """Catalog, cart, checkout and order operations of one Aisle process."""

    def __init__(self, services: Services) -> None:
        self.services = services

    # Catalog.
    def search_catalog(self, catalog: Json) -> Json:
        from catalog.filters import SearchFilters

        filters = catalog.get("filters") or {}
        price = filters.get("price") or {}
        pagination = catalog.get("pagination") or {}
        limit = min(int(pagination.get("limit") or DEFAULT_LIMIT), MAX_LIMIT)
        offset = int(pagination.get("cursor") or 0)
        wanted = SearchFilters(
            price_min=price.get("min"),
            price_max=price.get("max"),
            categories=list(filters.get("categories") or []),
        )
        result = self.services.search.search(
            str(catalog.get("query") or ""), wanted, limit=limit + 1, offset=offset
        )
        hits = result.hits[:limit]
        more = len(result.hits) > limit
        page: Json = {"has_next_page": more}
        if more:
            page["cursor"] = str(offset + limit)
        return {
            "ucp": shapes.envelope("dev.ucp.shopping.catalog.search"),
            "products": [shapes.product(h.product) for h in hits],
            "pagination": page,
        }

    def lookup_catalog(self, catalog: Json) -> Json:
        """Products by product id or UCP variant id; each variant says which input found it."""
        ids = [str(i) for i in catalog.get("ids") or []]
        if not ids:
            raise Refused("invalid_input", "catalog.ids must name at least one product or variant")
        found: dict[str, Json] = {}
        misses: list[Json] = []
        for wanted in ids:
            product_id, _, variant_id = wanted.partition(shapes.ITEM_SEPARATOR)
            product = self.services.search.get(product_id)
            variants = [v for v in product.variants if not variant_id or v.id == variant_id] if (
                product
            ) else []  # fmt: skip
            if product is None or not variants:
                misses.append({"type": "info", "code": "not_found", "content": f"no {wanted!r}"})
                continue
            body = found.setdefault(product.id, {**shapes.product(product, []), "variants": []})
            for variant in variants:
                shaped = shapes.variant(product, variant)
                known = next((v for v in body["variants"] if v["id"] == shaped["id"]), None)
                match = "exact" if variant_id else "featured"
                if known is None:
                    body["variants"].append({**shaped, "inputs": [{"id": wanted, "match": match}]})
                else:
                    known["inputs"].append({"id": wanted, "match": match})
        out: Json = {
            "ucp": shapes.envelope("dev.ucp.shopping.catalog.lookup"),
            "products": list(found.values()),
        }
        if misses:
            out["messages"] = misses
        return out

    def get_product(self, catalog: Json) -> Json:
        product_id = str(catalog.get("id") or "").partition(shapes.ITEM_SEPARATOR)[0]
        product = self.services.search.get(product_id) if product_id else None
        if product is None:
            raise Refused("not_found", f"no product {catalog.get('id')!r}")
        return {
            "ucp": shapes.envelope("dev.ucp.shopping.catalog.lookup"),
            "product": shapes.product(product),
        }

    # Carts.
    def create_cart(self, access: Access, cart: Json) -> Json:
        commerce = self.services.commerce
        thread_id, token = commerce.start_conversation()
        made = commerce.create_cart(thread_id=thread_id)
        made = self._replace_lines(made, cart.get("line_items") or [])
        return shapes.cart(made, {"thread_id": thread_id, "thread_token": token})

    def get_cart(self, access: Access, cart_id: str) -> Json:
        access.owned("cart", cart_id)
        return shapes.cart(self.services.commerce.get_cart(cart_id))

    def update_cart(self, access: Access, cart_id: str, cart: Json) -> Json:
        """Full replacement of the lines; a refused line leaves the cart as it was."""
        access.owned("cart", cart_id)
        current = self.services.commerce.get_cart(cart_id)
        return shapes.cart(self._replace_lines(current, cart.get("line_items") or []))

    def cancel_cart(self, access: Access, cart_id: str) -> Json:
        access.owned("cart", cart_id)
        return shapes.cart(self.services.commerce.clear_cart(cart_id))

    def _replace_lines(self, cart: Cart, line_items: list[Any]) -> Cart:
        commerce = self.services.commerce
        wanted = [_item_request(line) for line in line_items]
        before = [ItemRequest(product_id=li.product_id, variant_id=li.variant_id,
                              quantity=li.quantity) for li in cart.lines]  # fmt: skip
        result = commerce.clear_cart(cart.id)
        try:
            for item in wanted:
                result = commerce.add_to_cart(
                    cart.id, item.product_id, item.variant_id, item.quantity
                )
        except CommerceError:
            commerce.clear_cart(cart.id)
            for item in before:
                commerce.add_to_cart(cart.id, item.product_id, item.variant_id, item.quantity)
            raise
        return result

    # Checkout.
    def create_checkout(self, access: Access, checkout: Json, idempotency_key: str | None) -> Json:
        commerce = self.services.commerce
        extra: Json = {}
        cart_id = checkout.get("cart_id")
        if cart_id:
            access.owned("cart", str(cart_id))
        else:
            made = self.create_cart(access, {"line_items": checkout.get("line_items") or []})
            cart_id, extra = made["id"], made["aisle"]
        session = commerce.create_checkout(
            str(cart_id), _buyer(checkout), _address(checkout), idempotency_key=idempotency_key
        )
        return shapes.checkout(session, extra)

    def get_checkout(self, access: Access, session_id: str) -> Json:
        access.owned("checkout session", session_id)
        return shapes.checkout(self.services.commerce.get_checkout(session_id))

    def update_checkout(self, access: Access, session_id: str, checkout: Json) -> Json:
        access.owned("checkout session", session_id)
        items = checkout.get("line_items")
        session = self.services.commerce.update_checkout(
            session_id,
            buyer=_buyer(checkout),
            shipping_address=_address(checkout),
            items=[_item_request(li) for li in items] if items is not None else None,
        )
        return shapes.checkout(session)

    def complete_checkout(
        self, access: Access, session_id: str, checkout: Json, idempotency_key: str | None
    ) -> Json:
        access.owned("checkout session", session_id)
        approval = checkout.get("aisle") or {}
        version = approval.get("approved_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise Refused(
                "approval_required",
                "send checkout.aisle.approved_version: the aisle.version of the checkout whose "
                "items and total the buyer approved",
            )
        commerce = self.services.commerce
        expected_total = None
        if approval.get("approved_total") is not None:
            currency = commerce.get_checkout(session_id).currency
            expected_total = Money(amount=int(approval["approved_total"]), currency=currency)
        session = commerce.complete_checkout(
            session_id,
            PaymentMethod(token=_payment_token(checkout)),
            idempotency_key=idempotency_key,
            expected_total=expected_total,
            expected_version=version,
        )
        return shapes.checkout(session)

    def cancel_checkout(self, access: Access, session_id: str) -> Json:
        access.owned("checkout session", session_id)
        return shapes.checkout(self.services.commerce.cancel_checkout(session_id))

    # Orders.
    def get_order(self, access: Access, order_id: str) -> Json:
        access.owned("order", order_id)
        return shapes.order(self.services.commerce.get_order(order_id))


def _item_request(line: Any) -> ItemRequest:
    if not isinstance(line, dict) or not isinstance(line.get("item"), dict):
        raise ValueError("each line item needs an item object with an id")
    product_id, variant_id = shapes.split_item_id(str(line["item"].get("id") or ""))
    return ItemRequest(
        product_id=product_id, variant_id=variant_id, quantity=line.get("quantity", 1)
    )


def _buyer(checkout: Json) -> Buyer | None:
    buyer = checkout.get("buyer")
    if not buyer:
        return None
    name = " ".join(p for p in (buyer.get("first_name"), buyer.get("last_name")) if p)
    return Buyer(name=name, email=buyer.get("email") or "", phone=buyer.get("phone_number"))


def _address(checkout: Json) -> Address | None:
    """The first shipping destination of UCP's fulfillment extension, if any."""
    methods = (checkout.get("fulfillment") or {}).get("methods") or []
    destinations = [d for m in methods for d in (m.get("destinations") or [])]
    if not destinations:
        return None
    d = destinations[0]
    name = " ".join(p for p in (d.get("first_name"), d.get("last_name")) if p)
    return Address(
        name=name or (checkout.get("buyer") or {}).get("first_name") or "",
        line_one=d.get("street_address") or "",
        line_two=d.get("extended_address"),
        city=d.get("address_locality") or "",
        state=d.get("address_region"),
        postal_code=d.get("postal_code") or "",
        country=d.get("address_country") or "",
    )


def _payment_token(checkout: Json) -> str:
    instruments = (checkout.get("payment") or {}).get("instruments") or []
    chosen = next(
        (i for i in instruments if i.get("selected")), instruments[0] if instruments else None
    )
    token = ((chosen or {}).get("credential") or {}).get("token")
    if not token:
        raise Refused(
            "payment_required",
            "send checkout.payment.instruments[0].credential.token (e.g. tok_visa)",
        )
    return str(token)
