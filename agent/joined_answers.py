"""One answer for the choices asked about several items at once ("Which color would you like for
each? Pima Crew Tee: olive or charcoal. Bike Mount Speaker: red or navy."): "charcoal and red",
"the first in black, the second in M", "black and charcoal, both M". Each part fills its own
item, in the order the items were asked about (or by the ordinal it says); what is said for
"both" fills every item."""

from __future__ import annotations

import re
from typing import Any

from agent.pending import answered_slots
from agent.slots import ORDINAL_WORDS

_SHARED = re.compile(
    r"(?:[,;]\s*|\s+)(?:and\s+)?(?:both|all|each)(?: of (?:them|those|these))?(?: in| size| are)?"
    r"\s+(?P<value>[^,;]+?)\W*$",
    re.I,
)
"""What holds for every item, said after the parts: "…, both M", "… and both in size 9"."""
_PARTS = re.compile(r"\s*(?:[,;/&]|\band\b|\bthen\b|\bplus\b)\s*", re.I)
_ORDINAL = re.compile(
    r"^\W*(?:and\s+|for\s+|then\s+)*(?:the\s+)?(?P<place>" + "|".join(ORDINAL_WORDS) + r")\b"
    r"(?:\s+(?:one|ones))?(?:\s+(?:in|as|is|should be|gets?|size))?\s*",
    re.I,
)


def asked_together(awaiting: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The pending choices, in the order they were asked: the first and those queued after it."""
    if not awaiting or not awaiting.get("next") or not awaiting.get("product_id"):
        return []
    first = {k: v for k, v in awaiting.items() if k != "next"}
    return [first, *awaiting["next"]]


def joined_answer(text: str, awaiting: dict[str, Any] | None) -> list[dict[str, Any]]:
    """One order item (product_id, words, size, quantity) per choice asked about together, each
    filled from its own part of the answer; [] unless every item gets a value of its own."""
    asks = asked_together(awaiting)
    if len(asks) < 2:
        return []
    said = text.strip()
    shared = ""
    if tail := _SHARED.search(said):
        shared, said = tail["value"], said[: tail.start()]
    parts = [p for p in _PARTS.split(said) if p and p.strip(" .!?")]
    if len(parts) == 1 and shared:
        parts = parts * len(asks)  # "black, both of them": one value for all
    if len(parts) == 1:  # "charcoal": the one item offered in it, whichever was asked first
        fits = [ask for ask in asks if answered_slots(parts[0], ask)[0]]
        return [_item(fits[0], answered_slots(parts[0], fits[0])[0])] if len(fits) == 1 else []
    if len(parts) != len(asks):
        return []
    placed = _in_place(parts, len(asks))
    if placed is None:
        return []
    items = []
    for ask, part in zip(asks, placed, strict=True):
        given, _ = answered_slots(f"{part} {shared}".strip(), ask)
        if not given:
            return []
        items.append(_item(ask, given))
    return items


def _item(ask: dict[str, Any], given: dict[str, str]) -> dict[str, Any]:
    return {
        "product_id": ask["product_id"],
        "words": given.get("color") or ask.get("color") or "",
        "size": given.get("size") or ask.get("size"),
        "quantity": int(ask.get("quantity") or 1),
    }


def _in_place(parts: list[str], count: int) -> list[str] | None:
    """The parts in the items' order: by the ordinal each says ("the second in M, the first in
    black"), else as said."""
    places = [_ORDINAL.match(p) for p in parts]
    if not any(places):
        return parts
    ordered: list[str | None] = [None] * count
    for match, part in zip(places, parts, strict=True):
        if match is None:
            return None
        place = ORDINAL_WORDS[match["place"].lower()]
        index = count - 1 if place == -1 else place - 1
        if not 0 <= index < count or ordered[index] is not None:
            return None
        ordered[index] = part[match.end() :]
    return [p for p in ordered if p is not None] if None not in ordered else None
