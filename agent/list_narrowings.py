"""A message that only rules something out of the list shown narrows that list.

"on second thought no black, everything i own is black lol" names no kind the store sells: the
shopper is still after the running shoes shown, less the black ones, not a search for the rest
of the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.intents import LIKELY
from agent.kinds import is_attribute_word
from agent.understanding import Intent, Understanding

_OWNED = re.compile(r"\b(?:my|our|his|her|their)\s+[a-z'-]+")
"""What the shopper already has ("my kitchen is all white already") is no kind asked for."""


def narrows_the_list(
    understanding: Understanding, has_shown: bool, names_kind: Callable[[str], bool]
) -> None:
    """Reads a search that rules out a colour, material, brand or word and names no sold kind,
    said while a list is shown, as narrowing that list ("waterproof ones only, not water
    resistant" of the jackets shown)."""
    negations = understanding.negations
    if (
        understanding.intent is not Intent.SEARCH
        or not has_shown
        or not (negations.colors or negations.materials or negations.brands or negations.words)
        or names_kind(_described_only(understanding.slots.category))
    ):
        return
    understanding.intent, understanding.confidence = Intent.REFINE, LIKELY
    understanding.slots.category, understanding.slots.kind = "", ""


def _described_only(category: str) -> str:
    """The words that may name a kind: not what the shopper owns, nor a word that only describes
    ("waterproof" of "Splash Waterproof Speaker" is no kind asked for in "waterproof ones")."""
    words = re.findall(r"[a-z][a-z'-]*", _OWNED.sub(" ", category))
    return " ".join(w for w in words if not is_attribute_word(w))
