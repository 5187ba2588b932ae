"""A request to add that comes after a lead-in: "back to school stuff: add the campus classic
backpack in forest green", "right, birthday shopping - I'll take the ringer tee in sage, M",
"care package time 📦 add the earl grey tea" (an emoji ends the lead-in as punctuation would).

The lead-in says what the shopping is for; the clause after it is the request. When the whole
message reads only as a loose search, the add clause is read on its own.
"""

from __future__ import annotations

import re

_ADD_CLAUSE = re.compile(
    r"(?:[:;.!?]|\s[-–—]|,|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s+(?=(?:(?:ok(?:ay)?|so|then|and|please|pls|just|now|right|first)\W+)*"
    r"(?:add|put|pop|throw|chuck|stick|grab|get me|give me|i'?ll (?:take|have|get|grab)"
    r"|i(?:'d| would) like|i want|let me (?:get|have)|can i (?:get|have)|could i (?:get|have)"
    r"|can you add|could you add|please add)\b)",
    re.IGNORECASE,
)


def add_clause(text: str) -> str | None:
    """The add request after a lead-in, or None when the message opens with its request."""
    found = list(_ADD_CLAUSE.finditer(text))
    if not found:
        return None
    rest = text[found[-1].end() :].strip()
    return rest or None
