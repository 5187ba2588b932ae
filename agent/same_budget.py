"""A budget carried to the next kind asked for: "and granola bars, same budget" after cereal under
$5 searches the bars under $5 too. A new search otherwise starts from no price at all."""

from __future__ import annotations

import re
from typing import Any

from catalog.filters import SearchFilters

_SAME_BUDGET = re.compile(
    r"\b(?:(?:the )?same (?:budget|price(?: range| limit| point)?|limit|max|range|amount)"
    r"|same again (?:on|for) (?:the )?price|(?:at|for|in) that (?:price|budget))\b"
)


def with_same_budget(text: str, asked: SearchFilters, active: dict[str, Any]) -> SearchFilters:
    """`asked` with the last search's price bounds when the message keeps them and names none."""
    if asked.price_min is not None or asked.price_max is not None:
        return asked
    if not _SAME_BUDGET.search(text.lower()):
        return asked
    low, high = active.get("price_min"), active.get("price_max")
    if low is None and high is None:
        return asked
    return asked.model_copy(update={"price_min": low, "price_max": high})
