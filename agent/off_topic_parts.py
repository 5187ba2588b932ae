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
    shopping = [_LEAD.sub("", p.strip()) for p in parts if p not in off and _asks_to_shop(p)]
    return " ".join(shopping) if off and shopping else text


def _asks_to_shop(sentence: str) -> bool:
    """ "do you sell throw blankets?", not a reason ("I want to hang the washing out")."""
    said = _LEAD.sub("", sentence.lower().strip())
    return bool(ph.SEARCH_OPENING.search(said)) and not _TO_DO.match(said)


_TO_DO = re.compile(r"i (?:want|need) to\b")
