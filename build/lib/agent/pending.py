"""The shopper's reply to a pending add's question ("Which colour…?"): "white", "size M", "rust, L".

A reply may also name an offered value the colour vocabulary does not know ("heather", "rust").
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_phrases import takes_what_is_left
from agent.phrases import YES
from agent.slots import colors_in, size_in

_ASKS_VARIANT = frozenset({"size", "color"})
_LETTER = re.compile(r"(?<![\w'’])(xxs|xs|s|m|l|xl|xxl)(?![\w'’])")
_SIZE_WORDS = {"small": "S", "medium": "M", "large": "L", "x-large": "XL", "extra large": "XL"}


def asks_variant(awaiting: dict[str, Any] | None) -> bool:
    """The agent waits for a size or colour of a product it was asked to add."""
    return bool(
        awaiting and awaiting.get("product_id") and _ASKS_VARIANT & set(awaiting.get("slots", []))
    )


def answered_slots(text: str, awaiting: dict[str, Any] | None) -> tuple[dict[str, str], str]:
    """Size and colour the reply names, and the reply with those words taken out."""
    if (awaiting or {}).get("slots") == ["quantity"] and takes_what_is_left(text.lower()):
        return {"quantity": "left"}, ""  # "ok add 7" after "only 7 of those left"
    if not asks_variant(awaiting):
        return {}, text
    options: dict[str, list[str]] = (awaiting or {}).get("options") or {}
    asked = [slot for slot in (awaiting or {}).get("slots", []) if slot in _ASKS_VARIANT]
    if asked and all(len(options.get(s, [])) == 1 for s in asked) and YES.match(text.lower()):
        return {s: options[s][0] for s in asked}, ""  # "It comes in black only — want it?" "yes"
    given: dict[str, str] = {}
    rest = f" {text} "
    for slot in ("color", "size"):
        for value in sorted(options.get(slot, []), key=len, reverse=True):
            pattern = rf"(?<![\w']){re.escape(value.lower())}(?![\w'])"
            if re.search(pattern, rest):
                given.setdefault(slot, value)
                rest = re.sub(pattern, " ", rest)
    if "color" not in given and (colors := colors_in(rest)):
        given["color"] = colors[0]
    if "size" not in given and (size := size_in(rest.strip(), bare=True)):
        given["size"] = size
    if "size" not in given and (letter := _LETTER.search(rest)):
        given["size"] = letter[1].upper()  # "fine, M then"
        rest = rest.replace(letter[0], " ")
    for word, size in _SIZE_WORDS.items():
        if "size" not in given and re.search(rf"\b{word}\b", rest):
            given["size"] = size
            rest = rest.replace(word, " ")
    return given, rest.strip()
