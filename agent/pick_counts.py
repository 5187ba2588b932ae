"""Each pick's own count when several listed products are picked in one message: "add 2 boxes
of the first one and 1 of the second one" is two of the first and one of the second."""

from __future__ import annotations

import re

from agent.slots import ordinals_in, quantity_in

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)")


def counts_per_pick(text: str, picks: int) -> list[int | None]:
    """The count said in each pick's own clause, in the order picked (None where none is said,
    or for all when the clauses do not name one pick each: "the first two")."""
    parts = [part for part in _JOIN.split(text.lower()) if ordinals_in(part)]
    if len(parts) != picks or any(len(ordinals_in(part)) != 1 for part in parts):
        return [None] * picks
    return [quantity_in(part) for part in parts]
