"""A colour asked of a list keeps the kind of product in focus.

After a list of sandals, "what about in grey?" means grey sandals: never grey socks because no
sandal comes in grey. When none of that kind comes in the colour, the shop says so and offers
the kind in its nearest colours, the way a shop assistant would ("none in grey; the closest
we have them in are black and navy").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from aisle.colors import SHADES
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.query import ParsedQuery

NEAREST_COLOURS = 3


def new_colours(before: dict[str, Any] | None, merged: SearchFilters) -> list[str]:
    """The colours this refinement adds to the active search."""
    kept = set((before or {}).get("colors") or [])
    return [c for c in merged.colors if c not in kept]


def kind_in_focus(shown: Sequence[Mapping[str, Any]], get: Any) -> list[str]:
    """The leaf category most of the listed products share ("Sandals"); [] for a mixed list."""
    leaves = [
        product.category[-1]
        for item in shown
        if (product := get(item["id"])) is not None and product.category
    ]
    if not leaves:
        return []
    leaf, count = Counter(leaves).most_common(1)[0]
    return [leaf] if count * 2 > len(leaves) else []


def of_kind(hits: list[Any], kind: list[str]) -> list[Any]:
    """The hits on that kind's category path."""
    wanted = {k.lower() for k in kind}
    return [h for h in hits if wanted & {c.lower() for c in h.product.category}]


def colour_fallback(
    search: Any, parsed: ParsedQuery, kind: list[str], colours: list[str], limit: int
) -> tuple[list[Any], list[str]]:
    """The kind without the colour, nearest colours first, and those nearest colour names."""
    without = parsed.filters.model_copy(update={"colors": [], "categories": kind})
    query = ParsedQuery(original=parsed.original, text=parsed.text, filters=without)
    hits = of_kind(search.search(query, limit=limit).hits, kind)
    offered = list(
        dict.fromkeys(
            v.color.lower()
            for h in hits
            for v in h.product.variants
            if v.color and v.in_stock and not _excluded(v.color, without)
        )
    )
    nearest = sorted(offered, key=lambda c: min(_distance(c, asked) for asked in colours))
    nearest = nearest[:NEAREST_COLOURS]
    rank = {c: n for n, c in enumerate(nearest)}

    def closeness(hit: Any) -> int:
        return min(
            (
                rank[v.color.lower()]
                for v in hit.product.variants
                if (v.color or "").lower() in rank
            ),
            default=len(rank),
        )

    return sorted(hits, key=closeness), nearest


def _excluded(colour: str, filters: SearchFilters) -> bool:
    return (color_family(colour) or colour) in filters.exclude_colors


CHROMA_WEIGHT = 8
"""How much a difference in colourfulness counts beside plain sRGB distance: to a shopper, the
colours nearest grey are black and charcoal, not a tan that happens to be as light."""


def _distance(colour: str, asked: str) -> float:
    """How far two colour names are, by their typical sRGB (unknown shades sort last)."""
    a, b = _rgb(colour), _rgb(asked)
    if a is None or b is None:
        return float("inf")
    chroma = (max(a) - min(a)) - (max(b) - min(b))
    rgb = sum((x - y) ** 2 for x, y in zip(a, b, strict=True))
    return float(rgb + CHROMA_WEIGHT * chroma**2)


def _rgb(name: str) -> tuple[int, int, int] | None:
    text = name.lower().strip()
    text = "gray" if text == "grey" else text
    if text in SHADES:
        return SHADES[text][1]
    family = color_family(text)
    return SHADES[family][1] if family in SHADES else None


def nearest_colour(wanted: str, offered: list[str]) -> str | None:
    """The offered colour closest to the one wanted (a photo's "green": forest green or olive)."""
    known = [c for c in offered if _distance(c, wanted) != float("inf")]
    return min(known, key=lambda c: _distance(c, wanted)) if known else None
