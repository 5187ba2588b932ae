"""Who wears the size, said around it in reply to "which size?": "he's a 36 these days".

The shopper answers about the wearer instead of the item ("my husband takes a 34", "she is
an M now"); those words say whose size it is, not another product or a change of mind.
"""

from __future__ import annotations

import re

from agent.recipients import PERSON_PATTERN

_WEARER = re.compile(
    rf"\b(?:(?:my|our|the) (?:{PERSON_PATTERN})|he|she|they|him|her|them)"
    r"(?:'s|’s|'re|’re| is| are| was| wears?| takes?| needs?| fits?(?: in| into)?| has)?\b"
    r"|\b(?:these days|nowadays|now|at the moment|right now|usually|normally|currently"
    r"|last time i checked|i think|i believe|apparently|anyway)\b"
)


def without_wearer(text: str) -> str:
    """The reply with the words about the wearer and when taken out."""
    return _WEARER.sub(" ", text.lower())
