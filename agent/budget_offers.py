"""A new budget offered for the list shown, with the talk around it: "hmm, none of those, maybe
up to 80 then?", "what about under 250 then, would that work?". The rejection of the list and
the "would that work" asked of the new amount are no question about a product: the same search
runs again with the new bound, keeping the kind and the other limits."""

from __future__ import annotations

import re

from agent.understanding import Slots
from agent.words import new_words

_LIST_TALK = re.compile(
    r"\b(?:(?:would|will|does|do|could|can|is|might) (?:that|this|it) (?:work|do|help"
    r"|be (?:ok(?:ay)?|fine|better|enough|possible))"
    r"|(?:none|neither|not one) of (?:those|these|them|the above)(?: (?:work|works|do it|are right"
    r"|suit|fit))?"
    r"|(?:i )?(?:don'?t|do not) (?:like|love|want) (?:those|these|them|any of (?:those|these|them))"
    r"|not (?:quite )?(?:those|these|them)"
    r"|(?:is )?(?:that|this) (?:ok(?:ay)?|possible|doable))\b"
)
_OFFERS = re.compile(
    r"\b(?:then|what about|how about|maybe|instead|up to|stretch|go up|raise|bump|push|budget"
    r"|could do|can do|can go|could go|can spend|could spend|max|tops)\b"
)
_ASKING = frozenset({
    "come", "comes", "go", "stretch", "spend", "pay", "afford", "do", "see", "show", "get",
    "find", "look", "need", "want", "have", "got", "raise", "bump", "push", "budget", "max",
    "tops", "ok", "okay", "fine", "work", "sorry", "actually", "really",
})  # fmt: skip


def offers_new_budget(text: str, slots: Slots, has_shown: bool) -> bool:
    """Whether a message after a list only names a new price bound, with talk about the list or
    the amount around it (no kind, no product, no other request)."""
    if not has_shown or (slots.price_max is None and slots.price_min is None):
        return False
    if not _OFFERS.search(text) and not _LIST_TALK.search(text):
        return False
    rest = _LIST_TALK.sub(" ", text)
    return all(w in _ASKING for w in new_words(rest))
