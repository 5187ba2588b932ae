"""Facts from printed text: nutrition, brand and size, and the catalog products it names."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.model import NutritionFacts
from vision.facts import ProductText, SimilarItem
from vision.nutrition import parse_nutrition, parse_size

if TYPE_CHECKING:
    from catalog.search import CatalogSearch

log = logging.getLogger(__name__)

NAME_LINES = 4  # package names are printed big and early; the rest is small print
MATCHES = 3


@dataclass
class TextReading:
    nutrition: NutritionFacts | None
    product_text: ProductText | None
    matches: list[SimilarItem] = field(default_factory=list)


def read_product_text(
    text: str, search: CatalogSearch | None, warnings: list[str], label_text: str | None = None
) -> TextReading:
    """Nutrition, size and catalog matches from OCR text; brand only when a match confirms it.

    `label_text` may hold several OCR readings of one label, parsed together for nutrition."""
    nutrition = parse_nutrition(label_text or text)
    size = parse_size(text)
    matches: list[SimilarItem] = []
    brand: str | None = None
    query = name_query(text)
    if search is not None and query and nutrition is None:
        try:
            result = search.search(query, limit=MATCHES)
        except Exception as exc:  # text search down: the OCR text itself still answers
            log.warning("text search for %r failed: %s", query, exc)
            warnings.append(f"could not match the text to products: {exc}")
        else:
            matches = [SimilarItem(id=h.product.id, score=round(h.score, 4)) for h in result.hits]
            lowered = text.lower()
            brand = next(
                (h.product.brand for h in result.hits if h.product.brand
                 and h.product.brand.lower() in lowered),
                None,
            )  # fmt: skip
    product_text = ProductText(brand=brand, size=size) if brand or size else None
    return TextReading(nutrition=nutrition, product_text=product_text, matches=matches)


def name_query(text: str) -> str:
    """The first few readable lines: where a package prints its brand and product name."""
    lines = []
    for line in text.splitlines():
        words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
        if len(words) >= 1:
            lines.append(" ".join(words))
        if len(lines) >= NAME_LINES:
            break
    return " ".join(lines)[:200]
