"""`Vision`: the one entry point for photos — intake, store, backend, colours, catalog, text."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from aisle.settings import Settings
from catalog.filters import SearchFilters
from catalog.model import Product
from vision.backends import ImageUnderstanding, PartialFacts, encoder_of, load_backend
from vision.classify import Neighbour, guess_category
from vision.colors import dominant_colors
from vision.embed_cache import EmbeddingCache
from vision.encoder import EfficientNetLite0Encoder, ImageEncoder
from vision.errors import ImageRejected
from vision.facts import ImageFacts, SimilarItem
from vision.intake import IntakeImage, accept_decoded, load_image
from vision.ocr import OcrResult, OcrUnavailable, read_text
from vision.product_text import read_product_text
from vision.store import ImageStore
from vision.text_cues import should_read_text

if TYPE_CHECKING:
    from catalog.search import CatalogSearch, SearchHit

log = logging.getLogger(__name__)

NEIGHBOURS = 10  # look-alikes that vote on the category


class Vision:
    """Answers questions about photos; models load on first use, not at `open`."""

    def __init__(
        self,
        settings: Settings,
        search: CatalogSearch | None,
        backend: ImageUnderstanding | None = None,
    ) -> None:
        self.settings = settings
        self.search = search
        self.store = ImageStore(settings.images_dir)
        self._backend = backend
        self._encoder: ImageEncoder | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, search: CatalogSearch | None) -> Vision:
        return cls(settings, search)

    @property
    def backend(self) -> ImageUnderstanding:
        with self._lock:
            if self._backend is None:
                self._backend = load_backend(self.settings)
            return self._backend

    @property
    def encoder(self) -> ImageEncoder:
        """The encoder of catalog image vectors: the backend's own, else EfficientNet-Lite0."""
        backend = self.backend
        with self._lock:
            if self._encoder is None:
                self._encoder = encoder_of(backend) or EfficientNetLite0Encoder()
            return self._encoder

    def warm_up(self) -> None:
        """Load the image model and run it once, so the first photo is as fast as the rest."""
        self.backend.analyze(Image.new("RGB", (64, 64), (128, 128, 128)), None)
        if self.search is not None:
            self.encoder  # noqa: B018 - loading is the point

    def intake(self, image: bytes | Path | str | Image.Image) -> IntakeImage:
        """Check, decode and store an upload; raises an `ImageRejected` subclass if refused."""
        if isinstance(image, Image.Image):
            accepted = accept_decoded(image)
        else:
            accepted = load_image(
                image, self.settings.max_image_bytes, self.settings.max_image_pixels
            )
        self.store.put(accepted.data)
        return accepted

    def analyze_image(
        self,
        image: bytes | Path | str | Image.Image,
        question: str | None = None,
        filters: SearchFilters | None = None,
        limit: int = 5,
    ) -> ImageFacts:
        """Colours, category, similar products and (when useful) text and nutrition facts."""
        accepted = self.intake(image)
        working = accepted.image
        warnings: list[str] = []
        partial = self._ask_backend(working, question, warnings)
        embedding = partial.embedding
        if embedding is None and self.search is not None:
            embedding = self.encoder.embed([working])[0]
        filters = self._filters_from_question(question, filters)
        neighbours, similar = self._look_alikes(embedding, filters, limit, warnings)
        guess = guess_category(
            [Neighbour(tuple(hit.product.category), hit.score) for hit in neighbours],
            partial.imagenet_logits,
            extra={tuple(c.label.split(" > ")): c.score for c in partial.categories or []},
        )
        text, label_text = partial.text, partial.text
        if text is None and should_read_text(question, working, partial.imagenet_logits):
            ocr = self._read_text(accepted.for_reading(self.settings.max_image_pixels), warnings)
            text, label_text = (ocr.text or None, ocr.all_text) if ocr else (None, None)
        reading = (
            read_product_text(text, self.search, warnings, label_text=label_text) if text else None
        )
        return ImageFacts(
            image_id=accepted.sha256,
            colors=partial.colors if partial.colors is not None else dominant_colors(working),
            categories=guess.categories,
            unsure=guess.unsure,
            similar=[
                SimilarItem(id=h.product.id, score=round(h.score, 4), variant_ids=h.variant_ids)
                for h in similar
            ],
            text=text,
            nutrition=partial.nutrition or (reading.nutrition if reading else None),
            product_text=reading.product_text if reading else None,
            text_matches=reading.matches if reading else [],
            warnings=warnings,
        )

    def embed_products(self, products: Sequence[Product]) -> list[np.ndarray | None]:
        """Image vector of each product's first local image (None when it has none); cached."""
        encoder = self.encoder
        cache = EmbeddingCache(
            self.settings.images_dir / "vectors",
            f"{encoder.name}-{getattr(encoder, 'version', '0')}",
            encoder.dim,
        )
        vectors: list[np.ndarray | None] = [None] * len(products)
        pending: list[tuple[int, str, Image.Image]] = []
        for i, product in enumerate(products):
            path = first_local_image(product)
            if path is None:
                continue
            try:
                accepted = load_image(
                    path, self.settings.max_image_bytes, self.settings.max_image_pixels
                )
            except ImageRejected as exc:
                log.warning("product %s: image %s skipped: %s", product.id, path, exc)
                continue
            cached = cache.get(accepted.sha256)
            if cached is not None:
                vectors[i] = cached
            else:
                pending.append((i, accepted.sha256, accepted.image))
        if pending:
            computed = encoder.embed([image for _, _, image in pending])
            for (i, digest, _), vector in zip(pending, computed, strict=True):
                cache.put(digest, vector)
                vectors[i] = vector
        return vectors

    def _ask_backend(
        self, image: Image.Image, question: str | None, warnings: list[str]
    ) -> PartialFacts:
        backend = self.backend
        try:
            partial = backend.analyze(image, question)
        except Exception as exc:  # a hosted model being down must not break photo answers
            log.exception("image backend %s failed", backend.name)
            warnings.append(f"image backend {backend.name} failed: {exc}")
            return PartialFacts()
        warnings.extend(partial.warnings)
        return partial

    def _filters_from_question(
        self, question: str | None, filters: SearchFilters | None
    ) -> SearchFilters | None:
        """Constraints the question itself sets on similar items: "in blue?", "under $50"."""
        if not question or self.search is None:
            return filters
        from catalog.query import parse_query

        parsed = parse_query(question, self.search.index.vocabulary()).filters
        return parsed.refined_by(filters) if filters else parsed

    def _look_alikes(
        self,
        embedding: np.ndarray | None,
        filters: SearchFilters | None,
        limit: int,
        warnings: list[str],
    ) -> tuple[list[SearchHit], list[SearchHit]]:
        """(unfiltered neighbours for the category vote, filtered similar items to show)."""
        if self.search is None or embedding is None:
            warnings.append("no catalog to compare the image with")
            return [], []
        try:
            neighbours = self.search.similar_to_vector(
                embedding, using="image", limit=max(NEIGHBOURS, limit)
            )
            if filters is None or filters.is_empty():
                return neighbours, neighbours[:limit]
            similar = self.search.similar_to_vector(
                embedding, using="image", filters=filters, limit=limit
            )
            return neighbours, similar
        except Exception as exc:  # an index without image vectors still answers colours
            log.warning("image search failed: %s", exc)
            warnings.append(f"similar-item search is unavailable: {exc}")
            return [], []

    def _read_text(self, image: Image.Image, warnings: list[str]) -> OcrResult | None:
        try:
            return read_text(image)
        except OcrUnavailable as exc:
            warnings.append(f"text in photos is off: {exc}")
            return None


def first_local_image(product: Product) -> Path | None:
    """The first image of a product (or else of its variants) that is a file on this machine."""
    references = [*product.images, *(v.image for v in product.variants if v.image)]
    for reference in references:
        if reference.lower().startswith(("http://", "https://", "data:")):
            continue
        path = Path(reference)
        if path.is_file():
            return path
    return None
