""" "Maybe a hat instead? what do you have": a kind named beside "what do you have".

"What do you have?" alone asks what the store sells; said beside a kind the store sells, it asks
what there is of that kind, so the message is read without it.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.phrases import WHAT_IS_SOLD


def without_what_is_sold(text: str, names_sold_kind: Callable[[str], bool]) -> str:
    """The text less its "what do you have" when the rest names a kind the store sells."""
    if not WHAT_IS_SOLD.search(text):
        return text
    rest = " ".join(WHAT_IS_SOLD.sub(" ", text).split())
    return rest if rest and names_sold_kind(rest) else text
