""" "Which is the cheaper of those two?" right after two products were compared or listed.

The comparative picks one of the two the shopper is looking at; it is a question about that
product (its price), not a search for anything cheaper.
"""

from __future__ import annotations

import re
from typing import Any

from agent.measure_steps import measure
from agent.understanding import Intent, Understanding
from agent.words import new_words

_MAY_PICK = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.COMPARE}
_POINTS = re.compile(
    r"\bwhich\b|\bof (?:those|these|them|the)\b|\b(?:the|that) (?:cheaper|pricier|dearer)\b"
)
_PICK_WORDS = re.compile(
    r"\b(?:which|cheaper|less expensive|pricier|dearer|more expensive|two|both|one'?s?|is|it"
    r"|of|those|these|them|the|that|cost|costs|price|much|how|again)\b"
)


def picks_of_two(understanding: Understanding, compared: list[str], shown_count: int) -> bool:
    """Make "the cheaper of those two" a price question about the one it picks; True when it
    did (the references resolve the pick among the products compared, else those shown)."""
    slots, text = understanding.slots, understanding.text.lower()
    if (
        understanding.intent not in _MAY_PICK
        or not (slots.cheaper or slots.pricier)
        or not (len(compared) >= 2 or shown_count == 2)
        or understanding.references.ordinals
        or understanding.references.product_ids
        or slots.price_max is not None
        or not _POINTS.search(text)
        or new_words(_PICK_WORDS.sub(" ", text))
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    slots.category, slots.kind = "", ""
    slots.asked = list(dict.fromkeys([*slots.asked, "price"]))
    return True


_TAKES = re.compile(
    r"\b(?:i'?ll (?:take|have|get|grab|go with|go for)|add|give me|get me|i want|i(?:'d| would)"
    r" like|let'?s (?:go with|get|do)|go with|put|i'?ll buy|buy|order)\b"
)
"""Words that take the product picked: "I'll take the cheaper of those two"."""


def takes_compared_pick(
    understanding: Understanding, compared: list[str], shown: list[str]
) -> None:
    """ "I'll take the cheaper of those two, in olive, size L" after a comparison: an add of the
    one the comparative picks (already resolved among those compared), in the options said."""
    slots, refs, text = understanding.slots, understanding.references, understanding.text.lower()
    pool = compared if len(compared) >= 2 else shown if len(shown) == 2 else []
    if (
        (understanding.intent not in _MAY_PICK and understanding.source != "classifier")
        or not (slots.cheaper or slots.pricier)
        or len(refs.product_ids) != 1
        or refs.product_ids[0] not in pool
        or not _POINTS.search(text)
        or not _TAKES.search(text)
    ):
        return
    understanding.intent, understanding.confidence = Intent.ADD, max(understanding.confidence, 0.8)
    slots.category, slots.kind, slots.sort, slots.asked = "", "", "relevance", []


_BY_MEASURE = re.compile(
    r"\b(?:the|that)\s+(bigger|larger|roomier|smaller|more compact|biggest|largest|smallest)"
    r"\s+(?:one|of (?:those|these|the) two|of (?:them|those|these))\b"
)
"""The one of two picked by its size: "I'll take the bigger one in forest green"."""


def takes_measured_pick(
    understanding: Understanding, compared: list[str], shown: list[str], search: Any
) -> None:
    """ "I'll take the bigger one in forest green" after two products were compared (or are the
    only two listed): an add of the one that measures more (or less), in the options said."""
    text = understanding.text.lower()
    pool = compared if len(compared) >= 2 else shown if len(shown) == 2 else []
    said = _BY_MEASURE.search(text)
    if not pool or said is None or not _TAKES.search(text) or understanding.references.ordinals:
        return
    products = [p for p in (search.get(i) for i in pool) if p is not None]
    measured = [(m, p) for p in products if (m := measure(p)) is not None]
    if len(measured) != len(pool) or len({unit for (unit, _), _ in measured}) != 1:
        return  # a pair with no one measure to go by: no pick guessed
    amounts = [amount for (_, amount), _ in measured]
    if len(set(amounts)) != len(amounts):
        return
    smaller = said[1] in {"smaller", "more compact", "smallest"}
    pick = (min if smaller else max)(measured, key=lambda m: m[0][1])[1]
    slots = understanding.slots
    understanding.intent, understanding.confidence = Intent.ADD, max(understanding.confidence, 0.8)
    understanding.references.product_ids = [pick.id]
    slots.category, slots.kind, slots.sort, slots.asked = "", "", "relevance", []
    slots.bigger = slots.smaller = False
