"""A request to add that comes after a lead-in: "back to school stuff: add the campus classic
backpack in forest green", "right, birthday shopping - I'll take the ringer tee in sage, M",
"care package time 📦 add the earl grey tea" (an emoji ends the lead-in as punctuation would).

The lead-in says what the shopping is for; the clause after it is the request. When the whole
message reads only as a loose search, the add clause is read on its own, with the size the
lead-in gave the wearer ("I'm a 10 in shoes, add the Court Classic Sneaker in tan": a 10).
"""

from __future__ import annotations

import re

from agent.size_words import SIZE_WORDS
from agent.slots import size_in

_ADD_CLAUSE = re.compile(
    r"(?:[:;.!?]|\s[-–—]|,|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s+(?=(?:(?:ok(?:ay)?|so|then|and|please|pls|just|now|right|first)\W+)*"
    r"(?:add|put|pop|throw|chuck|stick|grab|get me|give me|i'?ll (?:take|have|get|grab)"
    r"|i(?:'d| would) like|i want|let me (?:get|have)|can i (?:get|have)|could i (?:get|have)"
    r"|can you add|could you add|please add)\b)",
    re.IGNORECASE,
)


_WEARER_SIZE = re.compile(
    r"\b(?:i'?m|i am|im|i wear|i take|i'?m usually|i usually (?:wear|take))"
    r"\s+(?:(?:usually|normally|always|a|an|size|in)\s+)*(?P<size>\d{1,2}(?:\.5)?|x{0,3}[sml]"
    rf"|{'|'.join(re.escape(word) for word in SIZE_WORDS)})(?![\w.])",
    re.IGNORECASE,
)
"""The shopper's own size told in the lead-in: "I'm a 10 in shoes", "I wear a medium"."""


def add_clause(text: str) -> str | None:
    """The add request after a lead-in, or None when the message opens with its request."""
    found = list(_ADD_CLAUSE.finditer(text))
    if not found:
        return None
    rest = text[found[-1].end() :].strip()
    worn = _WEARER_SIZE.search(text[: found[-1].start()])
    if rest and worn and size_in(rest.lower()) is None:
        rest = f"{rest.rstrip(' .!')}, size {worn['size']}"
    return rest or None
