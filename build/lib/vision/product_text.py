"""Where a package prints its name: the lines the catalog is searched with (by `aisle.photos`)."""

from __future__ import annotations

NAME_LINES = 4  # package names are printed big and early; the rest is small print


def name_query(text: str) -> str:
    """The first few readable lines: where a package prints its brand and product name."""
    lines = []
    for line in text.splitlines():
        words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 2]
        if len(words) >= 1:
            lines.append(" ".join(words))
        if len(lines) >= NAME_LINES:
            break
    return " ".join(lines)[:200]
