"""What a store sells: products with variants, each variant with its own price and stock."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import NamedTuple

from pydantic import BaseModel, Field, model_validator

from aisle.money import Money

# Stable point ids: the same merchant id always maps to the same Qdrant point.
_POINT_NAMESPACE = uuid.UUID("5b8f1f0e-6c1a-4d5e-9a37-2f3c7b9d1a10")


INDEX_FORMAT = "2:"
"""Bumped when the stored payload changes shape; part of every content hash."""


class NutritionFacts(BaseModel):
    """Per-serving values as printed on a US nutrition label; None where not given."""

    serving_size: str | None = None
    servings_per_container: float | None = None
    calories: float | None = None
    total_fat_g: float | None = None
    saturated_fat_g: float | None = None
    trans_fat_g: float | None = None
    cholesterol_mg: float | None = None
    sodium_mg: float | None = None
    total_carbohydrate_g: float | None = None
    dietary_fiber_g: float | None = None
    total_sugars_g: float | None = None
    protein_g: float | None = None


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
    stock: int | None = Field(default=None, ge=0, description="Units on hand; None = untracked.")
    available: bool = True
    gtin: str | None = None
    sku: str | None = None
    image: str | None = None

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
        imported before it on the next import.
        """
        content = INDEX_FORMAT + self.model_dump_json()
        return hashlib.sha256(content.encode()).hexdigest()[:16]


def point_id(product_id: str) -> str:
    return str(uuid.uuid5(_POINT_NAMESPACE, product_id))
