""" "Stick both of them in my basket, in white" with two products shown (or just compared): an
add of each, in the options said, never the question which one."""

from __future__ import annotations

import re

from agent.state import ShownProduct
from agent.understanding import Intent, Understanding

_BOTH = re.compile(
    r"\b(?:both(?: of (?:them|those|these|em|'em))?|them both|the two of them|the pair of them)\b"
)


def read_both_picks(
    understanding: Understanding, shown: list[ShownProduct], compared: list[str] | None
) -> None:
    """Make an add that says "both" an add of each of the two products in view."""
    refs, slots = understanding.references, understanding.slots
    if understanding.intent is not Intent.ADD or slots.items or refs.replaces or refs.ordinals:
        return
    text = understanding.text.lower()
    said = _BOTH.search(text)
    if said is None:
        return
    two = list(compared or []) if len(compared or []) == 2 else [p["id"] for p in shown]
    if len(two) != 2:
        return
    words = f"{text[: said.start()]} {text[said.end() :]}"
    slots.items = [
        {"product_id": pid, "words": words, "quantity": slots.quantity or 1, "size": slots.size}
        for pid in two
    ]
    refs.product_ids, refs.names_product = two, True
