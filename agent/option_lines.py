"""Of two lines of one product, the one whose own option value the message names bare: "remove
the 9.5", "ok nvm, take out the small", "make the M one 2".

A shop assistant holding a 9 and a 9.5 of one sneaker hears "the 9.5" as that pair; the size
readers leave a bare "9.5" or "M" alone (a count, a letter), so the line's own values decide it:
a value said as a word of its own, or a size word ("small") for its letter, naming exactly one
of the product's lines.
"""

from __future__ import annotations

import re

from agent.cart_lines import LineFacts
from agent.size_words import SIZE_WORD, size_letter
from agent.understanding import Intent, Understanding
from catalog.colors import color_family

_PICKS_A_LINE = {Intent.REMOVE, Intent.SET_QUANTITY}


def read_option_line(understanding: Understanding, lines: list[LineFacts]) -> None:
    """Keep the one line whose value the words name in `line_variants` (and its product, when no
    other word named one: "ok actually I measured my foot, remove the 9.5")."""
    refs = understanding.references
    if understanding.intent not in _PICKS_A_LINE or refs.line_variants:
        return
    if len(refs.line_product_ids) > 1:
        return
    meant = set(refs.line_product_ids) or {line.product_id for line in lines}
    said = _said_values(understanding.text)
    named = [
        line
        for product_id in meant
        for line in _named_of_several([li for li in lines if li.product_id == product_id], said)
    ]
    if len(named) == 1:
        refs.line_product_ids = [named[0].product_id]
        refs.line_variants = [named[0].variant_title]


def _named_of_several(own: list[LineFacts], said: set[str]) -> list[LineFacts]:
    """The lines of one product whose value, one its other lines lack, was said."""
    if len(own) < 2:
        return []
    values = [_values(line.variant_title) for line in own]
    shared = values[0].intersection(*values[1:])  # black S, black M: S or M tells them apart
    telling = set[str]().union(*values) - shared
    return [line for line, its in zip(own, values, strict=True) if its & said & telling]


def _said_values(text: str) -> set[str]:
    lowered = " ".join(text.lower().split())
    words = set(re.findall(r"(?<![\w.'\u2019])[a-z0-9]+(?:\.\d+)?(?![\w.])", lowered))
    letters = {size_letter(m[0]) for m in SIZE_WORD.finditer(lowered)}
    return words | {letter.lower() for letter in letters if letter}


def _values(variant_title: str) -> set[str]:
    return {part.strip().lower() for part in variant_title.split("/") if part.strip()}


_MORE_IN = re.compile(
    r"^\W*(?:(?:and|also|plus|oh|ok(?:ay)?|actually|wait|so|then)\W+)*(?:add\s+)?"
    r"(?P<count>\d{1,2}|one|two|three|four|five|another)\s+more\s+(?:(?:in|of)\s+)?(?:the\s+)?"
    r"(?:size\s+)?(?P<value>[a-z0-9][\w.-]*(?:\s+[a-z][\w-]*)?)\b"
)
_MORE_COUNTS = {"one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_MAY_BE_MORE = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.ADD, Intent.SET_QUANTITY}


def read_more_of_a_value(understanding: Understanding, lines: list[LineFacts]) -> None:
    """ "and 2 more in M actually" beside an S, an M and an L of one product: two more on the
    line whose own value is said, when it is the only line with it."""
    if understanding.intent not in _MAY_BE_MORE or understanding.slots.items:
        return
    match = _MORE_IN.search(" ".join(understanding.text.lower().split()))
    if match is None:
        return
    words = match["value"].split()
    for value in (" ".join(words), words[0]):
        said_low = {(size_letter(value) or value).lower()}
        named = [line for line in lines if _values(line.variant_title) & said_low]
        if len(named) == 1:
            break
    else:
        return
    line, count = named[0], match["count"]
    understanding.intent = Intent.SET_QUANTITY
    refs, slots = understanding.references, understanding.slots
    refs.line_product_ids, refs.line_variants = [line.product_id], [line.variant_title]
    slots.quantity, slots.change_by = None, int(count) if count.isdigit() else _MORE_COUNTS[count]
    slots.items, slots.category = [], ""
    part = next(p.strip() for p in line.variant_title.split("/") if p.strip().lower() in said_low)
    if color_family(part.lower()) is None:
        slots.size, slots.colors, slots.color_words = part, [], []
    else:
        slots.size, slots.colors, slots.color_words = None, [part.lower()], [part.lower()]
