"""A colour said of a change ("my youngest goes red so easily", "I turn bright pink in the sun")
describes skin or a face, not the product: it is no colour filter."""

from __future__ import annotations

import re

from catalog.colors import color_family

_CHANGE = re.compile(
    r"\b(?:go|goes|going|went|gone|turn|turns|turning|turned|burn|burns)"
    r"\s+(?:(?:bright|so|really|very|all|quite|a bit|lobster)\s+)*([a-z]+)\b"
)


def without_colour_changes(text: str) -> str:
    """The text less the colours said of a change."""

    def drop(match: re.Match[str]) -> str:
        colour = match[1]
        if not color_family(colour):
            return match[0]
        return match[0][: match.start(1) - match.start(0)].rstrip()

    return _CHANGE.sub(drop, text)
