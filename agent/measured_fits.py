"""A measure asked against the one the record gives: "does it fit a 17 inch laptop?" of a bag
with a "padded 16-inch laptop sleeve" is a no, though every word of the question is found.

Only the same unit is compared (inches with inches, litres with litres); anything else leaves
the record's answer as it is.
"""

from __future__ import annotations

import re

_UNITS = {
    "inch": "inch", "inches": "inch", "in": "inch", '"': "inch", "cm": "cm", "mm": "mm",
    "l": "L", "litre": "L", "litres": "L", "liter": "L", "liters": "L", "oz": "oz", "ml": "ml",
}  # fmt: skip
_MEASURE = re.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(inches|inch|in\b|\"|cm|mm|litres|litre|liters|liter|l\b|oz|ml)",
    re.IGNORECASE,
)


def _measures(text: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for number, unit in _MEASURE.findall(text):
        found.setdefault(_UNITS[unit.lower()], float(number))
    return found


def measured_against(answer: str, question: str) -> str:
    """The record's "Yes — …" answer turned to a no when the measure it names is smaller than
    the one asked in the same unit ("a 16-inch laptop sleeve" for a 17 inch laptop)."""
    if not answer.startswith("Yes — "):
        return answer
    asked, given = _measures(question), _measures(answer)
    for unit, wanted in asked.items():
        if unit in given and given[unit] < wanted:
            have = f"{given[unit]:g}"
            return (
                f"Probably not: {have} {unit} is less than the {wanted:g} {unit} you asked about"
                f" — {answer.removeprefix('Yes — ')}"
            )
    return answer
