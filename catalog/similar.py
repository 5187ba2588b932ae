"""The catalog's side of photo questions: look-alikes by image vector, products named by printed
text, and the store's image vectors by product type (what the kind classifier learns from).

Everything here takes vectors and text, never pixels: `vision` turns photos into those, and
`aisle.photos` puts the two together.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from qdrant_client import models

from catalog.filters import SearchFilters

if TYPE_CHECKING:
    from catalog.index import CatalogIndex
    from catalog.search import CatalogSearch, SearchHit

log = logging.getLogger(__name__)

NEIGHBOURS = 10  # look-alikes that vote on the category
TEXT_MATCHES = 3
RERANK_DEPTH = 30  # look-alikes re-ranked by the photo's likely kind


@dataclass
class LookAlikes:
    """Unfiltered neighbours (for the kind vote) and the filtered look-alikes to show."""

    neighbours: list[SearchHit] = field(default_factory=list)
    similar: list[SearchHit] = field(default_factory=list)


def look_alikes(
    search: CatalogSearch,
    vector: np.ndarray,
    filters: SearchFilters | None,
    limit: int,
    warnings: list[str],
    kind_votes: dict[tuple[str, ...], float] | None = None,
    kind_weight: float = 0.0,
) -> LookAlikes:
    """Nearest products by image vector; with `kind_votes`, re-ranked so that products of the
    kinds the photo most likely shows come first (score + kind_weight × P(product's kind))."""
    try:
        depth = max(NEIGHBOURS, limit, RERANK_DEPTH if kind_votes else 0)
        neighbours = search.similar_to_vector(vector, using="image", limit=depth)
        if filters is None or filters.is_empty():
            similar = neighbours
        else:
            similar = search.similar_to_vector(
                vector, using="image", filters=filters, limit=max(limit, depth if kind_votes else 0)
            )
    except Exception as exc:  # an index without image vectors still answers colours
        log.warning("image search failed: %s", exc)
        warnings.append(f"similar-item search is unavailable: {exc}")
        return LookAlikes()
    if kind_votes:
        similar = rerank_by_kind(similar, kind_votes, kind_weight)
    return LookAlikes(neighbours=neighbours[:NEIGHBOURS], similar=similar[:limit])


def rerank_by_kind(
    hits: list[SearchHit], kind_votes: dict[tuple[str, ...], float], weight: float
) -> list[SearchHit]:
    def key(hit: SearchHit) -> float:
        return hit.score + weight * kind_votes.get(tuple(hit.product.category), 0.0)

    return sorted(hits, key=key, reverse=True)


def filters_from_question(
    search: CatalogSearch, question: str | None, filters: SearchFilters | None
) -> SearchFilters | None:
    """Constraints the question itself sets on similar items: "in blue?", "under $50"."""
    if not question:
        return filters
    from catalog.query import parse_query

    parsed = parse_query(question, search.index.vocabulary()).filters
    return parsed.refined_by(filters) if filters else parsed


@dataclass
class NamedProducts:
    hits: list[SearchHit] = field(default_factory=list)
    brand: str | None = None


def products_named_in(
    search: CatalogSearch, query: str, text: str, warnings: list[str]
) -> NamedProducts:
    """Catalog products whose name matches printed text; the brand when a match confirms it."""
    try:
        result = search.search(query, limit=TEXT_MATCHES)
    except Exception as exc:  # text search down: the OCR text itself still answers
        log.warning("text search for %r failed: %s", query, exc)
        warnings.append(f"could not match the text to products: {exc}")
        return NamedProducts()
    lowered = text.lower()
    brand = next(
        (h.product.brand for h in result.hits if h.product.brand
         and h.product.brand.lower() in lowered),
        None,
    )  # fmt: skip
    return NamedProducts(hits=list(result.hits), brand=brand)


def image_vectors_by_kind(index: CatalogIndex) -> Iterator[tuple[tuple[str, ...], np.ndarray]]:
    """(category path, image vector) of every product that has an image vector."""
    offset: Any = None
    while True:
        records, offset = index.client.scroll(
            index.collection,
            limit=512,
            offset=offset,
            with_payload=models.PayloadSelectorInclude(include=["product.category"]),
            with_vectors=["image"],
        )
        for record in records:
            vectors = record.vector if isinstance(record.vector, dict) else {}
            image = vectors.get("image")
            category = ((record.payload or {}).get("product") or {}).get("category") or []
            if image is not None and category and not isinstance(image, models.SparseVector):
                yield tuple(category), np.asarray(image, dtype=np.float32)
        if offset is None:
            return
