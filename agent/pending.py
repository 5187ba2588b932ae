"""The shopper's reply to a pending add's question ("Which colour…?"): "white", "size M", "rust, L".

A reply may also name an offered value the colour vocabulary does not know ("heather", "rust"),
change what the add already holds ("oh wait make it a large", "wrong size, i'm a 10",
"actually two", "halve that"), pick a colour by how it looks ("the darker one") or leave it to
the shop ("whatever's in stock").
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_phrases import takes_what_is_left, times_said
from agent.phrases import YES
from agent.size_words import SIZE_WORDS
from agent.slots import COUNT, colors_in, count_value, size_in
from agent.variants import any_color, units_in_short
from aisle.colors import SHADES
from catalog.colors import color_family

_ASKS_VARIANT = frozenset({"size", "color"})
_LETTER = re.compile(r"(?<![\w'’])(xxs|xs|s|m|l|xl|xxl)(?![\w'’])")
_WEARS = re.compile(
    r"\b(?:i'?m|i am|i wear|i take|i need|make it|make that|change it to|switch (?:it )?to"
    r"|go with|go for)\s+(?:an?\s+|the\s+|size\s+)(\d{1,2}(?:\.5)?)(?![\w.])"
)  # "wrong size, i'm a 10", "make it a 9.5": a size, where "make it 3" is a count
_CORRECTION = re.compile(
    r"^(?:(?:oh|ah|wait|hold on|actually|sorry|oops|no|nah|um+|hmm+|ok(?:ay)?|so|and|just|make it"
    r"|great|perfect|cool|nice|yes|yeah|yep"
    r"|make that|make (?:them|those|these)|change it to|i'?ll take|i'?ll have|i need|i want"
    r"|can i (?:get|have)|could i (?:get|have)|let'?s (?:do|say|go with)|go with|please|pls"
    r"|(?:that'?s|thats|it'?s|its|that is)?\s*(?:too many|too much|a lot|a bit much|overkill"
    r"|not enough|too few)"
    r"|(?:that['’]?s|thats|that is|it['’]?s|its) not what i (?:meant|wanted|said|typed|asked for"
    r"|ordered)|i (?:said|meant|wanted|told you|typed))\W+)*"
)  # "wait thats too many make it 2", "no, that's not what I meant, 1 pair only": the reason
# before the count says no more than it ("and 2 of them" right after a line: its count, added on)
_PRAISE_ONE = re.compile(r"^(?:great|perfect|cool|nice|good|lovely|brilliant)\W+one\W*$")
_COUNT_ALONE = re.compile(
    rf"{COUNT}(?:\s+(?:of (?:them|those|these|it|em|that|this)|pairs?|pcs|pieces|units|nos"
    r"|please|pls|packs?|packets?|box(?:es)?|bags?|bottles?|cans?|jars?|tubes?|cartons?"
    r"|actually|then|instead|thanks|thx|ty|only))*\W*$"
)  # "actually two", "make it 3 please", "two of them then"
_TIMES = re.compile(r"^(?:[x×*]\s*(\d{1,2})|(\d{1,2})\s*[x×])(?=\W*$|\s+(?:please|pls)\b)")
"""A count written as a multiplier: "x2", "2x", "× 3"."""
_TO_FOR_TWO = re.compile(r"\bmake (?:it|that|them|those) (?:to|too)(?:\s+(?:please|pls))?\W*$")
""""make it to", "make that too": "two" typed as it sounds."""
_TONE = re.compile(
    r"\b(?:the\s+)?(dark|darker|darkest|deeper|light|lighter|lightest|paler|brighter)\b"
)
TONE_PICK = re.compile(
    r"\b(?:the|a|in the|in a)\s+(dark|darker|darkest|deeper|light|lighter|lightest|paler"
    r"|brighter)\s+(?:one|ones|colou?r|shade|version)\b"
)
"""A colour picked by how it looks where a colour name would be ("the darker colour")."""


def asks_variant(awaiting: dict[str, Any] | None) -> bool:
    """The agent waits for a size, colour or other option ("capacity") of a product it was asked
    to add."""
    return bool(awaiting and awaiting.get("product_id") and _asked_options(awaiting))


def _asked_options(awaiting: dict[str, Any]) -> list[str]:
    """The options the pending add asks for: size, colour, and any other it offered values of."""
    offered = awaiting.get("options") or {}
    return [s for s in awaiting.get("slots", []) if s in _ASKS_VARIANT or s in offered]


def answered_slots(text: str, awaiting: dict[str, Any] | None) -> tuple[dict[str, str], str]:
    """Size and colour the reply names, and the reply with those words taken out."""
    left = (awaiting or {}).get("quantity")
    if (awaiting or {}).get("slots") == ["quantity"] and takes_what_is_left(text.lower(), left):
        return {"quantity": "left"}, ""  # "ok add 7" after "only 7 of those left"
    if not asks_variant(awaiting):
        return {}, text
    options: dict[str, list[str]] = (awaiting or {}).get("options") or {}
    asked = _asked_options(awaiting or {})
    if asked and all(len(options.get(s, [])) == 1 for s in asked) and YES.match(text.lower()):
        return {s: options[s][0] for s in asked}, ""  # "It comes in black only — want it?" "yes"
    given: dict[str, str] = {}
    rest = f" {text} "
    if wears := _WEARS.search(rest):  # "wrong size, i'm a 10"
        given["size"] = wears[1]
        rest = rest.replace(wears[0], " ")
    for slot in ("color", "size"):
        for value in sorted(options.get(slot, []), key=len, reverse=True):
            pattern = rf"(?<![\w']){re.escape(value.lower())}(?![\w'])"
            if re.search(pattern, rest):
                given.setdefault(slot, value)
                rest = re.sub(pattern, " ", rest)
    for slot in (s for s in asked if s not in _ASKS_VARIANT):  # "ok the 32 oz then"
        short = f" {units_in_short(rest)} "
        for value in sorted(options.get(slot, []), key=len, reverse=True):
            pattern = rf"(?<![\w']){re.escape(value.lower())}(?![\w'])"
            if re.search(pattern, short):
                given.setdefault(slot, value)
                rest = re.sub(pattern, " ", short)
                break
    rest = without_held_options(rest, awaiting or {})
    if "color" not in given and (colors := colors_in(rest)):
        given["color"] = colors[0]
    if "size" not in given and (size := size_in(rest.strip(), bare=True)):
        given["size"] = size
    if "size" not in given and (letter := _LETTER.search(rest)):
        given["size"] = letter[1].upper()  # "fine, M then"
        rest = rest.replace(letter[0], " ")
    for word, size in SIZE_WORDS.items():
        if re.search(rf"\b{word}\b", rest) and given.setdefault("size", size) == size:
            rest = rest.replace(word, " ")  # "make it a large": the word is the size given
    tone = _TONE.search(rest) if "color" not in given and "color" in asked else None
    if tone and (shade := by_tone(options.get("color", []), tone[1])):
        given["color"] = shade  # "the darker one"
        rest = rest.replace(tone[0], " ")
    if "color" not in given and "color" in asked and any_color(rest):
        given["any"] = "color"  # "whatever's in stock": the add picks the colour most in stock
        rest = ""
    if not given and (count := count_only(text)):
        given["quantity"] = str(count)  # "actually two": how many, the question still open
        rest = ""
    if "quantity" not in given and (times := times_said(rest.strip().lower())):
        held = int((awaiting or {}).get("quantity") or 1)  # "actually halve that, black"
        given["quantity"], rest = str(max(1, round(held * times))), ""
    return given, rest.strip()


def without_held_options(rest: str, awaiting: dict[str, Any]) -> str:
    """The reply without the options the pending add already holds, said again in any spelling
    ("the sage one in 10 inch then" when the 10 in was chosen before): part of the answer."""
    held = [awaiting.get("size"), *(awaiting.get("others") or {}).values()]
    short = f" {units_in_short(rest)} "
    for value in filter(None, held):
        pattern = rf"(?<![\w'])(?:size\s+|in\s+)?{re.escape(str(value).lower())}(?![\w'])"
        short, found = re.subn(pattern, " ", short)
        if found:
            rest = short
    return rest


def count_only(text: str) -> int | None:
    """The count of a message that says nothing else: "actually two", "make it 3 please"."""
    lowered = text.strip().lower()
    rest = _CORRECTION.sub("", lowered)
    if _TO_FOR_TWO.search(lowered) and re.match(r"(?:to|too)\b", rest):
        return 2
    if times := _TIMES.match(rest):
        return int(times[1] or times[2]) or None
    if _PRAISE_ONE.match(lowered):  # "nice one", "great one!": praise, not a count
        return None
    count = _COUNT_ALONE.match(rest)
    return count_value(count[1]) if count else None


def by_tone(colours: list[str], tone: str) -> str | None:
    """The darkest (or lightest) of the colours offered, by their typical rendering; None when
    fewer than two of them are known shades."""
    known = {c: _lightness(c) for c in colours}
    rated = {c: v for c, v in known.items() if v is not None}
    if len(rated) < 2:
        return None
    dark = tone in {"dark", "darker", "darkest", "deeper"}
    return (min if dark else max)(rated, key=lambda c: rated[c])


def _lightness(colour: str) -> float | None:
    """Relative luminance of a colour name (its own shade, else its family's)."""
    name = colour.lower()
    shade = SHADES.get(name) or SHADES.get(color_family(name) or "")
    if shade is None:
        return None
    red, green, blue = shade[1]
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
