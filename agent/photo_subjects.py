"""What the words with a photo say the photographed item is not: in "add this one in cream, it
matches my sandals" the sandals are the shopper's own, so they must not name the photo's kind."""

from __future__ import annotations

import re

_MATCHES_MINE = re.compile(
    r"[,;.]?\s*\b(?:it|this(?: one)?|that(?: one)?|which)"
    r"(?:\s+|(?='))(?:matches|goes (?:well )?with|pairs with"
    r"|(?:'ll|\s?will|\s?would) (?:go (?:well )?with|match))"
    r"\s+(?:my|our|his|her|their)\b[^,;.!?]*",
    re.IGNORECASE,
)


def about_the_photo(text: str) -> str:
    """The words with a photo less what they say the photo's item goes with."""
    return _MATCHES_MINE.sub("", text).strip()
