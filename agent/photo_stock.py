"""A photo sent with a stock question ("do u have this in M?", "is this bag in stock?", "size 8.5
in this?", "got this in navy? how many"): the stock of the photographed item, variant by variant.

A shop assistant shown a picture looks the item up and says whether that colour and size is on
the shelf. When it is clear which product the photo shows, the answer is for it; when not, for
the nearest look-alikes, each by its own shades of the photo's colour, so a sold-out shade is
never hidden behind another shade of the same family that is in stock. Restock dates are never
promised: the catalog holds none.
"""

from __future__ import annotations

import re
from typing import Any

from agent.stock_counts import asks_how_many, count_wanted
from agent.words import asked_about
from catalog.colors import color_family
from catalog.model import Product, Variant
from catalog.payload import normalise_size

LOW_STOCK = 5
"""At or below this many on the shelf, the count is said ("only 2 left") even when not asked."""
UNSURE_ANSWERED = 3
"""Look-alikes whose stock is given when it is unclear which of them the photo shows."""

_HAS_THIS = re.compile(
    r"\b(?:have|got|carry|stock|sell|do)\s+(?:u\s+|you\s+)?(?:this|these|it|them|that|those|one)"
    r"(?:\s+\w+)?\s+in\b"  # "do u have this in M?", "got this bag in navy?"
    r"|\b(?:this|these|it|them|that|those)(?:\s+\w+)?\s+in\s+(?:an?\s+)?(?:size|sz|\d|[xsml]\b)"
    r"|\b(?:any|some)\s+(?:of\s+)?(?:these|those|them)?\s*left\b|\bleft\?"
)
"""Asking whether the shop has the photographed item, in a size or colour ("this in size 8?")."""


def asks_photo_stock(text: str, asked: dict[str, list[str]]) -> bool:
    """The words with the photo ask whether it is on the shelf: a stock word, a count, or a
    size or colour asked of "this" ("size 8.5 in this?")."""
    lowered = " ".join(text.lower().split())
    if "stock" in asked_about(lowered) or asks_how_many(lowered) or _HAS_THIS.search(lowered):
        return True
    return bool(asked.get("sizes")) and bool(re.search(r"\b(?:this|these|it|them)\b", lowered))


def asks_count(text: str) -> bool:
    """ "how many?", "u got 4?": the count on the shelf is said, not only "in stock"."""
    lowered = " ".join(text.lower().split())
    return bool(re.search(r"\bhow many\b", lowered)) or count_wanted(lowered) is not None


def photo_stock(
    products: list[Product], colours: list[str], size: str | None, *, counted: bool
) -> list[str]:
    """One line per product that comes in the colour and size asked: each shade's stock."""
    lines = []
    for product in products:
        line = _product_stock(product, colours, size, counted=counted)
        if line:
            lines.append(line)
    return lines


def _product_stock(
    product: Product, colours: list[str], size: str | None, *, counted: bool
) -> str | None:
    matching = [v for v in product.variants if _fits(v, colours, size)]
    exact = [v for v in matching if (v.color or "").lower() in colours]
    matching = exact or matching  # "navy" means navy, not every blue
    if not matching:
        return None
    shades: dict[str, list[Variant]] = {}
    for variant in matching:
        shades.setdefault((variant.color or "").lower(), []).append(variant)
    where = f", size {size}" if size else ""
    said = [_shelf(shade, variants, counted=counted) for shade, variants in shades.items()]
    return f"{product.title}{where}: {'; '.join(said)}."


def _fits(variant: Variant, colours: list[str], size: str | None) -> bool:
    if size and (variant.size is None or normalise_size(variant.size) != normalise_size(size)):
        return False
    if not colours:
        return True
    families = {color_family(c) or c for c in colours}
    shade = (variant.color or "").lower()
    return shade in colours or color_family(variant.color) in families


def _shelf(shade: str, variants: list[Variant], *, counted: bool) -> str:
    """ "heather gray sold out", "navy 45 in stock", "charcoal only 2 left"."""
    on_hand = sum(v.stock or 0 for v in variants if v.in_stock)
    label = f"{shade} " if shade else ""
    if on_hand <= 0:
        return f"{label}sold out"
    if on_hand <= LOW_STOCK:
        return f"{label}only {on_hand} left"
    return f"{label}{on_hand} in stock" if counted else f"{label}in stock"


def stock_asked(
    kind: str, meant: list[Product], colours: list[str], sizes: list[str], question: str
) -> dict[str, Any] | None:
    """The stock lines for the item a photo shows (`meant`: the one product when it is clear,
    else the closest look-alikes); None for a label, or a package whose product is unclear."""
    if kind not in {"item", "package"} or (kind == "package" and len(meant) != 1):
        return None
    colours = colours if kind == "item" else []  # a package's colours are its print's
    size = sizes[0] if sizes else None
    wanted = ", ".join([*colours, *(f"size {s}" for s in sizes)])
    of_none = f"{meant[0].title} doesn't" if len(meant) == 1 else "None of the closest matches"
    return {
        "lines": photo_stock(meant, colours, size, counted=asks_count(question)),
        "sure": len(meant) == 1,
        "none": f"{of_none} come{'' if len(meant) == 1 else 's'} in {wanted}." if wanted else "",
    }


def photo_stock_text(data: dict[str, Any]) -> str:
    """The stock lines under what they are of: the item itself, or its closest look-alikes."""
    stock = data["stock"]
    if not stock["lines"]:
        return str(stock["none"])  # "None of the closest matches comes in gray, size 14."
    if stock["sure"]:
        return "\n".join(stock["lines"])
    lead = "I can't tell for sure which of these yours is; for the closest:"
    return "\n".join([lead, *stock["lines"]])
