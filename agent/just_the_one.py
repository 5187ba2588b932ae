""" "Actually just the one, size large... no wait, medium" with one product in view: an order of
one of it, in the options said (asked for any still missing), never a stock answer."""

from __future__ import annotations

import re
from typing import Any

from agent.intents import LIKELY
from agent.ordinal_orders import only_pick_and_options
from agent.understanding import Intent, Understanding

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.PRODUCT_QUESTION}
_JUST_ONE = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|right|yeah|yes|so|then|well|erm+|um+|hmm+)\W+)*"
    r"(?:just|only) (?:the )?one\b(?: (?:please|pls|then|thanks))?"
)


def read_just_the_one(
    understanding: Understanding, in_view: str | None, in_cart: list[str], search: Any
) -> None:
    """Make "just the one, <options>" an add of one of the product in view."""
    text = " ".join(understanding.text.lower().split())
    said = _JUST_ONE.match(text)
    if said is None or in_view is None or in_view in in_cart:
        return
    if understanding.intent not in _MAY_ORDER or "?" in text:
        return
    product = search.get(in_view)
    if product is None or not only_pick_and_options(text[said.end() :], product):
        return
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    understanding.references.product_ids = [in_view]
    understanding.slots.quantity = 1
    understanding.slots.category, understanding.slots.kind = "", ""
    understanding.slots.asked = []
