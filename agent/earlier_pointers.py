"""'The one you showed me first' after talk of single products: the product talked about before
the one in focus ("how much is the Summit?", "and the Rolltop?", "ok add the one you showed me
first, in sand" adds the Summit). The pointer is replaced by that product's title."""

from __future__ import annotations

import re
from typing import Any

from agent.state import ShoppingState

_EARLIER = re.compile(
    r"\b(?:the|that) (?:one|product|item|thing|bag|pack)s? (?:that )?you (?:showed|show'?d"
    r"|mentioned|told me about|gave me|suggested)(?: me| us)?"
    r" (?:first|earlier|before|at first|to begin with)"
    r"|\b(?:the|that) (?:first|earlier|previous) (?:one|product|item) you (?:showed|mentioned"
    r"|told me about|suggested)(?: me| us)?"
    r"|\bthe earlier one\b",
    re.I,
)


def earlier_named(text: str, state: ShoppingState, search: Any) -> str:
    """The text with the pointer at the product talked about before the one in focus as its
    title."""
    said = _EARLIER.search(text)
    focused = state.focused
    if said is None or len(focused) < 2 or focused[-1] != state.focus:
        return text
    if len(state.shown) > 1:
        return text  # "the first one you showed me" of a list is its first
    product = search.get(focused[-2])
    if product is None:
        return text
    return f"{text[: said.start()]}the {product.title}{text[said.end() :]}"
