""" "Stick both of them in my basket, in white" with two products shown (or just compared): an
add of each, in the options said, never the question which one. "Add one of each" after asking
about one product and then another (no list of two in view): the two asked about last."""

from __future__ import annotations

import re

from agent.state import ShownProduct
from agent.understanding import Intent, Understanding

_BOTH = re.compile(
    r"\b(?:both(?: of (?:them|those|these|em|'em))?|them both|the two of them|the pair of them"
    r"|(?<=\s)(?:one|two|three|\d) of each(?: of (?:them|those|these))?|one each)\b"
)


def read_both_picks(
    understanding: Understanding,
    shown: list[ShownProduct],
    compared: list[str] | None,
    focused: list[str] | None = None,
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
    if len(shown) < 2 and not compared and len(focused or []) >= 2:
        two = list(focused or [])[-2:]  # asked about one product, then another
    if len(two) != 2:
        return
    words = f"{text[: said.start()]} {text[said.end() :]}"
    slots.items = [
        {"product_id": pid, "words": words, "quantity": slots.quantity or 1, "size": slots.size}
        for pid in two
    ]
    refs.product_ids, refs.names_product = two, True
