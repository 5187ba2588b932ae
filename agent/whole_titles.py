"""Two or more products named by their whole titles in a message that asks nothing else:
"looking at the Wireless Over-Ear 2 Headphones and the Travel Foldable Headphones" is about those
two, side by side, not a search whose list drops the second for other headphones (so "the second
one" then means the second named)."""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from agent.vocabulary_cache import per_vocabulary


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@per_vocabulary
def _titles(search: Any) -> frozenset[str]:
    return frozenset(
        _plain(str((payload.get("product") or {}).get("title") or ""))
        for payload in search.index._scroll_payloads(["product.title"])
    )


def spelled_titles(text: str, search: Any) -> list[str]:
    """The catalog titles the text spells out whole (lower case, words only), longest first; []
    without an index to read them from."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return []
    plain = f" {_plain(text)} "
    return sorted((t for t in _titles(search) if t and f" {t} " in plain), key=len, reverse=True)


def says_whole_titles(understanding: Understanding, search: Any) -> bool:
    """A search that spells out two or more catalog titles whole, joined by "and"/"&"/",", and
    counts none of them."""
    index = getattr(search, "index", None)
    text = understanding.text
    if (
        understanding.intent is not Intent.SEARCH
        or understanding.references.ordinals
        or index is None
        or not hasattr(index, "_scroll_payloads")
        or not re.search(r"\band\b|&|,", text.lower())
    ):
        return False
    plain = f" {_plain(text)} "
    said = [t for t in _titles(search) if t and f" {t} " in plain]
    whole = [t for t in said if not any(t != other and t in other for other in said)]
    rest = plain
    for title in whole:
        rest = rest.replace(f" {title} ", " ")
    slots = understanding.slots
    ordered = slots.colors or slots.size or _COUNTED.search(rest) or _WANTED.search(rest)
    return len(whole) > 1 and not ordered


_COUNTED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|couple|pair|few)\b"
    r"|\b(?:box|pack|bag|bottle|tin|jar|can|case|carton|packet)s? of\b"
)
_WANTED = re.compile(
    r"\b(?:i d like|i would like|i want|i ll (?:take|have|get)|get me|give me|buy|order|add)\b"
)
"""A count, option or want said with the titles orders them: "3 Barista Oat Milk and a box of
Seeded Rye Crackers", "I'd like the Wool Beanie Hat in black and the Camp Mug in rust"."""
