"""What the words with a photo say the photographed item is not: in "add this one in cream, it
matches my sandals" the sandals are the shopper's own, so they must not name the photo's kind;
in "saw someone with this on the trail" the trail is where it was seen, no word of its name."""

from __future__ import annotations

import re

_MATCHES_MINE = re.compile(
    r"[,;.]?\s*\b(?:it|this(?: one)?|that(?: one)?|which)"
    r"(?:\s+|(?='))(?:matches|goes (?:well )?with|pairs with"
    r"|(?:'ll|\s?will|\s?would) (?:go (?:well )?with|match))"
    r"\s+(?:my|our|his|her|their)\b[^,;.!?]*",
    re.IGNORECASE,
)

_SEEN_WHERE = re.compile(
    r"\b(?:i\s+)?(?:saw|spotted|seen|noticed)\s+(?:(?:someone|somebody|people|a (?:guy|girl|man"
    r"|woman|lady|bloke|kid|friend)|my [a-z]+)\s+(?:with|wearing|carrying|using|in)\s+)?"
    r"(?:this|these|it|them|one)\s+(?:on|at|in|outside|near)\s+[^,;.!?\u2013\u2014]*",
    re.IGNORECASE,
)


def about_the_photo(text: str) -> str:
    """The words with a photo less what they say the photo's item goes with, or where it was
    seen."""
    return _SEEN_WHERE.sub("", _MATCHES_MINE.sub("", text)).strip(" ,;-\u2013\u2014")
