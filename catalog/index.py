"""The catalog in Qdrant: one point per product with text, BM25 and (optional) image vectors."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
from qdrant_client import QdrantClient, models
from qdrant_client.local.qdrant_local import QdrantLocal

from aisle.settings import Settings
from catalog.colors import color_family
from catalog.edge import EdgeClient
from catalog.embed import TEXT_DIM
from catalog.model import Product, StockLevel, point_id
from catalog.payload import (
    HASH_KEY,
    PRODUCT_KEY,
    product_from_payload,
    product_payload,
    stock_payload,
)
from catalog.sparse import SparseVector

if TYPE_CHECKING:
    from catalog.query import Vocabulary

TEXT = "text"
BM25 = "bm25"
IMAGE = "image"
IMAGE_DIM = 1280

_KEYWORD_FIELDS = (
    "id",
    "brand",
    "category",
    "words",
    "variants[].color_family",
    "variants[].color",
    "variants[].size",
    "variants[].currency",
)
_INTEGER_FIELDS = ("variants[].price", "min_price")
_BOOL_FIELDS = ("variants[].in_stock", "in_stock")


class VectorMismatch(RuntimeError):
    """Vectors and products handed to the index do not line up."""


class CatalogIndex:
    """Owns the Qdrant collection; knows nothing about models or query parsing."""

    def __init__(self, client: QdrantClient | EdgeClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self.collection = settings.collection
        self.currency = settings.currency
        self.is_local = isinstance(client, QdrantClient) and isinstance(client._client, QdrantLocal)
        self._vocabulary: Vocabulary | None = None
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()  # a stock update reads, then writes, a payload
        self._bulk_writers = 0
        self.revision = 0  # bumped by every write: what was fitted on the catalog can tell

    @classmethod
    def open(cls, settings: Settings) -> CatalogIndex:
        """A Qdrant server when `qdrant_url` is set, else Qdrant Edge in-process, on disk."""
        client: QdrantClient | EdgeClient
        if settings.qdrant_url:
            key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
            client = QdrantClient(url=settings.qdrant_url, api_key=key)
        else:
            client = EdgeClient(settings.qdrant_path / "edge")
        index = cls(client, settings)
        index.ensure_collection()
        return index

    def close(self) -> None:
        self.client.close()

    def ensure_collection(self) -> None:
        if self.client.collection_exists(self.collection):
            return
        self.client.create_collection(
            self.collection,
            vectors_config={
                TEXT: models.VectorParams(size=TEXT_DIM, distance=models.Distance.COSINE),
                IMAGE: models.VectorParams(size=IMAGE_DIM, distance=models.Distance.COSINE),
            },
            sparse_vectors_config={BM25: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )
        if self.is_local:
            return  # local mode has no payload indexes (and warns when asked for them)
        schema = models.PayloadSchemaType
        for name, kind in (
            *((f, schema.KEYWORD) for f in _KEYWORD_FIELDS),
            *((f, schema.INTEGER) for f in _INTEGER_FIELDS),
            *((f, schema.BOOL) for f in _BOOL_FIELDS),
        ):
            self.client.create_payload_index(self.collection, name, field_schema=kind)

    def upsert(
        self,
        products: Sequence[Product],
        text_vectors: np.ndarray,
        sparse_vectors: Sequence[SparseVector],
        image_vectors: Sequence[np.ndarray | None] | None = None,
        content_hashes: Sequence[str] | None = None,
    ) -> None:
        """Write products with their vectors; `content_hashes` (default: each product's own)
        are what the next import compares with, so a product stored with commerce's stock
        keeps its feed's hash."""
        if not (len(products) == len(text_vectors) == len(sparse_vectors)):
            raise VectorMismatch("products, text vectors and sparse vectors differ in length")
        if image_vectors is not None and len(image_vectors) != len(products):
            raise VectorMismatch("image vectors and products differ in length")
        points = []
        for i, product in enumerate(products):
            vector: dict[str, Any] = {
                TEXT: text_vectors[i].tolist(),
                BM25: models.SparseVector(
                    indices=sparse_vectors[i].indices, values=sparse_vectors[i].values
                ),
            }
            if image_vectors is not None and image_vectors[i] is not None:
                vector[IMAGE] = np.asarray(image_vectors[i], dtype=np.float32).tolist()
            points.append(
                models.PointStruct(
                    id=product.point_id,
                    vector=vector,
                    payload=product_payload(
                        product, content_hashes[i] if content_hashes is not None else None
                    ),
                )
            )
        if points:
            with self._write_lock:
                self.client.upsert(self.collection, points=points, wait=True)
                self.revision += 1
            self._forget_vocabulary()

    def set_stock(self, levels: Mapping[str, Mapping[str, StockLevel]]) -> int:
        """Write commerce's stock into the stored products; returns how many products changed.

        `levels` maps product id → variant id → level. The stored product (what `get` returns)
        and the `in_stock` filter fields move together.
        """
        with self._write_lock:
            changed = 0
            for product in self.get_many(levels):
                updated = product.with_stock(levels[product.id])
                if updated == product:
                    continue
                points: list[models.ExtendedPointId] = [product.point_id]
                self.client.set_payload(self.collection, stock_payload(updated), points, wait=True)
                changed += 1
            return changed

    def get(self, product_id: str) -> Product | None:
        found = self.get_many([product_id])
        return found[0] if found else None

    def get_many(self, ids: Iterable[str]) -> list[Product]:
        """Products in the order asked, skipping unknown ids."""
        wanted = list(ids)
        if not wanted:
            return []
        records = self.client.retrieve(self.collection, [point_id(i) for i in wanted])
        by_id = {r.payload["id"]: product_from_payload(r.payload) for r in records if r.payload}
        return [by_id[i] for i in wanted if i in by_id]

    def content_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored content hash per known id; ingest skips products whose hash is unchanged."""
        wanted = list(ids)
        if not wanted:
            return {}
        records = self.client.retrieve(
            self.collection,
            [point_id(i) for i in wanted],
            with_payload=models.PayloadSelectorInclude(include=["id", HASH_KEY]),
        )
        return {r.payload["id"]: r.payload[HASH_KEY] for r in records if r.payload}

    def count(self) -> int:
        return self.client.count(self.collection, exact=True).count

    def delete(self, ids: Iterable[str]) -> None:
        points: list[models.ExtendedPointId] = [point_id(i) for i in ids]
        if points:
            with self._write_lock:
                self.client.delete(self.collection, models.PointIdsList(points=points), wait=True)
                self.revision += 1
            self._forget_vocabulary()

    def all_ids(self) -> Iterator[str]:
        for payload in self._scroll_payloads(["id"]):
            yield payload["id"]

    def vocabulary(self) -> Vocabulary:
        """Colour families, sizes, brands and category names present; rebuilt after writes."""
        with self._lock:
            if self._vocabulary is None:
                self._vocabulary = self._build_vocabulary()
            return self._vocabulary

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """Searches keep the vocabulary they have until these writes end, then see the new one.

        Rebuilding it scrolls the whole catalog (~0.8 s at 20k products); during a live import
        every batch would otherwise make nearly every search pay that.
        """
        with self._lock:
            self._bulk_writers += 1
        try:
            yield
        finally:
            with self._lock:
                self._bulk_writers -= 1
                self._vocabulary = None

    def _forget_vocabulary(self) -> None:
        with self._lock:
            if not self._bulk_writers:
                self._vocabulary = None

    def _build_vocabulary(self) -> Vocabulary:
        from catalog.colour_names import ColourNames
        from catalog.everyday_words import EverydayWords
        from catalog.kind_words import kind_words_in
        from catalog.query import Vocabulary

        colors: set[str] = set()
        sizes: set[str] = set()
        brands: set[str] = set()
        categories: set[str] = set()
        departments: Counter[str] = Counter()
        kind_words_used: set[str] = set()
        everyday = EverydayWords()
        colour_names = ColourNames()
        fields = ["brand", "category", "title", "variants"]
        for payload in self._scroll_payloads([f"{PRODUCT_KEY}.{f}" for f in fields]):
            product = payload.get(PRODUCT_KEY) or {}
            if product.get("brand"):
                brands.add(product["brand"])
            category = product.get("category") or []
            categories.update(category)
            departments.update(category[:1])
            everyday.add(product.get("title") or "", category, product.get("brand"))
            kind_words_used |= kind_words_in(" | ".join([product.get("title") or "", *category]))
            families: set[str] = set()
            for variant in product.get("variants") or []:
                options = variant.get("options") or {}
                family = color_family(options.get("color"))
                if family:
                    families.add(family)
                if options.get("size"):
                    sizes.add(options["size"])
            colors |= families
            colour_names.add([product.get("title") or "", *category], families)
        return Vocabulary(
            colors=frozenset(colors),
            sizes=frozenset(sizes),
            brands=frozenset(brands),
            ambiguous_brands=everyday.ambiguous(brands),
            categories=frozenset(categories),
            currency=self.currency,
            kind_words_used=frozenset(kind_words_used),
            departments=tuple(sorted(departments, key=lambda name: (-departments[name], name))),
            colour_names=colour_names.phrases(),
        )

    def _scroll_payloads(self, fields: list[str]) -> Iterator[dict[str, Any]]:
        offset: Any = None
        while True:
            records, offset = self.client.scroll(
                self.collection,
                limit=1024,
                offset=offset,
                with_payload=models.PayloadSelectorInclude(include=fields),
            )
            for record in records:
                if record.payload:
                    yield record.payload
            if offset is None:
                return
