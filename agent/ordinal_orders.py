"""A listed product picked by its place and given in its own options: "the first one in cream,
the 16 oz, two of them please", "2nd one, navy M x2".

Nothing but the pick, options the product comes in and a count is an order of that variant, as
a shop assistant would take it; a question ("the first one in cream?") stays a question.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import LIKELY
from agent.slots import color_words_in
from agent.split_orders import offers_colour, only_options
from agent.understanding import Intent, Understanding
from agent.variants import size_said, spelled_options

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE}
_PICK_AND_COUNT = re.compile(
    r"\b(?:the|that|this|a|an|one|ones|of|them|those|these|it|first|second|third|fourth|fifth"
    r"|last|1st|2nd|3rd|4th|5th|top|two|three|four|five|six|pairs?|x\s?\d|\d{1,2}\s?x|\d{1,2}"
    r"|each|pcs?|please|pls|plz|thanks|thx|ta|cheers|i'?ll take|i'?ll have)\b"
)


def reads_ordinal_order(understanding: Understanding, search: Any) -> None:
    """Make a pick of one listed product in its own options an add of that variant."""
    refs, slots, text = understanding.references, understanding.slots, understanding.text.lower()
    if (
        understanding.intent not in _MAY_ORDER
        or understanding.confidence >= 0.8
        or len(refs.ordinals) != 1
        or len(refs.product_ids) != 1
        or "?" in text
        or not _gives_options_and_count(text, slots)
    ):
        return
    product = search.get(refs.product_ids[0])
    if product is None:
        return
    colours = [c for c in color_words_in(text) if offers_colour(product, c)]
    others = spelled_options(product, text)
    size = others.get("size") or size_said(product, text)
    if not (colours or others or size):
        return
    if not only_options(_PICK_AND_COUNT.sub(" ", text), product):
        return
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    slots.category, slots.kind, slots.required = "", "", []
    if size and not slots.size:
        slots.size = size


def _gives_options_and_count(text: str, slots: Any) -> bool:
    """Several parts (options, a count) beyond the pick: more than "the first one in cream"."""
    return slots.quantity is not None or text.count(",") >= 1
