"""Pluggable image understanding: the built-in EfficientNet-Lite0, or any `module:factory`.

A backend answers what it can about a picture (`PartialFacts`); `Vision` fills the rest with the
built-in pixel tools (colours, OCR) and the catalog (similar items, label transfer). A CLIP-like
encoder or a hosted multimodal model plugs in through `settings.image_backend`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
from PIL import Image

from aisle.nutrition import NutritionFacts
from aisle.settings import Settings
from vision.encoder import MODEL_NAME, EfficientNetLite0Encoder, ImageEncoder
from vision.facts import CategoryScore, ColorShare


class BackendUnavailable(RuntimeError):
    """`settings.image_backend` names nothing that can be loaded."""


@dataclass
class PartialFacts:
    """What a backend learned; None means "not my job, let the built-ins answer"."""

    colors: list[ColorShare] | None = None
    categories: list[CategoryScore] | None = None
    text: str | None = None
    nutrition: NutritionFacts | None = None
    embedding: np.ndarray | None = None
    views: np.ndarray | None = None  # embeddings of other views (the mirror), for voting
    imagenet_logits: np.ndarray | None = None
    early: np.ndarray | None = None  # the built-in encoder's early activations, for the colours
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class ImageUnderstanding(Protocol):
    """Answers questions about one (already safe, RGB, downscaled) image."""

    name: str

    def analyze(self, image: Image.Image, question: str | None) -> PartialFacts: ...


BackendFactory = Callable[[Settings], ImageUnderstanding]


class EfficientNetUnderstanding:
    """The built-in backend: an image embedding plus ImageNet logits from one forward pass."""

    name = MODEL_NAME

    def __init__(
        self, encoder: EfficientNetLite0Encoder | None = None, mirrored_view: bool = True
    ) -> None:
        self.encoder = encoder or EfficientNetLite0Encoder()
        self.mirrored_view = mirrored_view

    def analyze(self, image: Image.Image, question: str | None) -> PartialFacts:
        encoded = self.encoder.encode([image], self.mirrored_view)
        views = encoded.features[1:] if self.mirrored_view else None
        return PartialFacts(
            embedding=encoded.features[0],
            views=views,
            imagenet_logits=encoded.logits[0],
            early=encoded.early[0],
        )


_REGISTRY: dict[str, BackendFactory] = {
    MODEL_NAME: lambda settings: EfficientNetUnderstanding(
        mirrored_view=settings.image_test_time_views
    ),
}


def register_backend(name: str, factory: BackendFactory) -> None:
    """Make `settings.image_backend = name` build the backend with `factory(settings)`."""
    _REGISTRY[name] = factory


def load_backend(settings: Settings) -> ImageUnderstanding:
    """The backend named by `settings.image_backend`: a registered name or `module:factory`."""
    name = settings.image_backend
    if name in _REGISTRY:
        return _REGISTRY[name](settings)
    module_name, sep, attribute = name.partition(":")
    if not sep or not module_name or not attribute:
        known = ", ".join(sorted(_REGISTRY))
        raise BackendUnavailable(f"image backend {name!r} is not one of {known} or module:factory")
    try:
        factory = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise BackendUnavailable(f"cannot load image backend {name!r}: {exc}") from exc
    backend = factory(settings)
    if not isinstance(backend, ImageUnderstanding):
        raise BackendUnavailable(f"{name!r} did not return an ImageUnderstanding (needs analyze)")
    return backend


def encoder_of(backend: ImageUnderstanding) -> ImageEncoder | None:
    """The image encoder a backend brings for catalog vectors, if it brings one."""
    if isinstance(backend, ImageEncoder):
        return backend
    encoder = getattr(backend, "encoder", None)
    return encoder if isinstance(encoder, ImageEncoder) else None
