""" "Add one of each" right after a list of several kinds ("orange juice, sea salt chips and honey
oat cereal?" listed as juice 1-3, snacks 4-6, cereal 7-9): the first shown of each kind, the one
that best matched what was asked, in the count said. With a cart and no such list, "two of each"
stays a count for every line (agent/each_counts.py)."""

from __future__ import annotations

import re
from typing import Any

from agent.each_counts import count_of_each
from agent.intents import LIKELY
from agent.state import ShoppingState
from agent.understanding import Intent, Understanding

_PLEASED = re.compile(
    r"^\W*(?:(?:great|perfect|cool|nice|awesome|lovely|brilliant|sounds good|good|excellent"
    r"|amazing|super)\b\W*)+"
)
"""A word of approval before the order ("great, add one of each")."""


def read_one_of_each_kind(understanding: Understanding, state: ShoppingState, search: Any) -> None:
    """The message as an add of the first listed product of each kind, when it says only "N of
    each" right after a list of several kinds."""
    if state.awaiting or state.pending_checkout or len(state.shown) < 2:
        return
    if state.cart_id and not state.understanding.then:
        return  # "two of each" with a cart and no list of kinds just shown: every line
    count = count_of_each(_PLEASED.sub("", understanding.text.lower()))
    if count is None:
        return
    places = _first_of_each_kind(state, search)
    if len(places) < 2:
        return
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    understanding.slots.quantity, understanding.slots.each = count, False
    understanding.slots.category = ""
    understanding.references.ordinals = places


def _first_of_each_kind(state: ShoppingState, search: Any) -> list[int]:
    """The places (1-based) of the first shown product of each leaf category, in list order."""
    places: dict[str, int] = {}
    for place, shown in enumerate(state.shown, 1):
        product = search.get(shown["id"])
        if product is not None and product.category:
            places.setdefault(product.category[-1], place)
    return list(places.values())
