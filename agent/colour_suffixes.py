"""A colour said as a loose adjective is that colour: "the greenish one", "a bluish grey", "in
like a rusty orange", "the sage-y green".

Shoppers who half remember a shade soften it; the store's colour words are plain. "-ish" always
softens a colour; a plain "-y" only does before another colour or "colour"/"shade"/"tone" (a
"creamy" or "minty" product is a taste, not a colour), or hyphened ("sage-y").
"""

from __future__ import annotations

import re
from functools import cache

from catalog.colors import known_color_words

_NEXT = r"(?=\s+(?:colou?r|shade|tone|hue|{colours})\b)"


@cache
def _softened() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "-ish" after a colour (its last letter maybe doubled: "reddish"), and "-y"."""
    words = [w for w in known_color_words() if " " not in w and len(w) >= 3]
    colours = "|".join(map(re.escape, words))
    doubled = "|".join(f"{re.escape(w)}(?={re.escape(w[-1])}ish)" for w in words)
    ish = re.compile(
        rf"\b(?:(?P<colour>{colours})-?ish|(?P<twice>{doubled})[a-z]ish)\b", re.IGNORECASE
    )
    hyphened = r"-e?y\b"  # "sage-y"
    before_colour = r"e?y\b" + _NEXT.format(colours=colours)  # "rusty orange", "greeny colour"
    y = re.compile(rf"\b(?P<colour>{colours})(?:{hyphened}|{before_colour})", re.IGNORECASE)
    return ish, y


def colours_plain(text: str) -> str:
    """The text with each softened colour written as the colour ("greenish" -> "green", "rusty
    orange" -> "rust orange", "reddish" -> "red")."""
    text = re.sub(r"\bbluish\b", "blueish", text, flags=re.IGNORECASE)
    for pattern in _softened():
        text = pattern.sub(lambda m: m["colour"] or m.groupdict().get("twice") or "", text)
    return text
