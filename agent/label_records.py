"""A label photo's figures, corrected by the record of the one product the label was matched to.

OCR misreads digits ("250 mg" read as "260 mg"); the label is matched to a catalog product by
most of its figures agreeing, so once it is, the record's own figures are the ones to quote. The
figures the record lacks keep what was read from the photo.
"""

from __future__ import annotations

from typing import Any

from catalog.model import NutritionFacts, Product


def label_figures(
    kind: str, read: NutritionFacts | None, products: list[Product]
) -> dict[str, Any] | None:
    """The figures to answer with: the one matched product's, over those read from the photo."""
    figures = read.model_dump(exclude_none=True) if read else None
    if kind != "label" or figures is None or len(products) != 1:
        return figures
    recorded = products[0].nutrition
    return figures | (recorded.model_dump(exclude_none=True) if recorded else {})
