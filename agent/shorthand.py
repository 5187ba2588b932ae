"""Chat shorthand read as the words it stands for: "r they wireless" asks "are they wireless",
"can u add one" is a request to add, "w/o leather" rules leather out.

The pairs are data (`agent/data/chat_shorthand.tsv`); only a lower-case token standing alone is
replaced, so a title, a size or a capitalised initial ("Route R") stays as written.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _pairs() -> dict[str, str]:
    data = resources.files("agent").joinpath("data/chat_shorthand.tsv").read_text("utf-8")
    pairs = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = line.split("\t")
            pairs[short.strip()] = full.strip()
    return pairs


@cache
def _token() -> re.Pattern[str]:
    words = sorted(_pairs(), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'/@.-])(?:{alternatives})(?![\w'@-])(?!/\w)")


def in_full(text: str) -> str:
    """The text with each shorthand token written out; other text as it was."""
    if "@" in text:  # contact details are read as written
        return text
    pairs = _pairs()
    return _token().sub(lambda m: pairs[m[0]], text)
