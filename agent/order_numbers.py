"""An order named by its number ("can you check on order #A-77812?", "order no. 4471 status").

A shopper who quotes an order number asks about that order, whatever else the message says; the
assistant looks only among this conversation's orders and says plainly when the number is not
one of them, instead of searching the catalog for the number's words.
"""

from __future__ import annotations

import re
from typing import Any

_NUMBERED = re.compile(
    r"\border\s*(?P<marker>(?:number|num|no\.?|id|ref(?:erence)?)\s*[:#]?|[:#])?\s*#?"
    r"(?P<number>(?=[a-z0-9_-]*\d)[a-z0-9][a-z0-9_-]{2,})\b",
    re.I,
)
_LONG_NUMBER = 5
"""Digits alone name an order only when marked ("order #123") or this long: "order 12 of them"
and "order 100 cups" are amounts."""


def order_number_in(text: str) -> str | None:
    """The order number quoted, as written ("A-77812"), or None."""
    for match in _NUMBERED.finditer(text):
        number = match.group("number")
        marked = bool(match.group("marker")) or "#" in match.group(0)
        counted = re.fullmatch(r"\d+(?:st|nd|rd|th|s|pcs?)", number, re.I)  # "order 3rd"
        if (marked or not number.isdigit() or len(number) >= _LONG_NUMBER) and not counted:
            return number
    return None


def same_order(order_id: str, number: str) -> bool:
    """Whether the number quoted names this order (case and a leading "#" aside)."""
    return order_id.lower() == number.lower().lstrip("#")


def numbered_order(orders: list[Any], number: str) -> Any:
    """The conversation's order with this number, or None."""
    return next((order for order in orders if same_order(order.id, number)), None)


def unknown_order_text(number: str) -> str:
    """Said when the number quoted is not one of this conversation's orders."""
    return (
        f"Sorry, I can't find order {number}: it is not one of this conversation's orders "
        "(I can only see the orders made in this chat)."
    )
