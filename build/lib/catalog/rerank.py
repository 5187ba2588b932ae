"""Rerank fused candidates by how well their structured fields cover what the shopper said."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.model import Product
from catalog.sparse import tokenize

if TYPE_CHECKING:
    from catalog.query import ParsedQuery


@dataclass(frozen=True)
class Candidate:
    product: Product
    score: float


@dataclass(frozen=True)
class RerankWeights:
    """Bonuses added to the fused score normalised to [0, 1] (measured in bench/retrieval.py).

    Title coverage and category hints lowered chatshop MRR, so they default to off; option
    matches ("the 1000 ml one") only act on catalogs with variant options.
    """

    coverage: float = 0.0
    category_hint: float = 0.0
    option: float = 0.1


DEFAULT_WEIGHTS = RerankWeights()


def rerank(
    parsed: ParsedQuery, candidates: list[Candidate], weights: RerankWeights = DEFAULT_WEIGHTS
) -> list[Candidate]:
    """Stable: equal scores keep the fused order."""
    if not candidates:
        return candidates
    terms = set(tokenize(parsed.text))
    top = max(c.score for c in candidates) or 1.0
    hints = {h.lower() for h in parsed.category_hints}
    scored = [
        Candidate(
            product=c.product,
            score=c.score / top
            + weights.coverage * _coverage(terms, c.product)
            + weights.category_hint * _category_match(hints, c.product)
            + weights.option * _option_match(terms, c.product),
        )
        for c in candidates
    ]
    return sorted(scored, key=lambda c: c.score, reverse=True)


def _coverage(terms: set[str], product: Product) -> float:
    """Share of the query's terms found in the title, category path or brand."""
    if not terms:
        return 0.0
    fields = " ".join([product.title, *product.category, product.brand or ""])
    return len(terms & set(tokenize(fields))) / len(terms)


def _category_match(hints: set[str], product: Product) -> float:
    if not hints:
        return 0.0
    return 1.0 if hints & {c.lower() for c in product.category} else 0.0


def _option_match(terms: set[str], product: Product) -> float:
    values = {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    if not terms or not values:
        return 0.0
    return len(terms & values) / len(terms)
