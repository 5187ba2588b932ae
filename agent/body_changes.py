"""A person's body said to have changed ("he's put on a bit of weight", "she's put on a few
pounds") is context for a size, not an order: "put on" there is "gained", never "add to cart".
"""

from __future__ import annotations

import re

_PUT_ON = re.compile(
    r"\bput(?:ting)?\s+on\s+(?=(?:(?:a|some|quite|a\s+bit|a\s+little|a\s+lot|a\s+few|a\s+couple"
    r"|of|more|loads|lots|bit|little|few|\d+)\s+)*(?:weight|pounds|lbs|kilos|kgs?|stone|inches"
    r"|muscle|bulk|height|a\s+growth\s+spurt)\b)",
    re.IGNORECASE,
)


def gained_not_put_on(text: str) -> str:
    """The text with "put on" before weight, pounds or inches read as "gained"."""
    return _PUT_ON.sub("gained ", text)
