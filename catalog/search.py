"""Hybrid product search: parse → dense + BM25 retrieved, fused by weighted RRF → rerank → sort."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from qdrant_client import models

from catalog.embed import TextEncoder, encode_queries, load_text_encoder
from catalog.filters import SearchFilters
from catalog.fusion import Retrieved, fuse
from catalog.index import BM25, IMAGE, TEXT, CatalogIndex
from catalog.model import Product
from catalog.payload import product_from_payload, product_words
from catalog.qdrant_filters import matching_variant_ids, to_qdrant_filter
from catalog.query import ParsedQuery, parse_query
from catalog.rerank import Candidate, RerankWeights, rerank
from catalog.sparse import query_vector, tokenize

_QUERY_VECTORS = 64
TIE_MARGIN = 8
"""Points fetched past a vector search's limit, so that equal scores cut at the limit are
chosen by id, not by where Qdrant stored them."""


@dataclass(frozen=True)
class SearchHit:
    product: Product
    score: float
    variant_ids: list[str]


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    query: ParsedQuery
    filters: SearchFilters


@dataclass(frozen=True)
class FusionConfig:
    """How candidates are gathered and fused; measured in bench/retrieval.py.

    A weight of 0 leaves that retriever out (dense-only / sparse-only ablations). Qdrant's
    weighted RRF scores rank r as 1 / ((r + 1) / weight + k - 1): the weight stretches ranks,
    so it only favours BM25 when k is small (chatshop dev: k=1, 1:3 beats k=60, 1:1).
    """

    method: Literal["rrf", "dbsf"] = "rrf"
    dense_limit: int = 100
    sparse_limit: int = 100
    rrf_k: int = 1
    dense_weight: float = 1.0
    sparse_weight: float = 3.0
    rerank_depth: int = 50
    use_rerank: bool = True
    rerank_weights: RerankWeights = field(default_factory=RerankWeights)


class CatalogSearch:
    """What the agent, the API and the CLI call to find products."""

    def __init__(
        self,
        index: CatalogIndex,
        encoder: TextEncoder | None = None,
        fusion: FusionConfig | None = None,
    ) -> None:
        self.index = index
        self._encoder = encoder
        self.fusion = fusion or FusionConfig()
        self._vectors: dict[str, list[float]] = {}
        self._vectors_lock = threading.Lock()

    @property
    def encoder(self) -> TextEncoder:
        if self._encoder is None:
            self._encoder = load_text_encoder(self.index.settings)
        return self._encoder

    def text_vector(self, text: str) -> list[float]:
        """The dense vector of a text, from the cache searches use: whoever reads the message
        first (the intent classifier, a search, the no-match check) pays for the encoding."""
        return self._query_vector(text)

    def _query_vector(self, text: str) -> list[float]:
        """The dense vector of a query; the last few are kept, as a turn often asks twice.

        An encoder that lower-cases its input (MiniLM is uncased) shares one entry per text
        whatever its case ("Noise cancelling" and "noise cancelling")."""
        key = text.lower() if getattr(self.encoder, "lowercases", False) else text
        with self._vectors_lock:
            if key in self._vectors:
                return self._vectors[key]
        vector: list[float] = encode_queries(self.encoder, [text])[0].tolist()
        with self._vectors_lock:
            self._vectors[key] = vector
            while len(self._vectors) > _QUERY_VECTORS:
                self._vectors.pop(next(iter(self._vectors)))
        return vector

    def get(self, product_id: str) -> Product | None:
        return self.index.get(product_id)

    def search(
        self,
        query: str | ParsedQuery,
        filters: SearchFilters | None = None,
        *,
        limit: int = 10,
        offset: int = 0,
        parse: bool = True,
    ) -> SearchResult:
        parsed = self._understand(query, parse)
        merged = parsed.filters.refined_by(filters) if filters else parsed.filters
        wanted = offset + limit
        if tokenize(parsed.text):
            ranked = self._ranked(parsed, merged, max(wanted, self.fusion.rerank_depth))
        else:
            ranked = self._browse(merged, wanted, parsed.sort)
        if parsed.sort != "relevance":
            ranked = _by_price(ranked, merged, descending=parsed.sort == "price_desc")
        hits = [
            SearchHit(product=c.product, score=c.score, variant_ids=_variants(c.product, merged))
            for c in ranked[offset:wanted]
        ]
        return SearchResult(hits=hits, query=parsed, filters=merged)

    def closeness(self, text: str, filters: SearchFilters | None = None) -> float:
        """The best cosine between the text's dense vector and a product's: how near the catalog
        comes to what was asked, whatever the ranking (the agent's "we don't carry that" reads it).
        """
        if not tokenize(text):
            return 0.0
        vector = self._query_vector(text)
        response = self.index.client.query_points(
            self.index.collection,
            query=vector,
            using=TEXT,
            query_filter=to_qdrant_filter(filters) if filters else None,
            limit=1,
            with_payload=False,
        )
        return float(response.points[0].score) if response.points else 0.0

    def lexical_coverage(self, text: str) -> float:
        """The share of the text's terms found in the best BM25 match's title, category and
        material: whether the catalog's own words are being used (0.0 when none are)."""
        terms = set(tokenize(text))
        sparse = query_vector(text)
        if not terms or not sparse.indices:
            return 0.0
        response = self.index.client.query_points(
            self.index.collection,
            query=models.SparseVector(indices=sparse.indices, values=sparse.values),
            using=BM25,
            limit=1,
            with_payload=True,
        )
        if not response.points or not response.points[0].payload:
            return 0.0
        words = set(product_words(product_from_payload(response.points[0].payload)))
        return len(terms & words) / len(terms)

    def similar_to_vector(
        self,
        vector: np.ndarray,
        *,
        using: str = IMAGE,
        filters: SearchFilters | None = None,
        limit: int = 10,
        exclude_ids: Sequence[str] = (),
    ) -> list[SearchHit]:
        """Nearest products to a vector (a photo's image vector, or a product's text vector)."""
        filters = filters or SearchFilters()
        if exclude_ids:
            filters = filters.model_copy(
                update={"exclude_ids": [*filters.exclude_ids, *exclude_ids]}
            )
        response = self.index.client.query_points(
            self.index.collection,
            query=np.asarray(vector, dtype=np.float32).tolist(),
            using=using,
            query_filter=to_qdrant_filter(filters),
            limit=limit + TIE_MARGIN,
            with_payload=True,
        )
        hits = [
            SearchHit(product=p, score=point.score, variant_ids=_variants(p, filters))
            for point in response.points
            if point.payload and (p := product_from_payload(point.payload))
        ]
        # Products photographed alike (one render for several hats) score exactly alike, and
        # Qdrant orders equal scores by segment position: two builds of one catalog listed three
        # hats in other orders. Equal scores go by id, so a photo's look-alikes are reproducible.
        hits.sort(key=lambda hit: (-hit.score, hit.product.id))
        return hits[:limit]

    def _understand(self, query: str | ParsedQuery, parse: bool) -> ParsedQuery:
        if isinstance(query, ParsedQuery):
            return query
        if parse:
            return parse_query(query, self.index.vocabulary())
        return ParsedQuery(
            original=query, text=query, filters=SearchFilters(), sort="relevance", category_hints=[]
        )

    def _ranked(self, parsed: ParsedQuery, filters: SearchFilters, depth: int) -> list[Candidate]:
        cfg = self.fusion
        prefetch: list[models.Prefetch] = []
        weights: list[float] = []
        if cfg.dense_weight > 0:
            dense = self._query_vector(parsed.text)
            prefetch.append(models.Prefetch(query=dense, using=TEXT, limit=cfg.dense_limit))
            weights.append(cfg.dense_weight)
        sparse = query_vector(parsed.text)
        if cfg.sparse_weight > 0 and sparse.indices:
            query = models.SparseVector(indices=sparse.indices, values=sparse.values)
            prefetch.append(models.Prefetch(query=query, using=BM25, limit=cfg.sparse_limit))
            weights.append(cfg.sparse_weight)
        if not prefetch:
            return []
        query_filter = to_qdrant_filter(filters)
        if cfg.method == "dbsf":
            response = self.index.client.query_points(
                self.index.collection,
                prefetch=prefetch,
                query=models.FusionQuery(fusion=models.Fusion.DBSF),
                query_filter=query_filter,
                limit=depth,
                with_payload=True,
            )
            candidates = _candidates(response.points)
        else:
            lists = [self._retrieve(fetch, query_filter) for fetch in prefetch]
            candidates = self._fetched(fuse(lists, weights, cfg.rrf_k, depth))
        if cfg.use_rerank:
            candidates = rerank(parsed, candidates, cfg.rerank_weights)
        return candidates

    def _retrieve(
        self, fetch: models.Prefetch, query_filter: models.Filter | None
    ) -> list[Retrieved]:
        """One retriever's ids and scores, for `fuse` (which ranks ties alike, unlike Qdrant's
        fusion). Payloads are fetched afterwards for the fused few: converting 100 per
        retriever made a search ~3x slower (bench/fusion_cost.py)."""
        response = self.index.client.query_points(
            self.index.collection,
            query=fetch.query,
            using=fetch.using,
            query_filter=query_filter,
            limit=fetch.limit or 10,
            with_payload=False,
        )
        return [Retrieved(str(p.id), float(p.score)) for p in response.points]

    def _fetched(self, fused: list[tuple[str, float]]) -> list[Candidate]:
        """Candidates in fused order, with their products read in one call."""
        if not fused:
            return []
        records = self.index.client.retrieve(self.index.collection, [key for key, _ in fused])
        payloads = {str(r.id): r.payload for r in records if r.payload}
        return [
            Candidate(product=product_from_payload(payloads[key]), score=score)
            for key, score in fused
            if key in payloads
        ]

    def _browse(self, filters: SearchFilters, wanted: int, sort: str) -> list[Candidate]:
        """No query words: the filtered catalog, cheapest/dearest first when asked."""
        order = None
        if sort != "relevance":
            direction = models.Direction.DESC if sort == "price_desc" else models.Direction.ASC
            order = models.OrderBy(key="min_price", direction=direction)
        records, _ = self.index.client.scroll(
            self.index.collection,
            scroll_filter=to_qdrant_filter(filters),
            limit=max(wanted, 1),
            order_by=order,
            with_payload=True,
        )
        return _candidates(records)


def _candidates(points: Sequence[Any]) -> list[Candidate]:
    return [
        Candidate(product=product_from_payload(p.payload), score=float(getattr(p, "score", 0.0)))
        for p in points
        if p.payload
    ]


def _variants(product: Product, filters: SearchFilters) -> list[str]:
    return matching_variant_ids(product, filters)


def _by_price(
    candidates: list[Candidate], filters: SearchFilters, *, descending: bool
) -> list[Candidate]:
    """Cheapest (or dearest) matching variant decides a product's place; ties keep relevance."""

    def price(candidate: Candidate) -> int:
        ids = set(matching_variant_ids(candidate.product, filters))
        amounts = [v.price.amount for v in candidate.product.variants if v.id in ids]
        if not amounts:
            return candidate.product.min_price.amount
        return max(amounts) if descending else min(amounts)

    return sorted(candidates, key=price, reverse=descending)
