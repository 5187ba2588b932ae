"""Colour words for catalog filters and query understanding.

The vocabulary itself (families, shades and their typical sRGB) lives in `aisle.colors`, shared
with `vision`, which names pixels with it; this module reads colour names against it.
"""

from __future__ import annotations

from aisle.colors import FAMILIES, MULTICOLOUR, SHADES

__all__ = ["FAMILIES", "MULTICOLOUR", "SHADES", "color_family", "known_color_words"]

_SYNONYMS = {"grey": "gray", "multicolor": "multi", "multi-color": "multi", "clear": "clear"}


def color_family(name: str | None) -> str | None:
    """Family of a colour name, or None if the name is not a colour we know.

    Compound names ("Navy/White", "heather grey") take the family of their first known part.
    """
    if not name:
        return None
    text = name.strip().lower()
    text = _SYNONYMS.get(text, text)
    if text in SHADES:
        return SHADES[text][0]
    if text in FAMILIES:
        return text
    for part in _split(text):
        if part in SHADES:
            return SHADES[part][0]
    words = text.split()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            candidate = " ".join(words[i : i + size])
            if candidate in SHADES:
                return SHADES[candidate][0]
    return None


def _split(text: str) -> list[str]:
    for sep in ("/", "&", ",", " and "):
        text = text.replace(sep, "|")
    return [p.strip() for p in text.split("|") if p.strip()]


def known_color_words() -> list[str]:
    """All shade names, longest first, for matching inside free text."""
    return sorted(set(SHADES) | set(FAMILIES), key=len, reverse=True)
