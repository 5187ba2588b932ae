"""A cart line one size up or down: "a size up", "can I get the bigger size", "swap it for the
smaller one", "go down a size". The new size is the next one the product comes in (in the
line's colour), from its own options: M → L for a tee, 10 in → 12 in for a skillet."""

from __future__ import annotations

import re
from typing import Any

_UP = r"(?:up|bigger|larger)"
_DOWN = r"(?:down|smaller)"
_CHANGE = (
    r"\b(?:actually|instead|change|switch|swap|exchange|make|rather|prefer|want|need|get|have"
    r"|give me|try|go for|take)\b"
)
_BY_ONE = r"(?:a|one|1|the next)"


def _step(direction: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{_BY_ONE} sizes? {direction}\b"  # "a size up", "one size bigger"
        rf"|\bsize {direction}\b"  # "size up please"
        rf"|\b(?:go|going|move|bump(?: it)?|step|drop|come) {direction} (?:a|one) size\b"
        rf"|\b{direction} (?:a|one) size\b"  # "up a size"
        rf"|\b(?:a|the|in a|in the) {direction} size\b"  # "the bigger size", "in a larger size"
        rf"|{_CHANGE}.*\bthe {direction} one\b",  # "swap it for the smaller one"
        re.I,
    )


_STEP_UP = _step(_UP)
_STEP_DOWN = _step(_DOWN)
_ASKS = re.compile(r"\b(?:comes?|available|do you have|have you got|is there|are there)\b", re.I)
"""A question whether a bigger size exists ("does it come a size up?") is no change."""
APPAREL_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL")
"""Letter sizes, smallest first."""
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)")


def size_step(text: str) -> int:
    """+1 for one size up, -1 for one size down, 0 when the message says neither."""
    lowered = " ".join(text.lower().split())
    if _ASKS.search(lowered):
        return 0
    up, down = bool(_STEP_UP.search(lowered)), bool(_STEP_DOWN.search(lowered))
    if up == down:
        return 0
    return 1 if up else -1


_BARE_STEP = re.compile(
    r"^\W*(?:(?:no|oh|hmm+|actually|wait|sorry|oops|ok(?:ay)?|um+|nah)\W+)*(?:the|a|an)\s+"
    r"(?:(bigger|larger)|smaller)(?:\s+(?:one|size|version))?"
    r"(?:\s+(?:please|pls|instead|then|actually))*\W*$"
)


def bare_size_step(text: str) -> int:
    """ "the bigger one", "a smaller one pls": a step said with nothing else, which only right
    after a line was added or changed is that line's next size."""
    said = _BARE_STEP.match(" ".join(text.lower().split()))
    return 0 if said is None else 1 if said[1] else -1


def stepped_size(product: Any, variant_title: str, step: int) -> str | None:
    """The size `step` places from the line's own (its colour kept where it can be), or None
    when the product has no such size or its sizes have no order."""
    current = {value.strip().lower() for value in variant_title.split("/")}
    line = next(
        (v for v in product.variants if {str(x).lower() for x in v.options.values()} == current),
        None,
    )
    key = _size_key(line.options) if line is not None else None
    if line is None or key is None:
        return None
    colour = line.options.get("color")
    same_colour = [v for v in product.variants if v.options.get("color") == colour]
    sizes = _ordered({v.options.get(key) or "" for v in same_colour or product.variants} - {""})
    if sizes is None or line.options[key] not in sizes:
        return None
    place = sizes.index(line.options[key]) + step
    return sizes[place] if 0 <= place < len(sizes) else None


_MEASURES = ("capacity", "volume", "length", "width", "weight")
"""Options that are a size where a product has no "size": a 12 oz or 16 oz mug."""


def _size_key(options: dict[str, Any]) -> str | None:
    if options.get("size"):
        return "size"
    return next((key for key in _MEASURES if options.get(key)), None)


def _ordered(sizes: set[str]) -> list[str] | None:
    """Sizes smallest first: apparel letters or leading numbers ("8 in", "10.5"); None when
    they are neither (a "twin" and a "queen" have no order known here)."""
    if all(s.upper() in APPAREL_SIZES for s in sizes):
        return sorted(sizes, key=lambda s: APPAREL_SIZES.index(s.upper()))
    numbers = {s: _LEADING_NUMBER.match(s) for s in sizes}
    if all(numbers.values()):
        return sorted(sizes, key=lambda s: float(numbers[s][1]))  # type: ignore[index]
    return None


def size_of(options: dict[str, Any]) -> str | None:
    """A variant's size, or the measure that is its size (a 16 oz mug)."""
    key = _size_key(options)
    return str(options[key]) if key else None


def ordered_sizes(sizes: set[str]) -> list[str] | None:
    """Sizes smallest first, or None when they have no order known here."""
    return _ordered(sizes)
