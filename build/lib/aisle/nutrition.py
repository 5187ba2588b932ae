"""Nutrition facts: one value type shared by the catalog (product records) and vision (labels)."""

from __future__ import annotations

from pydantic import BaseModel


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
