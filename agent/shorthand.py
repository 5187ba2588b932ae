"""Chat shorthand read as the words it stands for: "r they wireless" asks "are they wireless",
"can u add one" is a request to add, "w/o leather" rules leather out.

"u" after a word that asks something of the assistant ("can u", "CAN U", "thank u") is "you"
whatever its case (`plain_shorthand`). The other pairs are data (`agent/data/chat_shorthand.tsv`);
only a lower-case token standing alone is replaced, so a title, a size or a capitalised initial
("Route R") stays as written.
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
    written = _token().sub(lambda m: pairs[m[0]], _DIFF_BEFORE_A_NOUN.sub("different", text))
    return _WITH.sub(lambda m: m[0] if _STREET.search(written, 0, m.start()) else "with", written)


def slashes_in_full(text: str) -> str:
    """Only the English shorthand written with a slash ("w/o wheat"), before the language is
    told: "w/o" would otherwise be read as Spanish "o" ("or")."""
    if "@" in text:
        return text
    pairs = _pairs()
    return _token().sub(lambda m: pairs[m[0]] if "/" in m[0] else m[0], text)


_DIFF_BEFORE_A_NOUN = re.compile(
    r"(?<![\w'/@.-])diff(?=\s+(?:ones?|colou?rs?|kinds?|sizes?|styles?|models?|types?|shades?"
    r"|flavou?rs?|brands?|patterns?|designs?|prints?|versions?)\b)"
)
"""'diff' before a noun is "different" ("a diff one for each of us"), not "difference"."""
_WITH = re.compile(r"(?<=[a-z] )w(?= [a-z0-9])")
"""A lone lower-case "w" between words is "with" ("desk lamp w usb-c")..."""
_STREET = re.compile(r"\b(?:st|rd|ave|blvd|dr|ln|way|hwy|street|road|avenue) $")
"""...but not a street's West ("king st w toronto")."""


_YOU = re.compile(
    r"\b(can|could|would|will|do|did|have|if|are|thank|got|help|let|for)\s+u\b(?![\w'-])", re.I
)


_I_WILL = re.compile(
    r"(?<![\w'’-])(ill|Ill|ILL)(?=\s+(?:take|have|get|grab|go|need|buy|order|do|pass|try|stick"
    r"|wait|check|add|want|keep)\b)"
)
"""ill" typed for "I'll" before a verb ("ill take all 6"); "ill" itself is no shopping word."""


def plain_shorthand(text: str) -> str:
    """The message with "u" for "you" and "ill <verb>" for "I'll <verb>" written out."""
    return _I_WILL.sub("I'll", _YOU.sub(lambda m: f"{m[1]} you", text))
