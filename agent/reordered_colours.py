"""The colour of a cancelled order kept when the shopper orders the product again: "cancel it, I
need the L not the M", then "add the L instead, same colour" or "add the same tee in M" is the
colour the order had, not a question of which colour."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from agent.understanding import Intent, Understanding
from catalog.colors import color_family
from commerce.errors import CommerceError


def keep_reordered_colour(
    understanding: Understanding, order_id: str | None, commerce: Any, search: Any
) -> None:
    """An add of one product that names no colour, after the conversation's last order holding
    that product in one colour was cancelled, takes that colour."""
    slots, refs = understanding.slots, understanding.references
    if understanding.intent is not Intent.ADD or slots.colors or slots.color_words:
        return
    if not order_id or len(refs.product_ids) != 1:
        return
    order = None
    with suppress(CommerceError):
        order = commerce.get_order(order_id)
    product = search.get(refs.product_ids[0])
    if order is None or order.status != "canceled" or product is None:
        return
    ordered = {li.variant_id for li in order.line_items if li.product_id == product.id}
    colours = {v.color for v in product.variants if v.id in ordered and v.color}
    if len(colours) == 1:
        said = str(colours.pop()).lower()
        slots.color_words, slots.colors = [said], [color_family(said) or said]
