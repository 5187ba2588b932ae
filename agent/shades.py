"""A shade asked for is that shade: "do any of those come in navy?" shows the navy ones.

Colour filters work by family, so a shopper asking for "blue" finds navy and teal too. A shopper
who names a shade ("navy", "olive", "burgundy") wants that shade; the products that come in it
are shown, and the others of its family only when none does ("none in navy; these come in other
blues" is still better than nothing). "navy blue" names navy; "navy or black" navy or any black.
"""

from __future__ import annotations

import re
from typing import Any

from aisle.colors import FAMILIES, SHADES
from catalog.colors import color_family


def in_shades_said(hits: list[Any], said: list[str], text: str) -> list[Any]:
    """The hits offered in a shade the shopper named, when some are; else all of them. A
    family named on its own beside the shade ("lavender or purple-ish") takes in the family."""
    lowered = " ".join(text.lower().split())
    words = [_qualified(w.lower(), lowered) for w in said]
    shades = [w for w in words if not _family(w) and color_family(w)]
    if not hits:
        return hits
    if not shades:  # "red": the red ones first, then the burgundy of its family
        return _named_first(hits, [w for w in words if _family(w)])
    alone = {
        color_family(w)
        for w in words
        if _family(w) and not any(f"{s} {w}" in lowered for s in shades)  # not "navy blue"
    }
    shades = [s for s in shades if color_family(s) not in alone]
    if not shades:
        return hits
    covered = {color_family(s) for s in shades}
    families = {f for w in words if _family(w) and (f := color_family(w))} - covered
    kept = [h for h in hits if _offers(h, shades, families)]
    return kept or hits


def _named_first(hits: list[Any], families: list[str]) -> list[Any]:
    """The hits offered in the very colour a family is named by ("red", not only burgundy)
    first; the order is otherwise kept."""
    if not families:
        return hits
    named = [h for h in hits if _offers(h, families, set())]
    return named + [h for h in hits if h not in named]


def _qualified(word: str, text: str) -> str:
    """A family word with the qualifier before it that makes a shade of the vocabulary: "light
    grey" is light gray (the colour words read it as "grey" alone)."""
    if not _family(word):
        return word
    plain = word.replace("grey", "gray")
    for said in re.finditer(rf"\b([a-z]+)[\s-]+{re.escape(word)}\b", text):
        if f"{said[1]} {plain}" in SHADES:
            return f"{said[1]} {plain}"
    return word


def _family(word: str) -> bool:
    """A family's own name ("blue", "grey"), not a shade of it ("navy")."""
    return word.replace("grey", "gray") in FAMILIES


def _offers(hit: Any, shades: list[str], families: set[str]) -> bool:
    """Offered in the shade by a variant that matched the search ("navy, size 32, in stock": the
    navy 32 that can be bought, not a denim 32 of the same family)."""
    matched = set(getattr(hit, "variant_ids", None) or ())
    for variant in hit.product.variants:
        if matched and variant.id not in matched:
            continue
        colour = (variant.color or "").lower()
        if not colour:
            continue
        if any(colour == s or colour in s.split() or s in colour.split() for s in shades):
            return True
        if color_family(colour) in families:
            return True
    return False


def shades_as_said(filters: dict[str, Any], said: list[str]) -> dict[str, Any]:
    """The filters to name in a reply, with the shades said in place of their families ("in
    navy", not "in blue")."""
    families = filters.get("colors") or []
    shades = [w.lower() for w in said if color_family(w) in families]
    if not shades or {color_family(s) for s in shades} != set(families):
        return filters
    exact = {color_family(s) for s in shades if not _family(s)}  # "navy blue" says navy
    named = [s for s in shades if not (_family(s) and color_family(s) in exact)]
    return {**filters, "colors": list(dict.fromkeys(named))}


def offered_in_shade(
    products: list[Any], said: list[str], text: str
) -> tuple[list[Any], list[str]]:
    """ "Got this in lavender?" with a photo: the products offered in the shade named, and the
    shades to name in the reply; the products as they were and no shade when the shopper named
    only a family or none of them comes in the shade."""
    shades = [
        w for w in (_qualified(s.lower(), " ".join(text.lower().split())) for s in said)
        if not _family(w) and color_family(w)
    ]  # fmt: skip
    if not shades:
        return products, []
    kept = [p for p in products if _offers(_Hit(p), shades, set())]
    return (kept, list(dict.fromkeys(shades))) if kept else (products, [])


class _Hit:
    """A product where a search hit is expected."""

    def __init__(self, product: Any) -> None:
        self.product = product
