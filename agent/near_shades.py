"""A shade the product does not come in, though its colour family does: "does the boot come in
tan?" when it comes in cognac and chocolate is a no that names those, not a yes in another shade.
A family said plainly ("brown?", "blue?") still takes every shade of it."""

from __future__ import annotations

from catalog.colors import SHADES, color_family
from catalog.model import Product


def _spelled(colour: str) -> str:
    return " ".join(colour.lower().replace("grey", "gray").split())


def _is_a_shade(said: str) -> bool:
    """ "tan", "navy", "off-white": a shade of a family, not the family's own name."""
    shade = SHADES.get(said)
    return shade is not None and shade[0] != said


def missing_shade_answer(product: Product, colours: list[str]) -> str | None:
    """ "No, <title> doesn't come in tan; the nearest shades it comes in are …", or None when a
    colour said is a family, or the product comes in the shade (or a shade holding its words)."""
    said = [_spelled(c) for c in colours]
    if not said or not all(_is_a_shade(c) for c in said):
        return None
    offered = list(dict.fromkeys(v.color for v in product.variants if v.color))
    for colour in offered:
        words = set(_spelled(colour).replace("/", " ").split())
        if any(set(c.split()) <= words for c in said):
            return None
    families = {color_family(c) for c in said}
    near = [c for c in offered if color_family(c) in families]
    if not near:
        return None
    stocked = {v.color for v in product.variants if v.color and v.in_stock}
    named = [c if c in stocked else f"{c} (sold out)" for c in near]
    listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
    nearest = (
        "the nearest shades it comes in are" if len(near) > 1 else "the nearest it comes in is"
    )
    return f"No, {product.title} doesn't come in {'/'.join(colours)}; {nearest} {listed}."
