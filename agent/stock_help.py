"""How to find out whether something is in stock in one's size: "how do i find out if u have
something in my size", "can u check if stuff is in stock for me". They ask what the assistant can
do, naming no product, so they get the way to ask, never a search for "something" or "stuff"."""

from __future__ import annotations

import re

_ANY_THING = r"(?:stuff|something|somethin|things?|items?|products?|anything|what(?:'s| is)?)"
_CHECK = r"(?:find out|check|know|see|tell|look up|work out|figure out)"
_STOCK = (
    r"(?:in stock|(?:the )?stock|availab\w*|sold out|(?:in )?my size|(?:in )?my colou?r"
    rf"|(?:have|got|carry|stock) {_ANY_THING})"
)
_ASKS = re.compile(
    rf"\bhow (?:do|can|could|would|will|should) (?:i|we|you|u) (?:ever )?{_CHECK}\b"
    rf"(?:(?![.?!]).)*\b{_STOCK}"  # "how do i find out if u have something in my size"
    rf"|\b(?:can|could|will|do) (?:you|u|ya) (?:also |even )?(?:check|tell me|see|look up|find out"
    rf"|show me)\b(?: (?:if|whether))? {_ANY_THING}\b(?:(?![.?!]).)*\b{_STOCK}"  # "can u check if
    # stuff is in stock for me"; asked plainly once "can you tell me if" is read away
    r"|^\W*(?:is|are) (?:stuff|things|items|products) (?:(?![.?!]).)*\b(?:in stock|availab\w*)"
)
_POINTS = re.compile(r"\b(?:this|these|those|them|it|one of|the (?:first|second|third|last))\b")
"""A pointer at a product shown ("can you check if these are in stock"): a stock question."""

STOCK_STEPS = (
    'I can check that for you: tell me the product and your size or colour, like "do you have '
    'the first one in a size 9?" or "is the navy one in stock in M?", or send a photo and ask '
    '"got this in my size, M?". I check the stock of that exact size and colour and tell you '
    "when it's sold out. What are you looking for?"
)


def asks_how_to_check_stock(text: str) -> bool:
    """The message asks how (or whether) the assistant checks stock or sizes, for no product."""
    lowered = " ".join(text.lower().split())
    return bool(_ASKS.search(lowered)) and not _POINTS.search(lowered)
