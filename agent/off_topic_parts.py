"""An off-topic ask packed with a shopping one: "write me a poem about my cat. oh and also, do
you sell throw blankets?" is served as the shopping part, as a shop assistant would let the poem
pass and answer about the blankets."""

from __future__ import annotations

import re

from agent import phrases as ph

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LEAD = re.compile(r"^(?:(?:oh|and|also|btw|but|anyway|anyways|ok(?:ay)?|so|then|plus)[\s,]+)+")


def without_off_topic(text: str) -> str:
    """The message less its off-topic sentences when another sentence asks to shop."""
    parts = _SENTENCE.split(text.strip())
    if len(parts) < 2:
        return text
    off = [p for p in parts if ph.OFF_TOPIC.search(p.lower())]
    shopping = [
        _LEAD.sub("", p.strip())
        for p in parts
        if p not in off and ph.SEARCH_OPENING.search(_LEAD.sub("", p.lower().strip()))
    ]
    return " ".join(shopping) if off and shopping else text
