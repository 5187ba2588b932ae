"""A listed product picked by its maker: "the Copperleaf one", "the one by Kerbside in black,
size 10", "a couple of the Loomhouse ones".

Only one shown product of that brand is a pick; with several or none the message stays as read.
Nothing said beyond the pick, a count and the product's own options is an add of it.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import LIKELY
from agent.ordinal_orders import only_pick_and_options
from agent.state import ShownProduct
from agent.understanding import Intent, Understanding

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.ADD}


def read_brand_pick(understanding: Understanding, shown: list[ShownProduct], search: Any) -> None:
    """Point the message at the one shown product whose brand it names as "the <brand> one"."""
    refs = understanding.references
    if refs.names_product or refs.ordinals or refs.replaces:
        return
    text = " ".join(understanding.text.lower().split())
    picked = _picked(text, shown, search)
    if picked is None:
        return
    product_id, said = picked
    refs.product_ids, refs.names_product = [product_id], True
    product = search.get(product_id)
    if understanding.intent not in _MAY_ORDER or "?" in text or product is None:
        return
    if only_pick_and_options(text.replace(said, " "), product):
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY
        understanding.slots.category, understanding.slots.kind = "", ""
        understanding.slots.brand = None


def _picked(text: str, shown: list[ShownProduct], search: Any) -> tuple[str, str] | None:
    """(product id, the words that picked it) when one shown product is of the brand said."""
    by_brand: dict[str, list[str]] = {}
    for listed in shown:
        product = search.get(listed["id"])
        if product is not None and product.brand:
            by_brand.setdefault(product.brand.lower(), []).append(listed["id"])
    for brand, ids in by_brand.items():
        for name in _names(brand):
            said = re.search(_pattern(name), text)
            if said is not None:
                return (ids[0], said[0]) if len(ids) == 1 else None
    return None


def _names(brand: str) -> list[str]:
    """The brand whole, and its first word when that is a word of its own ("Copperleaf")."""
    first = brand.split()[0]
    return [brand, first] if first != brand and len(first) >= 5 else [brand]


def _pattern(name: str) -> str:
    name = re.escape(name)
    return (
        rf"\b(?:the|that) {name} ones?\b"
        rf"|\b(?:the|that) ones? (?:by|from|made by) {name}\b"
        rf"|\b{name}'?s one\b"
    )
