"""The sides of a choice asked about a product: "high waisted or low?", "long or short?". A title
word said with its opposite is that choice, not the product's name (no Canvas Low Sneaker in "are
the Relaxed Carpenter ones high waisted or low?"), and each side is said in the catalog's words
("high rise or low rise")."""

from __future__ import annotations

import re

_PAIRS = (
    ("high", "low"), ("long", "short"), ("light", "heavy"), ("thick", "thin"), ("wide", "narrow"),
    ("soft", "firm"), ("loose", "tight"), ("big", "small"), ("warm", "cool"), ("hot", "cold"),
    ("dark", "light"), ("slim", "relaxed"), ("deep", "shallow"), ("mild", "strong"),
)  # fmt: skip
_OPPOSITES: dict[str, set[str]] = {}
for _a, _b in _PAIRS:
    _OPPOSITES.setdefault(_a, set()).add(_b)
    _OPPOSITES.setdefault(_b, set()).add(_a)


def said_with_its_opposite(word: str, said: set[str]) -> bool:
    """The word's opposite is said too: the two are a choice asked about."""
    return bool(_OPPOSITES.get(word, set()) & said)


_WAISTED = re.compile(r"\b(high|low|mid)[\s-]*(?:waist(?:ed)?|waistline)\b")
"""A waist said of trousers is the catalog's rise: "high waisted" is high rise."""


def choices_in_full(options: list[str]) -> list[str]:
    """Each side as the catalog says it: "high waisted or low" -> high rise, low rise (a bare
    side borrows the other side's noun)."""
    options = [_WAISTED.sub(r"\1 rise", o) for o in options]
    if len(options) != 2:
        return options
    first, second = (o.split() for o in options)
    if len(first) == 2 and len(second) == 1 and said_with_its_opposite(first[0], set(second)):
        return [options[0], f"{second[0]} {first[1]}"]
    if len(second) == 2 and len(first) == 1 and said_with_its_opposite(second[0], set(first)):
        return [f"{first[0]} {second[1]}", options[1]]
    return options
