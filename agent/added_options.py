"""Option values said with an add of one known product: "go on then, add the navy queen" after
the Wool Camp Blanket's stock was asked, "the first one, 4 piece".

A value the product itself comes in ("queen", "4 piece", "extra large") is the variant wanted,
never the name of another product to look for.
"""

from __future__ import annotations

from typing import Any

from agent.understanding import Intent, Understanding
from agent.variants import size_said, spelled_options


def read_added_options(understanding: Understanding, search: Any) -> None:
    """Fill the add's size from the product's own size values the message spells out."""
    slots, refs = understanding.slots, understanding.references
    if understanding.intent is not Intent.ADD or slots.size or slots.items:
        return
    if len(refs.product_ids) != 1:
        return
    product = search.get(refs.product_ids[0])
    if product is None or not any(v.size for v in product.variants):
        return
    text = understanding.text
    size = spelled_options(product, text).get("size") or size_said(product, text)
    if size:
        slots.size = size
