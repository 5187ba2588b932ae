"""How many units a product holds, read from its record: "how many tea bags come in a box?".

A pack's count is written in its variant titles and attributes ("20 TEA BAGS NET WT 1.41 OZ"),
its description ("a set of 12 pods") or its nutrition facts (20 servings of "1 tea bag"). The
unit asked for is looked up there, so "come in" is never read as a question about colours.
"""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from catalog.sparse import stem

_HOW_MANY = re.compile(
    r"\bhow many (?P<unit>[a-z][a-z -]*?)\s+(?:come|comes|are|is|do (?:you|i|they) get"
    r"|does (?:it|the \w+|a \w+|one \w+) (?:have|hold|contain)|in|per|inside|would i get)\b"
)
_NOT_COUNTS = frozenset(
    {"left", "people", "ppl", "persons", "adults", "guests", "liters", "litres"}
)
"""Stock and capacity have answers of their own."""


_IN_A_PACK = re.compile(
    r"\bhow many [a-z][a-z -]*?\s+(?:(?:do )?(?:come|comes|are|you get) )?(?:in|per|inside)"
    r" (?:a|an|the|one|each|every) (?:box|pack|packet|bag|tin|jar|carton|case|bottle|tub|pouch"
    r"|container"
    r"|package)\b"
)
"""A pack's count asked of the product in view: "how many bags in a box?"."""
_MAY_ASK_A_COUNT = frozenset({Intent.SEARCH, Intent.REFINE})


def asks_count_of_focus(understanding: Understanding, product: Any) -> bool:
    """Make "how many bags in a box?" a question about the product in focus (its units are no
    kind to search for: tea bags, not tote bags); True when it did."""
    refs, slots = understanding.references, understanding.slots
    if (
        product is None
        or understanding.intent not in _MAY_ASK_A_COUNT
        or refs.ordinals
        or (refs.product_ids and refs.product_ids != [product.id])
        or not _IN_A_PACK.search(" ".join(understanding.text.lower().split()))
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    refs.product_ids = [product.id]
    slots.category, slots.kind, slots.required = "", "", []
    return True


def unit_asked(text: str) -> str | None:
    """The unit whose count is asked ("tea bags"), or None."""
    match = _HOW_MANY.search(" ".join(text.lower().split()))
    if match is None:
        return None
    unit = match.group("unit").strip()
    return None if unit.split()[-1] in _NOT_COUNTS else unit


def count_answer(product: Any, text: str) -> str | None:
    """ "Turmeric Ginger Tea has 20 tea bags." when the record says so, else None."""
    unit = unit_asked(text)
    if unit is None:
        return None
    count = _count_written(product, unit) or _servings_of(product, unit)
    if count is None:
        return None
    return f"{product.title} has {count} {unit}."


def _unit_pattern(unit: str) -> str:
    """The unit's last word, singular or plural ("tea bags": bag, bags), also written apart
    ("teabags": tea bags)."""
    letters = stem(unit.split()[-1])
    return r"[\s-]?".join(re.escape(c) for c in letters) + r"\w*"


def _texts(product: Any) -> list[str]:
    texts = [v.title or "" for v in product.variants]
    texts += [str(value) for value in product.attributes.values()]
    texts += [product.description or ""]
    return [t.lower() for t in texts if t]


def _count_written(product: Any, unit: str) -> str | None:
    """The count written before the unit ("20 tea bags", "12-count pods", "pack of 6 bars")."""
    words = rf"(?:[a-z-]+\s+){{0,2}}{_unit_pattern(unit)}"
    pattern = re.compile(rf"\b(\d+)\s*(?:-?\s*(?:ct|count|pack|pk)\.?\s+)?{words}\b")
    counts = [m.group(1) for text in _texts(product) for m in pattern.finditer(text)]
    distinct = list(dict.fromkeys(counts))
    return " or ".join(distinct) if distinct else None


def _servings_of(product: Any, unit: str) -> str | None:
    """Servings per container when one serving is one unit ("1 tea bag (2g)")."""
    facts = getattr(product, "nutrition", None)
    if facts is None or not facts.servings_per_container or not facts.serving_size:
        return None
    if not re.match(
        rf"\s*(?:1|one)\s+(?:[a-z-]+\s+)?{_unit_pattern(unit)}", facts.serving_size.lower()
    ):
        return None
    return f"{facts.servings_per_container:g}"
