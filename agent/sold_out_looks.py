"""A product's whole title typed with a colour or size that is sold out: "relaxed carpenter jean
in navy 36", "boxy oversized tee heather gray M", "cast iron skillet in red, 10 inch".

Typed bare, an in-stock variant is a look at the product (it is listed first); a sold-out one
is a stock question, because a list of "closest matches" with that product on top would hide
that the variant asked for is gone. A shop assistant says so, and what there is instead.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_asides import order_core
from agent.title_orders import aligned
from agent.understanding import Intent, Understanding
from agent.variants import size_number_said, size_said, spelled_options, units_in_short
from agent.words import new_words
from catalog.colors import color_family
from catalog.sparse import tokenize

_LOOKS = {Intent.SEARCH, Intent.REFINE}
_ORDERS = re.compile(r"\b(?:please|pls|plz|add|buy|order|take|get me|want|need)\b")
_SIZE_NAMES = re.compile(r"\b(?:extra[\s-]+)*(?:small|medium|large)\b|\bx+-?(?:small|large)\b")
_STOCK_WORDS = re.compile(
    r"\b(?:in|size|sz|colou?r|the|a|an|one|pls|please|plz|in stock|stock|available|any|left"
    r"|got|have|do|you|u|is|are|it|there|still)\b"
)


def reads_sold_out_look(understanding: Understanding, search: Any) -> bool:
    """Make a bare title with a sold-out colour or size a stock question about that product;
    True when it did."""
    if understanding.intent not in _LOOKS or understanding.references.ordinals:
        return False
    text = " ".join(units_in_short(understanding.text.lower()).split())
    if order_core(text)[1] or _ORDERS.search(text):
        return False  # "… size 10 pls": an order, which the add answers
    product = _titled(text, search)
    if product is None:
        return False
    colours = _colours_of(product, understanding.slots.color_words)
    size = (
        size_said(product, text)
        or spelled_options(product, text).get("size")
        or size_number_said(product, text)
    )
    if not (colours or size) or not _only_options(text, product, colours, size):
        return False
    asked = [v for v in product.variants if _fits(v, colours, size)]
    if not asked or any(v.in_stock for v in asked):
        return False
    slots = understanding.slots
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    slots.category, slots.kind, slots.required = "", "", []
    slots.color_words = colours or slots.color_words
    slots.size = size
    slots.asked = ["stock"]
    return True


def _titled(text: str, search: Any) -> Any:
    """The product whose every title word the message says."""
    said = set(tokenize(text))
    for hit in search.search(text, limit=3, parse=False).hits:
        title = set(tokenize(hit.product.title))
        if len(title) >= 2 and title <= aligned(said, title):
            return hit.product
    return None


def _colours_of(product: Any, words: list[str]) -> list[str]:
    """The colour words said that name one of the product's own colours."""
    offered = {(v.color or "").lower() for v in product.variants if v.color}
    families = {color_family(c) for c in offered}
    return [w.lower() for w in words if w.lower() in offered or color_family(w) in families]


def _fits(variant: Any, colours: list[str], size: str | None) -> bool:
    shade = (variant.color or "").lower()
    if (
        colours
        and shade not in colours
        and color_family(shade) not in {color_family(c) for c in colours}
    ):
        return False
    return not size or (variant.size or "").lower() == size.lower()


def _only_options(text: str, product: Any, colours: list[str], size: str | None) -> bool:
    """Nothing said but the title, its colour and size, and stock words."""
    rest = f" {text} "
    for said in sorted([*colours, size or "", product.title.lower()], key=len, reverse=True):
        if said:
            rest = re.sub(rf"(?<![\w-]){re.escape(said.lower())}(?![\w-])", " ", rest)
    rest = _SIZE_NAMES.sub(" ", rest) if size else rest
    title = set(tokenize(product.title))
    left = [w for w in new_words(_STOCK_WORDS.sub(" ", rest)) if not set(tokenize(w)) <= title]
    return not left
