"""The product a nutrition label belongs to, by its figures.

A nutrition panel rarely prints the product's name, but its figures (calories, fat, sodium,
carbohydrates, sugars, protein, ...) are those of one product in the catalog's own records. A
product is the label's when every figure read from the label that its record also gives is
the same (within rounding), at least `MIN_FIGURES` of them were compared (a blurred label with
two numbers read names nothing), and no other product agrees as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aisle.nutrition import NutritionFacts

if TYPE_CHECKING:
    from catalog.index import CatalogIndex

FIGURES = (
    "calories", "total_fat_g", "saturated_fat_g", "trans_fat_g", "cholesterol_mg", "sodium_mg",
    "total_carbohydrate_g", "dietary_fiber_g", "total_sugars_g", "protein_g",
)  # fmt: skip
MIN_FIGURES = 4
"""Figures compared before a label names a product (the sample labels print 10)."""
MISREAD = 1
"""Figures that may differ (one OCR misread) once more than `MIN_FIGURES` agree."""


@dataclass(frozen=True)
class LabelMatch:
    product_id: str
    share: float  # of the compared figures, how many agree


class LabelProducts:
    """Every product's nutrition figures, to find the one a label photo shows."""

    def __init__(self, rows: Iterable[tuple[str, dict[str, float]]]) -> None:
        self._rows = [(pid, figures) for pid, figures in rows if figures]

    def matching(self, label: NutritionFacts) -> list[LabelMatch]:
        """The one product whose figures agree best with the label's ([] when none does, or
        when several share them: the zero figures of every coffee and tea name none)."""
        read = _figures(label.model_dump())
        found = []
        for product_id, figures in self._rows:
            compared = [k for k in read if k in figures]
            agree = sum(_same(read[k], figures[k]) for k in compared)
            misread = len(compared) - agree
            if agree >= MIN_FIGURES and (
                misread == 0 or (agree > MIN_FIGURES and misread <= MISREAD)
            ):
                found.append(LabelMatch(product_id, agree / len(compared)))
        found.sort(key=lambda m: -m.share)
        best = [m for m in found if m.share == found[0].share] if found else []
        return best if len(best) == 1 else []


def label_products(index: CatalogIndex) -> LabelProducts:
    rows = []
    for payload in index._scroll_payloads(["product.id", "product.nutrition"]):
        product = payload.get("product") or {}
        if product.get("id") and product.get("nutrition"):
            rows.append((product["id"], _figures(product["nutrition"])))
    return LabelProducts(rows)


def _figures(values: dict[str, Any]) -> dict[str, float]:
    return {k: float(values[k]) for k in FIGURES if isinstance(values.get(k), int | float)}


def _same(read: float, recorded: float) -> bool:
    """Equal as printed: labels round (5 mg sodium steps, whole grams, 10-calorie steps)."""
    return abs(read - recorded) <= max(0.5, 0.02 * abs(recorded))
