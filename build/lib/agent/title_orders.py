"""An order by catalog titles with counts and no verb: "2 Ruby Red Grapefruit Juice and a bag of
Sea Salt Kettle Chips", "3x Peppermint Tea". Read as an add, not a search for "red".

Only when the message opens with a count and every item in it quotes most of one catalog
product's title, so "2 person tent" or "3 pack socks" stay searches.
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_phrases import ITEM_BREAK
from agent.phrases import QUESTION
from catalog.sparse import tokenize

TITLE_SHARE = 0.8
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_LEAD = re.compile(
    r"^\s*(?:(\d{1,2})\s*x?|(one|two|three|four|five|six|seven|eight)|a (?:couple|pair) of)\s+"
    r"(?=[a-z])"
)


def ordered_count(text: str, search: Any) -> int | None:
    """How many of the first item a verb-less order by title asks for; None for anything else."""
    lowered = " ".join(text.lower().split())
    lead = _LEAD.match(lowered)
    if lead is None or QUESTION.search(lowered):
        return None
    parts = [p for p in ITEM_BREAK.split(lowered) if p.strip()]
    if not all(_quotes_a_title(part, search) for part in parts):
        return None
    if lead[1]:
        return int(lead[1])
    return _WORDS.get(lead[2] or "", 2)


def _quotes_a_title(part: str, search: Any) -> bool:
    said = set(tokenize(part))
    for hit in search.search(part, limit=3, parse=False).hits:
        title = set(tokenize(hit.product.title))
        hits = len(title & said)
        if title and hits >= 2 and hits / len(title) >= TITLE_SHARE:
            return True
    return False
