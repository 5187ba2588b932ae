"""A part ruled out that only a product's description names ("road shoes without a carbon
plate": "made from recycled mesh with a carbon-fibre plate"): those products leave the list."""

from __future__ import annotations

import re
from typing import Any


def without_parts(hits: list[Any], parts: list[str]) -> list[Any]:
    """The hits whose record names none of the parts, each part's words in one sentence."""
    if not parts:
        return hits
    return [h for h in hits if not any(_names(h.product, part) for part in parts)]


def _names(product: Any, part: str) -> bool:
    texts = [product.title, *(str(v) for v in product.attributes.values())]
    texts += re.split(r"(?<=[.!?])\s+", product.description or "")
    words = part.lower().split()
    return any(all(re.search(rf"\b{re.escape(w)}", t.lower()) for w in words) for t in texts)
