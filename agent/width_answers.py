"""Whether a shoe comes in a width ("does the Tempo Glide come in wide? I have wide feet"): only
the widths its variants list, else that the catalog lists none, never its colours."""

from __future__ import annotations

import re

from agent.outcome import in_size_order
from catalog.model import Product

_ASKS_WIDTH = re.compile(
    r"\b(?:extra[ -])?(?:wide|narrow)[ -](?:widths?|sizes?|versions?|options?)\b"
    r"|\b(?:come|comes|available|have it|have them|get it|get them|make it|make them)\s+in\s+"
    r"(?:an? )?(?:extra[ -])?(?:wide|narrow)\b"
    r"|\b(?:2e|4e|eee?)\s+(?:widths?|fits?)\b|\bwhat widths\b"
)
"""A width asked as an option it may come in; "how wide is it?" and "the width?" ask a measure."""
_WIDTH_KEYS = ("width",)


def asks_width(text: str) -> bool:
    return bool(_ASKS_WIDTH.search(text.lower()))


def width_answer(product: Product, text: str) -> str | None:
    """The widths it comes in, or that the catalog lists none; None when no width is asked."""
    if not asks_width(text):
        return None
    widths = list(dict.fromkeys(
        str(v.options[k]) for v in product.variants for k in _WIDTH_KEYS if v.options.get(k)
    ))  # fmt: skip
    if widths:
        return f"{product.title} comes in {', '.join(widths)} widths."
    sizes = in_size_order(list(dict.fromkeys(v.size for v in product.variants if v.size)))
    listed = f": it comes in sizes {', '.join(sizes)} in one standard width" if sizes else ""
    return f"The catalog doesn't list a wide or narrow width for {product.title}{listed}."
