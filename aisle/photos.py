"""Photo answers: where vision's pixel facts meet the catalog.

`vision.Vision` says what the pixels show (colours, an embedding, ImageNet classes, printed
text); `catalog.similar` finds products by vector and by name. This module combines them into
`ImageFacts`: the kind of item (the store's own classifier, look-alike votes and, for stores too
small to learn from, the ImageNet mapping), look-alikes re-ranked by that kind, and the products
a label names. The kind classifier is fitted on the store's image vectors and product types
and refitted when the catalog changes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from aisle.catalog_images import first_local_image, image_id, local_images, store_catalog_images
from aisle.settings import Settings
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.label_products import LabelProducts, label_products
from catalog.model import Product
from catalog.printed_names import PrintedNames
from catalog.similar import (
    TEXT_MATCHES,
    categories_named_in,
    filters_from_question,
    image_vectors_by_kind,
    look_alikes,
    of_brand_first,
    printed_names,
)
from vision.backends import ImageUnderstanding
from vision.classify import Neighbour, guess_category
from vision.facts import ImageFacts, ProductText, SimilarItem
from vision.kind import KindClassifier, fit_kind_classifier
from vision.nutrition import parse_size
from vision.service import REHEARSAL_QUESTION, PixelFacts, Vision
from vision.store import ImageStore

if TYPE_CHECKING:
    from catalog.search import CatalogSearch

log = logging.getLogger(__name__)

KIND_RERANK_WEIGHT = 0.5  # how far the photo's likely kind lifts look-alikes (catalog CV)
COLOUR_RERANK_WEIGHT = 0.05
"""How far coming in the photo's colour lifts a look-alike: catalog images of one kind often
share a shape and differ in colour (best look-alike right on the 60 sample photos:
`python -m bench.photo_kinds`)."""
COLOUR_SURE = 0.5  # the photo's main colour counts from this confidence
REFIT_AFTER_SECONDS = 30.0  # during a live import, refit at most this often


class PhotoAnswers:
    """The photo answers the agent's tool and `POST /v1/images/analyze` give."""

    def __init__(
        self,
        settings: Settings,
        search: CatalogSearch | None,
        backend: ImageUnderstanding | None = None,
    ) -> None:
        self.settings = settings
        self.search = search
        self.vision = Vision(settings, backend)
        self._kind: KindClassifier | None = None
        self._kind_revision: object = None
        self._kind_fitted_at = 0.0
        self._names: PrintedNames | None = None
        self._names_revision: object = None
        self._labels: LabelProducts | None = None
        self._labels_revision: object = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, search: CatalogSearch | None) -> PhotoAnswers:
        return cls(settings, search)

    @property
    def store(self) -> ImageStore:
        return self.vision.store

    def analyze_image(
        self,
        image: bytes | Path | str | Image.Image,
        question: str | None = None,
        filters: SearchFilters | None = None,
        limit: int = 5,
    ) -> ImageFacts:
        """Colours, kind, similar products and (when useful) text and nutrition facts."""
        return self._facts(self.vision.look(image, question), question, filters, limit)

    def _facts(
        self,
        pixels: PixelFacts,
        question: str | None,
        filters: SearchFilters | None,
        limit: int,
    ) -> ImageFacts:
        warnings = pixels.warnings
        kind = self.kind_classifier()
        learned = self._learned_votes(kind, pixels)
        neighbours: list = []
        similar: list = []
        reading = self._read_label(pixels)
        if self.search is None or pixels.embedding is None:
            warnings.append("no catalog to compare the image with")
        else:
            found = look_alikes(
                self.search,
                pixels.embedding,
                filters_from_question(self.search, question, filters),
                limit,
                warnings,
                kind_votes=learned,
                kind_weight=KIND_RERANK_WEIGHT,
                named_categories=categories_named_in(self.search, question),
                colour=_sure_colour(pixels),
                colour_weight=COLOUR_RERANK_WEIGHT,
                own_images=partial(self.own_image_vectors, colour=_sure_colour(pixels)),
            )
            neighbours, similar = found.neighbours, found.similar
            if reading[0] and reading[0].brand:
                similar = of_brand_first(similar, reading[0].brand)
        guess = guess_category(
            [Neighbour(tuple(hit.product.category), hit.score) for hit in neighbours],
            pixels.imagenet_logits,
            extra={tuple(c.label.split(" > ")): c.score for c in pixels.categories},
            learned=learned,
        )
        return ImageFacts(
            image_id=pixels.image_id,
            colors=pixels.colors.colors,
            main_color=pixels.colors.main,
            color_confidence=pixels.colors.confidence,
            categories=guess.categories,
            unsure=guess.unsure,
            similar=[
                SimilarItem(id=h.product.id, score=round(h.score, 4), variant_ids=h.variant_ids)
                for h in similar
            ],
            text=pixels.text,
            nutrition=pixels.nutrition,
            product_text=reading[0],
            text_matches=reading[1],
            warnings=warnings,
        )

    def warm_up(self) -> None:
        """Load the image model, fit the kind classifier and answer the vision warm-up's photo
        (look-alikes by image vector, label reading) before the first photo needs them."""
        pixels = self.vision.warm_up()
        if self.search is not None:
            self.kind_classifier()
            self.printed_names()
            self.label_products()
            self._facts(pixels, REHEARSAL_QUESTION, None, 1)

    def embed_products(self, products: Sequence[Product]) -> list[np.ndarray | None]:
        """Image vector of each product's first local image (None when it has none); cached,
        with the vectors of its other images, which look-alikes are scored by."""
        store = self.vision.store
        others = [path for p in products for path in local_images(p, store)[1:]]
        self.vision.embed_paths(others)
        return self.vision.embed_paths([first_local_image(p, store) for p in products])

    def own_image_vectors(self, product: Product, colour: str | None = None) -> list[np.ndarray]:
        """The vectors of a product's stored pictures: those of its variants in the photo's
        colour when it comes in it (a sage lamp photo against the sage lamp's picture), else
        every picture of it and its variants."""
        coloured = [v.image for v in product.variants if v.image and _in_family(v.color, colour)]
        references = coloured or [*product.images, *(v.image for v in product.variants if v.image)]
        ids = list(dict.fromkeys(i for r in references if (i := image_id(r))))
        return [v for v in self.vision.stored_vectors(ids) if v is not None]

    def store_catalog_images(self, products: Sequence[Product]) -> list[Product]:
        """Local images of imported products, re-encoded into the image store (see
        `aisle.catalog_images`)."""
        return store_catalog_images(
            products,
            self.vision.store,
            self.settings.max_image_bytes,
            self.settings.max_image_pixels,
        )

    def catalog_changed(self) -> None:
        """Forget the kind classifier: the next photo refits it on the catalog as it is now."""
        with self._lock:
            self._kind_revision = None
            self._kind_fitted_at = 0.0

    def kind_classifier(self) -> KindClassifier | None:
        """The store's classifier, refitted when the catalog's image vectors changed."""
        if self.search is None:
            return None
        index = self.search.index
        revision = getattr(index, "revision", None)
        with self._lock:
            stale = self._kind_revision is None or revision != self._kind_revision
            recent = time.monotonic() - self._kind_fitted_at < REFIT_AFTER_SECONDS
            if not stale or (self._kind is not None and recent):
                return self._kind
            try:
                pairs = list(image_vectors_by_kind(index))
            except Exception as exc:  # no image vectors (or a fake index): no classifier
                log.info("kind classifier not fitted: %s", exc)
                pairs = []
            self._kind = fit_kind_classifier([v for _, v in pairs], [k for k, _ in pairs])
            self._kind_revision = revision if revision is not None else object()
            self._kind_fitted_at = time.monotonic()
            return self._kind

    @staticmethod
    def _learned_votes(
        kind: KindClassifier | None, pixels: PixelFacts
    ) -> dict[tuple[str, ...], float] | None:
        if kind is None or pixels.embedding is None:
            return None
        views = [pixels.embedding]
        if pixels.views is not None:
            views.extend(pixels.views)
        return kind.votes(np.stack(views))

    def _read_label(self, pixels: PixelFacts) -> tuple[ProductText | None, list[SimilarItem]]:
        """The printed size, brand and product names (of a package, not of a nutrition label)."""
        if not pixels.text:
            return None, []
        size = parse_size(pixels.text)
        brand = None
        matches: list[SimilarItem] = []
        names = self.printed_names()
        if names is not None and pixels.nutrition is None:
            named = names.named_in(pixels.text)[:TEXT_MATCHES]
            matches = [SimilarItem(id=n.product_id, score=n.share) for n in named]
            brand = names.brand_in(pixels.text)
        elif pixels.nutrition is not None and (labels := self.label_products()) is not None:
            found = labels.matching(pixels.nutrition)[:TEXT_MATCHES]  # the panel's own figures
            matches = [SimilarItem(id=m.product_id, score=round(m.share, 4)) for m in found]
        product_text = ProductText(brand=brand, size=size) if brand or size else None
        return product_text, matches

    def label_products(self) -> LabelProducts | None:
        """Every product's nutrition figures, to tell whose label a photo shows; on change."""
        if self.search is None:
            return None
        index = self.search.index
        revision = getattr(index, "revision", None)
        with self._lock:
            if self._labels is None or revision is None or revision != self._labels_revision:
                try:
                    self._labels = label_products(index)
                except Exception as exc:  # a fake index without payloads: no figures to match
                    log.info("label figures not read: %s", exc)
                    self._labels = LabelProducts([])
                self._labels_revision = revision
            return self._labels

    def printed_names(self) -> PrintedNames | None:
        """The catalog's titles and brands to look for in printed text; rebuilt on change."""
        if self.search is None:
            return None
        index = self.search.index
        revision = getattr(index, "revision", None)
        with self._lock:
            if self._names is None or revision is None or revision != self._names_revision:
                try:
                    self._names = printed_names(index)
                except Exception as exc:  # a fake index without payloads: no names to read
                    log.info("printed names not read: %s", exc)
                    self._names = PrintedNames({}, {})
                self._names_revision = revision
            return self._names


def _sure_colour(pixels: PixelFacts) -> str | None:
    """The photo's main colour family when the pixels are fairly sure of it."""
    colors = pixels.colors
    if colors.main and colors.main != "multicolour" and colors.confidence >= COLOUR_SURE:
        return colors.main
    return None


def _in_family(colour: str | None, family: str | None) -> bool:
    return bool(colour and family) and color_family(colour) == family
