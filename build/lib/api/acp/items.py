"""ACP items to Aisle's variants: which variant each id names, and how many can be had."""

from __future__ import annotations

from collections.abc import Sequence

from api.acp import models as acp
from api.acp import requests as acp_in
from api.acp.errors import AcpProblem
from api.acp.intake import split_item
from api.acp.shapes import problem
from commerce.models import ItemRequest
from commerce.service import Commerce


def resolve(
    commerce: Commerce, items: Sequence[acp_in.ItemIn], field: str = "line_items"
) -> list[ItemRequest]:
    """One request per item, in order; an id that names no variant is a 400 with its JSONPath."""
    product_ids = {item.id.partition("::")[0] for item in items}
    levels = commerce.stock_levels(product_ids)
    wanted = []
    for index, item in enumerate(items):
        variants = levels.get(item.id.partition("::")[0], {})
        try:
            product_id, variant_id = split_item(item.id, list(variants))
        except LookupError:
            product_id, variant_id = item.id, ""
        if variant_id not in variants:
            raise AcpProblem(
                400,
                "item_not_found",
                f"no item {item.id[:80]!r}: name a variant as '<product id>::<variant id>'",
                param=f"$.{field}[{index}].id",
            )
        wanted.append(
            ItemRequest(product_id=product_id, variant_id=variant_id, quantity=item.quantity)
        )
    return wanted


def within_stock(
    commerce: Commerce, wanted: list[ItemRequest]
) -> tuple[list[ItemRequest], list[acp.Message]]:
    """For a cart: as many units as are in stock, and a message for each item cut short."""
    levels = commerce.stock_levels({item.product_id for item in wanted})
    totals: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}  # where the request first names the variant
    for index, item in enumerate(wanted):
        key = (item.product_id, item.variant_id)
        totals[key] = totals.get(key, 0) + item.quantity
        first.setdefault(key, index)
    kept: list[ItemRequest] = []
    messages: list[acp.Message] = []
    for (product_id, variant_id), quantity in totals.items():
        level = levels.get(product_id, {}).get(variant_id)  # retired since: none to be had
        available = 0 if level is None or not level.available else level.stock
        if available is not None and quantity > available:
            left = f"only {available} left" if available else "out of stock"
            messages.append(
                problem(
                    "out_of_stock",
                    f"$.line_items[{first[product_id, variant_id]}]",
                    f"{product_id}::{variant_id}: {left}; the cart holds what there is.",
                )
            )
            quantity = available
        if quantity:
            kept.append(
                ItemRequest(product_id=product_id, variant_id=variant_id, quantity=quantity)
            )
    return kept, messages
