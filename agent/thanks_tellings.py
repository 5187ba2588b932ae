"""A thanks followed by what the shopper tells of a thing: "omg thank you!! the beanie is the
exact olive of my jacket 😍", "thanks so much, the boots fit perfectly".

Nothing is asked: the thing told of is already theirs, so the message is a thanks, never a
search for what it names. A question, a want or an order after the thanks still asks
("thanks! is the beanie in stock?", "thanks, now I need a scarf").
"""

from __future__ import annotations

import re

_THANKS = re.compile(
    r"^\W*(?:(?:omg|oh my god|oh|wow|aw+|yay|yes+|ok(?:ay)?|great|perfect|amazing|awesome|love it"
    r"|cool|so)\W+)*(?:thank you|thanks?|thx|ty|cheers|ta)\b(?:\s+(?:so much|a lot|loads|heaps"
    r"|very much|a million))?[\s!.,~]*",
    re.IGNORECASE,
)
_TELLS = re.compile(
    r"^(?:the|my|our|his|her|their|these|those|this|that|it|they|he|she)\b[^.!?]*?"
    r"\b(?:is|are|was|were|looks?|fits?|fitted|arrived|came|goes|go|matches|match|feels?|'s)\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\?|\b(?:want|wanna|need|looking for|show|find|add|buy|order|get me|can (?:i|you)"
    r"|could (?:i|you)|do you|have you|any\b|anything|something|what|which|how|where|when"
    r"|recommend|also|now)\b",
    re.IGNORECASE,
)


def thanks_telling(text: str) -> bool:
    """Whether the message thanks and then only tells of something the shopper has."""
    thanks = _THANKS.match(text)
    if thanks is None:
        return False
    rest = text[thanks.end() :].strip()
    return bool(rest) and _TELLS.match(rest) is not None and _ASKS.search(rest) is None
