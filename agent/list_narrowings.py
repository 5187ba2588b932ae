"""A message that only rules something out of the list shown narrows that list.

"on second thought no black, everything i own is black lol" names no kind the store sells: the
shopper is still after the running shoes shown, less the black ones, not a search for the rest
of the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.intents import LIKELY
from agent.understanding import Intent, Understanding

_OWNED = re.compile(r"\b(?:my|our|his|her|their)\s+[a-z'-]+")
"""What the shopper already has ("my kitchen is all white already") is no kind asked for."""


def narrows_the_list(
    understanding: Understanding, has_shown: bool, names_kind: Callable[[str], bool]
) -> None:
    """Reads a search that rules out a colour, material or brand and names no sold kind, said
    while a list is shown, as narrowing that list."""
    negations = understanding.negations
    if (
        understanding.intent is not Intent.SEARCH
        or not has_shown
        or not (negations.colors or negations.materials or negations.brands)
        or names_kind(_OWNED.sub(" ", understanding.slots.category))
    ):
        return
    understanding.intent, understanding.confidence = Intent.REFINE, LIKELY
    understanding.slots.category, understanding.slots.kind = "", ""
