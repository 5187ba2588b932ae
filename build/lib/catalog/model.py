"""What a store sells: products with variants, each variant with its own price and stock."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import NamedTuple

from pydantic import BaseModel, Field, field_validator, model_validator

from aisle.money import MAX_MINOR_UNITS, Money
from aisle.nutrition import NutritionFacts as NutritionFacts

# Stable point ids: the same merchant id always maps to the same Qdrant point.
_POINT_NAMESPACE = uuid.UUID("5b8f1f0e-6c1a-4d5e-9a37-2f3c7b9d1a10")
# Bumped when what a stored product means changes (2: images from the image store; 3: "-ie"
# words stem like their "-ies" plurals in the BM25 terms and payload words), so every product
# is written once more by the next import.
_HASH_VERSION = "3"

MAX_AMOUNT = MAX_MINOR_UNITS  # a price must fit a signed 64-bit integer of minor units
MAX_STOCK = 1_000_000  # units on hand per variant; more is a feed error, not a warehouse
IMAGE_REF_PREFIX = "image:"  # "image:<sha256>": an image in the content-addressed image store

INDEX_FORMAT = "2:"
"""Bumped when the stored payload changes shape; part of every content hash."""


class StockLevel(NamedTuple):
    """What commerce holds for one variant: units on hand (None = untracked) and availability."""

    stock: int | None
    available: bool


class Variant(BaseModel):
    """One buyable item: a colour/size combination with its own price and stock."""

    id: str = Field(min_length=1, description="Merchant variant id (SKU or feed id).")
    title: str | None = None
    options: dict[str, str] = Field(
        default_factory=dict, description="Lower-case option name -> value, e.g. color: red."
    )
    price: Money
    compare_at_price: Money | None = Field(
        default=None, description="Regular price when `price` is a sale price."
    )
    stock: int | None = Field(
        default=None, ge=0, le=MAX_STOCK, description="Units on hand; None = untracked."
    )
    available: bool = True
    gtin: str | None = None
    sku: str | None = None
    image: str | None = None

    @field_validator("price", "compare_at_price")
    @classmethod
    def _sellable_amount(cls, value: Money | None) -> Money | None:
        if value is not None and not 0 < value.amount <= MAX_AMOUNT:
            raise ValueError(
                f"{value.format()} is not a price: it must be above zero and at most "
                f"{MAX_AMOUNT} minor units"
            )
        return value

    @property
    def in_stock(self) -> bool:
        return self.available and (self.stock is None or self.stock > 0)

    @property
    def color(self) -> str | None:
        return self.options.get("color")

    @property
    def size(self) -> str | None:
        return self.options.get("size")


class Product(BaseModel):
    """A product as shoppers see it; variants carry prices, options and stock."""

    id: str = Field(min_length=1, description="Merchant product id (item group id or handle).")
    title: str = Field(min_length=1)
    description: str = ""
    brand: str | None = None
    category: list[str] = Field(default_factory=list, description="Category path, root first.")
    link: str | None = None
    images: list[str] = Field(default_factory=list, description="Local paths or URLs.")
    attributes: dict[str, str] = Field(default_factory=dict)
    nutrition: NutritionFacts | None = None
    variants: list[Variant] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_currency(self) -> Product:
        currencies = {v.price.currency for v in self.variants}
        if len(currencies) > 1:
            raise ValueError(f"variants priced in several currencies: {sorted(currencies)}")
        ids = [v.id for v in self.variants]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate variant ids")
        return self

    @property
    def point_id(self) -> str:
        return point_id(self.id)

    @property
    def currency(self) -> str:
        return self.variants[0].price.currency

    @property
    def min_price(self) -> Money:
        return min((v.price for v in self.variants), key=lambda m: m.amount)

    @property
    def in_stock(self) -> bool:
        return any(v.in_stock for v in self.variants)

    def with_stock(self, levels: Mapping[str, StockLevel]) -> Product:
        """The product with the given variants' stock and availability; others unchanged."""
        variants = [
            v.model_copy(update=levels[v.id]._asdict()) if v.id in levels else v
            for v in self.variants
        ]
        return self.model_copy(update={"variants": variants})

    def variant(self, variant_id: str) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)

    def option_values(self, name: str) -> list[str]:
        """Distinct values of one option across variants, in catalog order."""
        seen: dict[str, None] = {}
        for v in self.variants:
            if name in v.options:
                seen.setdefault(v.options[name], None)
        return list(seen)

    def content_hash(self) -> str:
        """Changes whenever anything indexed about the product changes, or the way it is indexed.

        `INDEX_FORMAT` is part of it, so a new payload field (like `words`) reaches products
        imported before it on the next import; `_HASH_VERSION` likewise for what a stored product
        means (images from the image store).
        """
        content = _HASH_VERSION + INDEX_FORMAT + self.model_dump_json()
        return hashlib.sha256(content.encode()).hexdigest()[:16]


def point_id(product_id: str) -> str:
    return str(uuid.uuid5(_POINT_NAMESPACE, product_id))
