"""Test doubles: a model-free image backend and an in-memory catalog search."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from aisle.money import Money
from aisle.settings import Settings
from catalog.filters import SearchFilters
from catalog.model import Product, Variant
from catalog.query import Vocabulary
from catalog.search import SearchHit
from vision.backends import PartialFacts
from vision.facts import CategoryScore

DIM = 8


class FakeUnderstanding:
    """A backend that is also an encoder: a fixed vector per dominant channel, no torch."""

    name = "fake"
    dim = DIM

    def __init__(self, categories: list[CategoryScore] | None = None) -> None:
        self.categories = categories
        self.calls = 0
        self.embedded = 0

    def analyze(self, image: Image.Image, question: str | None) -> PartialFacts:
        self.calls += 1
        return PartialFacts(categories=self.categories, embedding=self.embed([image])[0])

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        self.embedded += len(images)
        rows = np.zeros((len(images), DIM), dtype=np.float32)
        for i, image in enumerate(images):
            mean = np.asarray(image.convert("RGB"), dtype=np.float32).mean(axis=(0, 1))
            rows[i, :3] = mean + 1
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def make_fake_backend(settings: Settings) -> FakeUnderstanding:
    """`image_backend = "tests.vision.fakes:make_fake_backend"`."""
    return FakeUnderstanding([CategoryScore(label="Home > Drinkware > Mugs", score=0.9)])


class _Index:
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(colors=frozenset({"red", "blue"}))


@dataclass
class FakeSearch:
    """Returns its products in order; records the filters it was asked with."""

    products: list[Product]
    calls: list[SearchFilters | None] = field(default_factory=list)
    index: _Index = field(default_factory=_Index)

    def similar_to_vector(
        self,
        vector: np.ndarray,
        *,
        using: str = "image",
        filters: SearchFilters | None = None,
        limit: int = 10,
        exclude_ids: Sequence[str] = (),
    ) -> list[SearchHit]:
        self.calls.append(filters)
        wanted = [p for p in self.products if p.id not in exclude_ids]
        if filters and filters.price_max is not None:
            wanted = [p for p in wanted if p.min_price.amount <= filters.price_max]
        return [
            SearchHit(product=p, score=0.9 - 0.1 * i, variant_ids=[p.variants[0].id])
            for i, p in enumerate(wanted[:limit])
        ]


def make_product(
    product_id: str, category: list[str], price: int = 1999, image: str | None = None
) -> Product:
    return Product(
        id=product_id,
        title=f"Product {product_id}",
        category=category,
        images=[image] if image else [],
        variants=[Variant(id=f"{product_id}-1", price=Money(amount=price, currency="USD"))],
    )


def shape_on_background(
    color: tuple[int, int, int],
    background: tuple[int, int, int] = (255, 255, 255),
    size: tuple[int, int] = (300, 300),
) -> Image.Image:
    """A T-shirt-like silhouette in `color`, centred on a plain background."""
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle([w * 0.3, h * 0.25, w * 0.7, h * 0.85], fill=color)
    draw.polygon([(w * 0.3, h * 0.25), (w * 0.12, h * 0.42), (w * 0.3, h * 0.5)], fill=color)
    draw.polygon([(w * 0.7, h * 0.25), (w * 0.88, h * 0.42), (w * 0.7, h * 0.5)], fill=color)
    return image


def png_bytes(image: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()
