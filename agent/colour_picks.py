"""A listed product picked by its colour: "the teal mat please", "I'll take the red one", "add the
sage kettle from before" (its list back in view) — the one product of the list that comes in that
colour, taken in it, as a shop assistant would take it. With several or none in that colour the
message stays as read (an add then asks which)."""

from __future__ import annotations

import re
from typing import Any

from agent.intents import LIKELY
from agent.kind_synonyms import KIND_SYNONYMS, kind_form
from agent.state import ShownProduct
from agent.understanding import Intent, Understanding

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.ADD}
_ORDERS = re.compile(
    r"\b(?:please|pls|plz|add|i'?ll (?:take|have|get|go with|go for)|i'?d like|i want"
    r"|(?:can|could) i (?:get|have)|just|then|give me|get me|grab)\b"
)
"""What says the pick is taken, not asked about ("the teal mat?")."""


def read_colour_pick(understanding: Understanding, shown: list[ShownProduct], search: Any) -> None:
    """Point "the <colour> one" or "the <colour> <kind>" at the one listed product offered in
    that colour; said as an order, it is an add of that product in that colour."""
    refs, slots = understanding.references, understanding.slots
    said = [w.lower() for w in slots.color_words]
    if not said or not shown or refs.names_product or refs.ordinals or refs.replaces:
        return
    if understanding.intent not in _MAY_ORDER:
        return
    text = " ".join(understanding.text.lower().split())
    picked = in_colour_picked(text, said, shown, search)
    if picked is None or len(picked) != 1:
        return
    refs.product_ids, refs.names_product = picked, True
    if understanding.intent is Intent.ADD or ("?" not in text and _ORDERS.search(text)):
        understanding.intent, understanding.confidence = (
            Intent.ADD,
            max(understanding.confidence, LIKELY),
        )
        slots.category, slots.kind = "", ""


def in_colour_picked(
    text: str, said: list[str], shown: list[ShownProduct], search: Any
) -> list[str] | None:
    """The ids of the listed products of the kind "the <colour> <kind>" names that come in that
    colour; None when the words pick nothing by colour."""
    for colour in said:
        for noun in re.findall(rf"\b(?:the|that) {re.escape(colour)} ([a-z][a-z-]*)\b", text):
            if noun == "ones":
                continue  # "the blue ones": several, which `coloured_in_list` reads
            listed = [p for p in (search.get(s["id"]) for s in shown) if p is not None]
            of_kind = listed if noun == "one" else [p for p in listed if _is_a(p, noun)]
            if not of_kind:
                continue
            return [p.id for p in of_kind if _comes_in(p, colour)] or None
    return None


def _is_a(product: Any, noun: str) -> bool:
    """The noun names the product's kind: a word of its title or leaf category, or a synonym
    of one ("pan" of a skillet)."""
    words = re.findall(r"[a-z][a-z-]+", " ".join([product.title, *product.category[-1:]]).lower())
    kinds = {kind_form(w) for w in words}
    said = kind_form(noun)
    return said in kinds or bool(KIND_SYNONYMS.get(said, set()) & kinds)


def _comes_in(product: Any, colour: str) -> bool:
    return any(colour in (v.color or "").lower() for v in product.variants)
