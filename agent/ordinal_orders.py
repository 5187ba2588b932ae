"""A listed product picked by its place and given in its own options: "the first one in cream,
the 16 oz, two of them please", "2nd one, navy M x2".

Nothing but the pick, options the product comes in and a count is an order of that variant, as
a shop assistant would take it; a question ("the first one in cream?") stays a question.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import CONFIDENT, LIKELY
from agent.slots import color_words_in
from agent.split_orders import offers_colour, only_options
from agent.understanding import Intent, Understanding
from agent.variants import size_said, spelled_options

_MAY_ORDER = {Intent.SEARCH, Intent.REFINE}
_MAY_COUNT = {*_MAY_ORDER, Intent.PRODUCT_QUESTION}  # "the 2nd, x2" is no question
_PICK_AND_COUNT = re.compile(
    r"\b(?:the|that|this|a|an|one|ones|of|them|those|these|it|first|second|third|fourth|fifth"
    r"|last|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|top|two|three|four|five|six"
    r"|pairs?|boxes|box|packs?|bags?|bottles?|cans?|jars?|units?|pieces?|x\s?\d|\d{1,2}\s?x|\d{1,2}"
    r"|each|pcs?|please|pls|plz|thanks|thx|ta|cheers|i'?ll take|i'?ll have"
    r"|half|dozen|couple)\b"
)
# A letter size said as a word ("the last one, medium, black"): an option, not a search word.
_SIZE_WORD = re.compile(r"\b(?:size\s+)?(?:x-large|extra large|small|medium|large)\b")
# What may stand around a pick with its options and still ask nothing else: "got it in a medium?
# the second one", "do you have the third one in black".
_ASKS_IN = re.compile(
    r"\b(?:got|get|have|has|do|does|you|is|are|there|any|in|size|stock|can|could|i|want)\b"
)


def reads_ordinal_order(understanding: Understanding, search: Any) -> None:
    """Make a pick of one listed product in its own options, or with only a count ("the second
    one, two of them", "the 2nd, x2"), an add of that variant."""
    refs, slots, text = understanding.references, understanding.slots, understanding.text.lower()
    if _picks_nothing_shown(understanding, text):
        understanding.intent, understanding.confidence = Intent.UNCLEAR, CONFIDENT
        slots.category, slots.kind, slots.required = "", "", []
        return  # "the sixth one, x2" after five: asked which one, never another product
    if (
        understanding.confidence >= 0.8
        or len(refs.ordinals) != 1
        or len(refs.product_ids) != 1
        or "?" in text
        or not _gives_options_and_count(text, slots)
    ):
        return
    if _only_pick_and_count(text, slots) and understanding.intent in _MAY_COUNT:
        understanding.intent, understanding.confidence = Intent.ADD, LIKELY
        slots.category, slots.kind, slots.required = "", "", []
        return
    if understanding.intent not in _MAY_ORDER:
        return
    product = search.get(refs.product_ids[0])
    if product is None:
        return
    colours = [c for c in color_words_in(text) if offers_colour(product, c)]
    others = spelled_options(product, text)
    size = others.get("size") or size_said(product, text)
    if not (colours or others or size):
        return
    if not only_pick_and_options(text, product):
        return
    understanding.intent, understanding.confidence = Intent.ADD, LIKELY
    slots.category, slots.kind, slots.required = "", "", []
    if size and not slots.size:
        slots.size = size


def only_pick_and_options(text: str, product: Any) -> bool:
    """Nothing said beyond a pick, a count and options the product comes in ("the one by
    Kerbside in black, size 10", "half a dozen of the Loomhouse one please")."""
    return only_options(_SIZE_WORD.sub(" ", _PICK_AND_COUNT.sub(" ", text)), product)


_ORDERS = re.compile(r"\b(?:please|pls|plz|i'?ll take|i'?ll have|i'?d like|i want)\b")


def _gives_options_and_count(text: str, slots: Any) -> bool:
    """Several parts (options, a count) beyond the pick, or an order said with it ("the last one
    in navy please"): more than "the first one in cream"."""
    return slots.quantity is not None or text.count(",") >= 1 or bool(_ORDERS.search(text))


def _only_pick_and_count(text: str, slots: Any) -> bool:
    """Nothing said but the pick and how many: "the third one, 3 of those please"."""
    return slots.quantity is not None and not re.sub(r"[\W_]+", "", _PICK_AND_COUNT.sub(" ", text))


def _picks_nothing_shown(understanding: Understanding, text: str) -> bool:
    """A pick by place, and perhaps a count, of a place no shown product stands in."""
    refs = understanding.references
    if understanding.intent not in _MAY_COUNT or not refs.ordinals or refs.product_ids:
        return False
    rest = _PICK_AND_COUNT.sub(" ", text)
    if "?" not in text and not re.sub(r"[\W_]+", "", rest):
        return True
    rest = _ASKS_IN.sub(" ", _SIZE_WORD.sub(" ", rest))  # "got it in a medium? the second one"
    for colour in color_words_in(rest):
        rest = rest.replace(colour, " ")
    return not re.sub(r"[\W_]+", "", rest)
