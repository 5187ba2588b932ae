"""Help about the store itself: what it sells (its departments, read from the catalog) and
what the assistant can do with photos and the cart."""

from __future__ import annotations

import re
from typing import Any

from agent.context import Context

_HANDLES_CART = re.compile(r"\b(?:cart|basket|checkout|check out|order|pay|buy)\b")
_MANY = 10


def departments(ctx: Context) -> tuple[str, ...]:
    """The catalog's top-level categories, the biggest first (none when the index can't say)."""
    index: Any = getattr(ctx.search, "index", None)
    try:
        return tuple(index.vocabulary().departments) if index is not None else ()
    except AttributeError:
        return ()


def sells_text(names: tuple[str, ...]) -> str:
    """ "We sell apparel, footwear, kitchen and home goods, …" from the departments."""
    shown = [n.lower() for n in names[:_MANY]]
    if not shown:
        return "Tell me what you're looking for and I'll search the whole catalog."
    listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
    more = ", and more" if len(names) > _MANY else ""
    return f"We sell {listed}{more}. What are you looking for?"


def photo_help_text(text: str) -> str:
    reply = (
        "Yes — send me a photo with the camera/attach button and I'll tell you what I see "
        "and find similar items in the store."
    )
    if _HANDLES_CART.search(text):
        reply += (
            " I can also add things to your cart, change or remove them, and check out for you "
            "— I always ask before placing an order."
        )
    return reply
