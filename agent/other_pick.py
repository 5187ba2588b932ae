""" "The other one" when two products are shown: the one not in focus ("what colours does the
first come in?" then "and the other one?" asks about the second)."""

from __future__ import annotations

import re

from agent.state import ShownProduct
from agent.understanding import Understanding

_OTHER = re.compile(r"\bthe other (?:one|ones)\b")


def read_other_pick(
    understanding: Understanding, shown: list[ShownProduct], focus: str | None
) -> None:
    """Of two shown products, the one the conversation is not on."""
    refs = understanding.references
    if refs.ordinals or refs.replaces or len(shown) != 2 or focus is None:
        return
    if not _OTHER.search(understanding.text.lower()):
        return
    ids = [p["id"] for p in shown]
    if focus not in ids or refs.product_ids not in ([], [focus]):
        return
    refs.product_ids = [i for i in ids if i != focus]
