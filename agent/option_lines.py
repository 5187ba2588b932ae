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
