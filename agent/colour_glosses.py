"""A colour said again in plainer words right after it: "no, NAVY. the dark blue", "sage, like
a pale green", "navy i.e. dark blue". The gloss explains the colour asked; read as words of a
new request it made a search for "navy the dark blue" ("we don't carry navy"). The gloss is
dropped when it names the same colour family, so the colour alone is asked.
"""

from __future__ import annotations

import re

from catalog.colors import color_family

_SHADE = r"(?:(?:dark|light|deep|pale|bright|soft|muted|dusty|navy|royal|sky)\s+)?"
_GLOSS = re.compile(
    r"\b(?P<colour>[a-z]+)(?P<gap>\s*[.,;:-]?\s+)"
    r"(?:the|i\s+mean|as\s+in|like|aka|i\.?e\.?|so|that's)\s+(?:an?\s+|the\s+)?"
    rf"(?P<gloss>{_SHADE}[a-z]+)(?:\s+(?:one|ones|colou?r|shade))?(?P<end>\s*[.!?]*\s*$)",
    re.I,
)
"""A colour, then "the/like/i.e. <shade> <colour>" closing the message."""


def without_colour_gloss(text: str) -> str:
    """The text without a gloss of the colour said just before it."""
    match = _GLOSS.search(text)
    if match is None:
        return text
    family = color_family(match["colour"].lower())
    if family is None or color_family(match["gloss"].lower()) != family:
        return text
    return text[: match.end("colour")] + match["end"]
