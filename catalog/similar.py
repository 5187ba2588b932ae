"""The catalog's side of photo questions: look-alikes by image vector, products named by printed
text, and the store's image vectors by product type (what the kind classifier learns from).

Everything here takes vectors and text, never pixels: `vision` turns photos into those, and
`aisle.photos` puts the two together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
from qdrant_client import models

from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.printed_names import PrintedNames

if TYPE_CHECKING:
    from catalog.index import CatalogIndex
    from catalog.search import CatalogSearch, SearchHit

log = logging.getLogger(__name__)

NEIGHBOURS = 10  # look-alikes that vote on the category
TEXT_MATCHES = 3
RERANK_DEPTH = 30  # look-alikes re-ranked by the photo's likely kind
_NAME_FIELDS = ["product.id", "product.title", "product.brand"]


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
    named_categories: list[str] | None = None,
    colour: str | None = None,
    colour_weight: float = 0.0,
    own_images: OwnImages | None = None,
) -> LookAlikes:
    """Nearest products by image vector; with `kind_votes`, re-ranked so that products of the
    kinds the photo most likely shows come first (score + kind_weight × P(product's kind)).

    With `colour` (the photo's colour family), products that come in it are lifted by
    `colour_weight`; products of a kind the shopper named ("like this lamp") come first. With
    `own_images`, each look-alike scores by the closest of its own images (the index holds one
    image per product: a navy backpack photo against the red one's picture).
    """
    reranks = bool(kind_votes or named_categories or colour or own_images)
    try:
        depth = max(NEIGHBOURS, limit, RERANK_DEPTH if reranks else 0)
        neighbours = search.similar_to_vector(vector, using="image", limit=depth)
        if filters is None or filters.is_empty():
            similar = neighbours
        else:
            similar = search.similar_to_vector(
                vector, using="image", filters=filters, limit=max(limit, depth if reranks else 0)
            )
    except Exception as exc:  # an index without image vectors still answers colours
        log.warning("image search failed: %s", exc)
        warnings.append(f"similar-item search is unavailable: {exc}")
        return LookAlikes()
    if own_images is not None:
        similar = by_closest_image(similar, vector, own_images)
    if kind_votes or colour:
        similar = rerank_by_kind(similar, kind_votes, kind_weight, colour, colour_weight)
    if named_categories:
        similar = of_named_kind_first(similar, named_categories)
    return LookAlikes(neighbours=neighbours[:NEIGHBOURS], similar=similar[:limit])


OwnImages = Callable[[Product], list[np.ndarray]]
"""The image vectors of every picture of a product (its variants' too)."""


def by_closest_image(hits: list[SearchHit], vector: np.ndarray, own: OwnImages) -> list[SearchHit]:
    """Each hit scored by the cosine of its closest own image to the photo (never below the
    indexed image's score), best first."""
    query = np.asarray(vector, dtype=np.float32)
    query = query / (np.linalg.norm(query) or 1.0)
    rescored = []
    for hit in hits:
        vectors = own(hit.product)
        if vectors:
            pictures = np.stack(vectors).astype(np.float32)
            pictures /= np.maximum(np.linalg.norm(pictures, axis=1, keepdims=True), 1e-12)
            hit = replace(hit, score=max(hit.score, float((pictures @ query).max())))
        rescored.append(hit)
    return sorted(rescored, key=lambda h: (-h.score, h.product.id))


def rerank_by_kind(
    hits: list[SearchHit],
    kind_votes: dict[tuple[str, ...], float] | None,
    weight: float,
    colour: str | None = None,
    colour_weight: float = 0.0,
) -> list[SearchHit]:
    """score + weight × P(product's kind) (+ colour_weight when it comes in the photo's colour)."""
    votes = kind_votes or {}

    def key(hit: SearchHit) -> float:
        kind = weight * votes.get(tuple(hit.product.category), 0.0)
        return hit.score + kind + (colour_weight if comes_in(hit.product, colour) else 0.0)

    return sorted(hits, key=key, reverse=True)


def comes_in(product: Product, colour: str | None) -> bool:
    """The product has a variant of this colour family."""
    return bool(colour) and any(color_family(v.color) == colour for v in product.variants)


def of_named_kind_first(hits: list[SearchHit], categories: list[str]) -> list[SearchHit]:
    """Look-alikes in one of these categories first, each group in its own order."""
    names = {c.lower() for c in categories}

    def named(hit: SearchHit) -> bool:
        return any(c.lower() in names for c in hit.product.category)

    return [h for h in hits if named(h)] + [h for h in hits if not named(h)]


def of_brand_first(hits: list[SearchHit], brand: str) -> list[SearchHit]:
    """Look-alikes of the brand printed on the photo first, each group in its own order."""
    mine = [h for h in hits if (h.product.brand or "").lower() == brand.lower()]
    return mine + [h for h in hits if h not in mine]


def categories_named_in(search: CatalogSearch, question: str | None) -> list[str]:
    """The catalog categories a question about a photo names ("like this lamp" -> Lamps)."""
    if not question:
        return []
    from catalog.query import parse_query

    return list(parse_query(question, search.index.vocabulary()).category_hints)


def filters_from_question(
    search: CatalogSearch, question: str | None, filters: SearchFilters | None
) -> SearchFilters | None:
    """Constraints the question itself sets on similar items: "in blue?", "under $50"."""
    if not question:
        return filters
    from catalog.query import parse_query

    parsed = parse_query(question, search.index.vocabulary()).filters
    return parsed.refined_by(filters) if filters else parsed


def printed_names(index: CatalogIndex) -> PrintedNames:
    """Every product's title and brand, to be looked for in a photo's printed text."""
    rows = []
    for payload in index._scroll_payloads(list(_NAME_FIELDS)):
        product = payload.get("product") or {}
        if product.get("id") and product.get("title"):
            rows.append((product["id"], product["title"], product.get("brand")))
    return PrintedNames.build(rows)


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
