"""A question for the options a product comes in ("what sizes does the tee come in?", "which
colours are there?", "what size range is it?"): every size or colour is listed, even when the
shopper says their own ("I'm not sure whether I'm a large or an extra large"), which is no
question of that one's stock."""

from __future__ import annotations

import re

_WHICH = re.compile(
    r"\b(?:what|which|wat|wich)\s+(?:other\s+)?(?P<option>sizes|colou?rs)\b"
    r"(?!\s+(?:is|are)\s+(?:in stock|available|left)\b)"
    r"|\b(?P<option2>sizes|colou?rs)\s+(?:does|do)\s+(?:it|they|the\b[^?]*?)\s+come\s+in\b"
    r"|\b(?P<option3>size|colou?r)\s+range\b|\brange of (?P<option4>sizes|colou?rs)\b"
)


def options_listed(text: str) -> set[str]:
    """ "size" and/or "color", the options the question asks to be listed."""
    found = set()
    for match in _WHICH.finditer(text.lower()):
        option = match["option"] or match["option2"] or match["option3"] or match["option4"]
        found.add("size" if option.startswith("size") else "color")
    return found


_STOCK_ASK = re.compile(
    r"\b(?:have you(?: got)?|do you have|got any|in stock|available|left|sold out|can i get)\b"
)


def asks_stock_too(text: str) -> bool:
    """The message also asks after one size or colour ("what colours, and have you a 12 in
    black?"): that one's stock is answered beside the list."""
    return bool(_STOCK_ASK.search(text.lower()))
