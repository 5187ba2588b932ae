"""Sizes said as measures in the shopper's words: "8 inch" for "8 in", "the bigger 20 inch one"
for "20 x 20 in" (when no other size has a 20 in it), "waist 34" for a belt's or jean's "34"."""

from __future__ import annotations

import re

_UNITS = {
    "in": r"in(?:ch(?:es)?)?\b|\"|''|″",
    "cm": r"cm\b|centimet(?:er|re)s?\b",
    "mm": r"mm\b|millimet(?:er|re)s?\b",
    "oz": r"oz\b|ounces?\b",
    "fl oz": r"fl\.? ?oz\b|fluid ounces?\b|oz\b|ounces?\b",
    "lb": r"lbs?\b|pounds?\b",
    "piece": r"pieces?\b|pcs?\b",
    "l": r"l\b|lit(?:er|re)s?\b",
}
_VALUE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:x|×)\s*(\d+(?:\.\d+)?))?\s*([a-z .\"″']+?)\.?$")
# "waist 34", "34 waist", "a 32 inch waist": the number of a size measured round the body
_BODY = r"(?:waist|inseam|chest|neck|collar|leg)"
_BODY_SIZE = re.compile(
    rf"\b{_BODY}(?: size)?(?: of)?\s*:?\s*(\d{{1,2}}(?:\.5)?)\b"
    rf"|\b(\d{{1,2}}(?:\.5)?)(?:\s*(?:in(?:ch(?:es)?)?\b|\"|″))?\s*{_BODY}\b"
)


def measured_size(sizes: set[str], text: str, title: str = "") -> str | None:
    """The one size the words measure, or None (never a guess between two). A measure in the
    product's own title ("Glass 10-Piece Food Storage Set") says no size."""
    lowered, title = text.lower(), title.lower()
    body = _BODY_SIZE.search(lowered)
    if body and (number := body[1] or body[2]) in sizes:
        return number
    found: list[str] = []
    for value in sizes:
        parsed = _VALUE.match(value.lower().strip())
        if parsed is None or (unit := parsed[3].strip()) not in _UNITS:
            continue
        first, second = parsed[1], parsed[2]
        if second and second != first and _square_or_alone(sizes, first):
            continue
        said = rf"(?<![\w.]){re.escape(first)}\s*-?\s*(?:{_UNITS[unit]})(?!\s+(?:my|the|a|an)\b)"
        if re.search(said, lowered) and not re.search(said, title):
            found.append(value)
    return found[0] if len(found) == 1 else None


def _square_or_alone(sizes: set[str], first: str) -> bool:
    """A side said alone ("20 inch") names a size that is not square only when no other
    size starts with that side."""
    starts = [s for s in sizes if re.match(rf"{re.escape(first)}\b", s.lower())]
    return len(starts) > 1
