"""A value taken back inside one message: "size large... no sorry, medium", "in red, no wait,
blue", "a 9, I mean a 9.5". The later value is the one meant, so the earlier one and the words
taking it back are dropped before anything reads the message. Only a value replaced by one of
the same sort (a size by a size, a colour by a colour) is read as taken back.
"""

from __future__ import annotations

import re

from agent.size_words import SIZE_WORDS
from aisle.colors import FAMILIES, SHADES

_SIZE = (
    "(?:" + "|".join(re.escape(word) for word in SIZE_WORDS)
    + r"|xxs|xs|s|m|l|xl|xxl|\d{1,2}(?:\.5)?)"
)  # fmt: skip
_COLOURS = sorted({*FAMILIES, *SHADES}, key=len, reverse=True)
_COLOUR = "(?:" + "|".join(re.escape(word) for word in _COLOURS) + ")"
_TAKEN_BACK = (
    r"(?:\s*(?:\.{2,}|…|,|-+|—|–)\s*|\s+)(?:an?\s+)?"
    r"(?:(?:no|nope|nah|sorry|oops|wait|hang on|i mean|i meant|actually|or rather|make that"
    r"|scratch that)(?![\w'])[\s,.!…]*)+(?:an?\s+|size\s+)?"
)


def _taking_back(value: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])({value})(?![\w-]){_TAKEN_BACK}({value})(?![\w-])", re.IGNORECASE
    )


_PATTERNS = (_taking_back(_SIZE), _taking_back(_COLOUR))


def later_values(text: str) -> str:
    """The message with a size or colour taken back replaced by the one said after it."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda match: match.group(2), text)
    return text
