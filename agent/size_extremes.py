"""The size said as "the small bottle", "the big one", "largest size": among a product's sizes,
the smallest or the largest one it comes in (8 fl oz of 8 and 16 fl oz; XS of XS–XL). A size
left unsaid otherwise, with sizes that have a known order, is chosen that way instead of asked."""

from __future__ import annotations

import re

from agent.size_steps import ordered_sizes

_SMALL = r"(?:small|smaller|smallest|little|mini)"
_BIG = r"(?:big|bigger|biggest|large|larger|largest|huge|family)"
_THING = (
    r"(?:bottle|one|size|jar|tub|tube|pack|packet|can|bag|box|tin|version|pot|carton|pump"
    r"|container|refill)s?"
)


def _said(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b{words}(?:[ -]sized?)? {_THING}\b", re.I)


_SMALL_SAID, _BIG_SAID = _said(_SMALL), _said(_BIG)


def extreme_size(words: str, sizes: list[str]) -> str | None:
    """The smallest or largest of `sizes` when `words` ask for "the small bottle" or "the big
    one"; None when they say neither, both, or the sizes have no known order."""
    small, big = bool(_SMALL_SAID.search(words)), bool(_BIG_SAID.search(words))
    if small == big or len(sizes) < 2:
        return None
    ordered = ordered_sizes(set(sizes))
    if not ordered:
        return None
    return ordered[0] if small else ordered[-1]
