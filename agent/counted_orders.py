"""An order said as a count of a named product with no verb: "two bags of the colombia coffee
pls", "3 packs of the trail mix please". A count in a unit, then "of the" and a product's name,
asks for that product: a search would say "some bags of coffee", a question would ask."""

from __future__ import annotations

import re

from agent.words import new_words

_COUNTED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|and|also|oh|hi|hey|yeah|so|um+|uh+|right|alright)[\s,]+)*"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple|a pair|one)\s+"
    r"(?:bags|boxes|box|packs|pack|packets|pairs|pair|bottles|bottle|cans|jars|cartons|tins|tubs"
    r"|rolls|bars|bag|jar|tin|tub|bar|loaves|sets|set|units)\s+of\s+(?:the|your|that|those)\s+"
    r"(?P<named>[^?]+?)\W*$"
)
_ASKS = re.compile(r"\b(?:how|what|which|why|when|where|do you|is there|are there|any)\b")


def orders_counted(text: str) -> bool:
    """A count in a unit of a product named, said as an order with no verb and no question."""
    match = _COUNTED.match(text)
    return bool(match and not _ASKS.search(text) and new_words(match["named"]))
