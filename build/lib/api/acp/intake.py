"""ACP request fields as Aisle's: item ids as variants, buyer and address as commerce models.

A field Aisle cannot take (a bad email, an address without a postal code) is not an error: it
becomes a message about this request (`invalid` / `missing`, with its JSONPath), and the session
keeps what it had.
"""

from __future__ import annotations

from pydantic import ValidationError

from aisle.money import Money
from api.acp import models as acp
from api.acp import requests as acp_in
from api.acp.shapes import problem
from api.mcp.shapes import ITEM_SEPARATOR
from commerce import models as aisle


def split_item(value: str, variants: list[str]) -> tuple[str, str]:
    """(product id, variant id) of an ACP item id; a bare product id needs exactly one variant
    (`variants`: that product's variant ids)."""
    product_id, sep, variant_id = value.partition(ITEM_SEPARATOR)
    if sep:
        return product_id, variant_id
    if len(variants) == 1:
        return product_id, variants[0]
    raise LookupError(value)


def buyer_in(
    given: acp_in.BuyerIn | None, details: acp_in.FulfillmentDetailsIn | None
) -> tuple[aisle.Buyer | None, list[acp.Message]]:
    """Aisle's buyer (a name and an email) from ACP's buyer or fulfillment details."""
    email = (given.email if given else None) or (details.email if details else None)
    if not email:
        return None, []
    names: list[str | None] = [details.name if details else None]
    if given:
        names[:0] = [given.full_name, " ".join(p for p in (given.first_name, given.last_name) if p)]
    names += [details.address.name if details and details.address else None]
    name = next((n.strip() for n in names if n and n.strip()), None)
    phone = (given.phone_number if given else None) or (details.phone_number if details else None)
    where = "$.buyer" if given else "$.fulfillment_details"
    if name is None:
        return None, [problem("missing", f"{where}.first_name", "The buyer's name is needed.")]
    try:
        return aisle.Buyer(name=name, email=email, phone=phone), []
    except ValidationError as exc:
        field = {"name": "first_name", "phone": "phone_number"}.get(
            str((exc.errors()[0]["loc"] or ("email",))[0]), "email"
        )
        said = "is not an email address" if field == "email" else "is not usable"
        shown = {"email": email, "phone_number": phone}.get(field, name)
        return None, [problem("invalid", f"{where}.{field}", f"{shown!r:.80} {said}.")]


def address_in(
    details: acp_in.FulfillmentDetailsIn | None,
) -> tuple[aisle.Address | None, list[acp.Message]]:
    if details is None or details.address is None:
        return None, []
    given = details.address
    try:
        return aisle.Address(
            name=given.name,
            line_one=given.line_one,
            line_two=given.line_two or None,
            city=given.city,
            state=given.state or None,
            postal_code=given.postal_code,
            country=given.country,
        ), []
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0]) if exc.errors()[0]["loc"] else "postal_code"
        return None, [
            problem(
                "invalid",
                f"$.fulfillment_details.address.{field}",
                "The address is incomplete: "
                + exc.errors()[0]["msg"].removeprefix("Value error, "),
            )
        ]


def price_warnings(items: list[acp_in.ItemIn], lines: list[aisle.LineItem]) -> list[acp.Message]:
    """An item sent with the `unit_amount` the agent showed, when the store's price differs."""
    by_id = {
        f"{li.product_id}{ITEM_SEPARATOR}{li.variant_id}": (i, li) for i, li in enumerate(lines)
    }
    by_product = {li.product_id: (i, li) for i, li in enumerate(lines)}
    warnings: list[acp.Message] = []
    for item in items:
        found = by_id.get(item.id) or by_product.get(item.id)
        if (
            item.unit_amount is None
            or found is None
            or found[1].unit_price.amount == item.unit_amount
        ):
            continue
        index, line = found
        price = line.unit_price
        try:
            was = f" (not {Money(amount=item.unit_amount, currency=price.currency).format()})"
        except ValueError:  # an amount no price could be
            was = ""
        content = f"{line.title} costs {price.format()}{was}."
        warnings.append(problem("price_change", f"$.line_items[{index}]", content, kind="warning"))
    return warnings
