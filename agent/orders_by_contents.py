"""An order meant by what was in it: "cancel the mug order, but keep the tea one".

With several orders in one conversation, "the latest" is a guess; the shopper names the order
by a product it holds. Only the words before a "but", "keep" or "not" name the one meant, and
an order is picked only when it alone holds them.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_numbers import order_number_in
from catalog.sparse import tokenize

_KEPT = re.compile(r"\b(?:but|keep|keeping|not|except)\b", re.IGNORECASE)
_PLAIN = {"order", "one", "cancel", "actually", "please", "yes", "yeah", "instead", "item"}


def order_by_contents(text: str, orders: list[Any]) -> Any | None:
    """The one order whose products the message names, or None (one order, an order number
    quoted, no product named, or several orders holding it)."""
    if len(orders) < 2 or order_number_in(text):
        return None
    said = set(tokenize(_KEPT.split(text, maxsplit=1)[0])) - _PLAIN
    if not said:
        return None
    holding = [o for o in orders if said & _words(o)]
    return holding[0] if len(holding) == 1 else None


def order_titles(order: Any) -> str:
    """What an order holds, for a reply that says which order it is: "Travel Insulated Mug"."""
    return ", ".join(line.title for line in order.line_items)


def _words(order: Any) -> set[str]:
    return {word for line in order.line_items for word in tokenize(line.title)}
