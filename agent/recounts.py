"""A new count for what was just added, said as a need: "hmm I need 4 of those actually, one for
everybody", "we'll want 6 of them": the line's quantity becomes that count (never one more)."""

from __future__ import annotations

import re

_RECOUNT = re.compile(
    r"\b(?:i|we)(?: actually| really| will| would| do)?(?:'ll|'d)?(?: actually| really)?"
    r" (?:need|want|take|get|have|like)(?: actually)?"
    r" (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:of (?:those|them|these|that|it)|in total|total|altogether)\b"
    # "actually i need 3, one for each kid": the count closes the clause
    r"|\b(?:i|we)(?: actually| really)?(?:'ll|'d| will| would)? (?:actually |really )?"
    r"(?:need|want)(?: actually)? (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?=\s*(?:[,.!;]|$|actually\b|please\b|pls\b|instead\b|then\b))"
)


def recounts_the_add(text: str) -> bool:
    """The message says how many of the item just added the shopper needs after all."""
    return bool(_RECOUNT.search(text)) and not re.search(r"\b(?:more|another|extra)\b", text)
