""" "And the Quarter Zip Hoodie in black, same size": an add that takes its size (or colour) from
the line just added, when the product comes in it, instead of asking which size again."""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.line_corrections import last_line
from agent.understanding import Intent, Understanding
from catalog.colors import color_family

_SAME = re.compile(r"\bsame (size|colou?r)\b(?!\s+(?:as|like|that|which)\b)")
""""same size", "same colour"; "the same size as my old one" names another thing."""


def keep_same_options(
    understanding: Understanding,
    before: Understanding,
    lines: list[LineFacts],
    focus: str | None,
    search: Any,
) -> None:
    """Fill the size or colour an add says is the same as the line just added."""
    refs, slots = understanding.references, understanding.slots
    if understanding.intent is not Intent.ADD or len(refs.product_ids) != 1:
        return
    said = {m[1][:4] for m in _SAME.finditer(" ".join(understanding.text.lower().split()))}
    meant = last_line(before, lines, focus) if said else None
    line = next((ln for ln in lines if ln.product_id == meant), None)
    product = search.get(refs.product_ids[0]) if line else None
    if line is None or product is None or product.id == line.product_id:
        return
    parts = {part.strip().lower() for part in line.variant_title.split(" / ")}
    source = search.get(line.product_id)
    variants = source.variants if source else []
    variant = next((v for v in variants if _values(v) == parts), None)
    if variant is None:
        return
    offered = {key: {str(v.options.get(key, "")).lower() for v in product.variants}
               for key in ("size", "color")}  # fmt: skip
    size = str(variant.size or "").lower()
    if "size" in said and not slots.size and size and size in offered["size"]:
        slots.size = str(variant.size)
    colour = str(variant.color).lower()
    if "colo" in said and not slots.colors and variant.color and colour in offered["color"]:
        slots.color_words, slots.colors = [colour], [color_family(colour) or colour]


def _values(variant: Any) -> set[str]:
    return {str(value).lower() for value in variant.options.values()}
