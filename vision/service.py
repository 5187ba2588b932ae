"""`Vision`: the pixel core for photos — intake, store, backend, colours, embeddings, text.

It answers from pixels only and knows nothing about the catalog: similar products, the store's
own kind classifier and the products named by printed text are combined with these facts one
level up (`aisle.photos`), which is where vision meets the catalog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from aisle.nutrition import NutritionFacts
from aisle.settings import Settings
from vision.backends import ImageUnderstanding, PartialFacts, encoder_of, load_backend
from vision.colors import ColorSummary, color_summary
from vision.colour_namer import shipped_namer
from vision.embed_cache import EmbeddingCache
from vision.encoder import EfficientNetLite0Encoder, ImageEncoder, encoder_tag
from vision.errors import ImageRejected
from vision.facts import CategoryScore
from vision.intake import IntakeImage, accept_decoded, load_image
from vision.nutrition import parse_nutrition
from vision.ocr import OcrResult, OcrUnavailable, read_text, tesseract_available
from vision.store import ImageStore
from vision.text_cues import should_read_text

log = logging.getLogger(__name__)
REHEARSAL_QUESTION = "what does the label say?"  # asks for its text: OCR runs too


@dataclass
class PixelFacts:
    """What the pixels say, before any catalog is consulted."""

    image_id: str
    colors: ColorSummary
    embedding: np.ndarray | None = None
    views: np.ndarray | None = None  # extra embeddings of the same photo (mirror), for voting
    imagenet_logits: np.ndarray | None = None
    categories: list[CategoryScore] = field(default_factory=list)  # a backend's own answer
    text: str | None = None
    label_text: str | None = None
    nutrition: NutritionFacts | None = None
    warnings: list[str] = field(default_factory=list)


class Vision:
    """Answers questions about photos; models load on first use, not at construction."""

    def __init__(self, settings: Settings, backend: ImageUnderstanding | None = None) -> None:
        self.settings = settings
        self.store = ImageStore(settings.images_dir)
        self._backend = backend
        self._encoder: ImageEncoder | None = None
        self._lock = threading.Lock()

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

    def warm_up(self) -> PixelFacts:
        """Load the image model and read a made-up photo through every step, text included, so
        the first photo is as fast as the rest. Nothing is stored; its facts are returned."""
        tesseract_available()  # imports pytesseract and asks tesseract its version, once
        photo = accept_decoded(Image.new("RGB", (64, 64), (128, 128, 128)))
        facts = self.look_at(photo, REHEARSAL_QUESTION)
        self.encoder  # noqa: B018 - loading is the point
        return facts

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

    def look(
        self, image: bytes | Path | str | Image.Image, question: str | None = None
    ) -> PixelFacts:
        """Colours, embedding (plus a mirrored view), ImageNet logits and, when useful, text."""
        return self.look_at(self.intake(image), question)

    def look_at(self, accepted: IntakeImage, question: str | None = None) -> PixelFacts:
        """`look` at an image already taken in (and stored, unless it is the warm-up's)."""
        working = accepted.image
        warnings: list[str] = []
        partial = self._ask_backend(working, question, warnings)
        embedding, views, early = partial.embedding, partial.views, partial.early
        source = encoder_of(self.backend) if embedding is not None else None
        if embedding is None:
            try:
                embedding, early, source = *_encoded(self.encoder, working), self.encoder
            except Exception as exc:  # no image model: colours and text still answer
                log.warning("image encoder failed: %s", exc)
                warnings.append(f"image embedding is unavailable: {exc}")
        text, label_text = partial.text, partial.text
        if text is None and should_read_text(question, working, partial.imagenet_logits):
            ocr = self._read_text(accepted.for_reading(self.settings.max_image_pixels), warnings)
            text, label_text = (ocr.text or None, ocr.all_text) if ocr else (None, None)
        nutrition = partial.nutrition or (parse_nutrition(label_text) if label_text else None)
        for_colour, early_for_colour = _for_colour(embedding, early, source)
        return PixelFacts(
            image_id=accepted.sha256,
            colors=(
                ColorSummary(partial.colors, partial.colors[0].name, 0.5)
                if partial.colors
                else color_summary(working, embedding=for_colour, early=early_for_colour)
            ),
            embedding=embedding,
            views=views,
            imagenet_logits=partial.imagenet_logits,
            categories=list(partial.categories or []),
            text=text,
            label_text=label_text,
            nutrition=nutrition,
            warnings=warnings,
        )

    def embed_paths(self, paths: Sequence[Path | None]) -> list[np.ndarray | None]:
        """Image vector of each file (None for None or a refused file); cached by content."""
        encoder = self.encoder
        cache = EmbeddingCache(
            self.settings.images_dir / "vectors", encoder_tag(encoder), encoder.dim
        )
        vectors: list[np.ndarray | None] = [None] * len(paths)
        pending: list[tuple[int, str, Image.Image]] = []
        for i, path in enumerate(paths):
            if path is None:
                continue
            try:
                accepted = load_image(
                    path, self.settings.max_image_bytes, self.settings.max_image_pixels
                )
            except ImageRejected as exc:
                log.warning("image %s skipped: %s", path, exc)
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

    def stored_vectors(self, image_ids: Sequence[str]) -> list[np.ndarray | None]:
        """Image vector of each stored image (None when not in the store): from the cache by its
        id (the content hash) without decoding it, embedded only when not cached yet."""
        encoder = self.encoder
        cache = EmbeddingCache(
            self.settings.images_dir / "vectors", encoder_tag(encoder), encoder.dim
        )
        vectors = [cache.get(i) for i in image_ids]
        missing = [n for n, v in enumerate(vectors) if v is None and image_ids[n] in self.store]
        if missing:
            found = self.embed_paths([self.store.get(image_ids[n]) for n in missing])
            for n, vector in zip(missing, found, strict=True):
                vectors[n] = vector
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

    def _read_text(self, image: Image.Image, warnings: list[str]) -> OcrResult | None:
        try:
            return read_text(image)
        except OcrUnavailable as exc:
            warnings.append(f"text in photos is off: {exc}")
            return None


def _encoded(encoder: ImageEncoder, image: Image.Image) -> tuple[np.ndarray, np.ndarray | None]:
    """The image's embedding, and its early activations when the encoder is the built-in one."""
    if isinstance(encoder, EfficientNetLite0Encoder):
        encoded = encoder.encode([image])
        return encoded.features[0], encoded.early[0]
    return encoder.embed([image])[0], None


def _for_colour(
    embedding: np.ndarray | None, early: np.ndarray | None, source: ImageEncoder | None
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The vectors, if the colour namer was fitted on vectors of the encoder that made them."""
    namer = shipped_namer()
    if embedding is None or source is None or namer is None:
        return None, None
    if not namer.reads_embeddings_of(encoder_tag(source)):
        return None, None
    return embedding, early
