"""A budget carried to the next kind asked for: "and granola bars, same budget" after cereal under
$5 searches the bars under $5 too, and "just hats actually" after hats and scarves under $30 only
narrows what was asked. A new search otherwise starts from no price at all."""

from __future__ import annotations

import re
from typing import Any

from catalog.filters import SearchFilters

_SAME_BUDGET = re.compile(
    r"\b(?:(?:the )?same (?:budget|price(?: range| limit| point)?|limit|max|range|amount)"
    r"|same again (?:on|for) (?:the )?price|(?:at|for|in) that (?:price|budget))\b"
)

_JUST_A_KIND = re.compile(
    r"^\W*(?:(?:no|nah|ok(?:ay)?|hmm+|oh|wait|sorry)[\s,.!]+)*(?:just|only)\s+(?:the\s+)?"
    r"[a-z'-]+(?:\s+[a-z'-]+)?(?:[\s,]+(?:actually|then|please|pls|instead|thanks))*\W*$"
)
"""A correction that only narrows the kind: "just hats actually", "only the beanies then"."""


def with_same_budget(text: str, asked: SearchFilters, active: dict[str, Any]) -> SearchFilters:
    """`asked` with the last search's price bounds when the message keeps them and names none."""
    if asked.price_min is not None or asked.price_max is not None:
        return asked
    if not (_SAME_BUDGET.search(text.lower()) or _JUST_A_KIND.match(text.lower())):
        return asked
    low, high = active.get("price_min"), active.get("price_max")
    if low is None and high is None:
        return asked
    return asked.model_copy(update={"price_min": low, "price_max": high})
