"""Colour words for catalog filters and query understanding.

The vocabulary itself (families, shades and their typical sRGB) lives in `aisle.colors`, shared
with `vision`, which names pixels with it; this module reads colour names against it.
"""

from __future__ import annotations

from aisle.colors import FAMILIES, MULTICOLOUR, SHADES

__all__ = [
    "FAMILIES",
    "MULTICOLOUR",
    "SHADES",
    "color_family",
    "known_color_words",
    "nearest_shade",
]

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


def nearest_shade(asked: str, names: list[str]) -> str | None:
    """Of colour names of one family, the one clearly nearest a shade the shopper named.

    "the light grey ones" among heather gray and charcoal is heather gray. A bare family word
    ("grey") or a tie picks none: which one is then still the shopper's to say.
    """
    wanted = _rgb(asked)
    if wanted is None or _normal(asked) in FAMILIES:
        return None
    near = sorted(
        (sum((a - b) ** 2 for a, b in zip(wanted, rgb, strict=True)) ** 0.5, name)
        for name in names
        if (rgb := _rgb(name)) is not None
    )
    if len(near) < len(names) or not near:
        return None
    if len(near) > 1 and near[0][0] > 0.6 * near[1][0]:
        return None
    return near[0][1]


def _normal(name: str) -> str:
    text = name.strip().lower().replace("grey", "gray")
    return _SYNONYMS.get(text, text)


def _rgb(name: str) -> tuple[int, int, int] | None:
    shade = SHADES.get(_normal(name))
    return shade[1] if shade else None


def _split(text: str) -> list[str]:
    for sep in ("/", "&", ",", " and "):
        text = text.replace(sep, "|")
    return [p.strip() for p in text.split("|") if p.strip()]


def known_color_words() -> list[str]:
    """All shade names, longest first, for matching inside free text; "grey" spells "gray"
    in every shade ("light grey")."""
    names = set(SHADES) | set(FAMILIES)
    names |= {name.replace("gray", "grey") for name in names}
    return sorted(names, key=len, reverse=True)
