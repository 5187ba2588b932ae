"""A colour picked by how it looks, said where a colour name would be: "quarter zip hoodie, the
darker color, sz xl, add it", or "the lighter one" right after a line was added. The colour is
the darkest (or lightest) the product comes in (`pending.by_tone`)."""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.intents import LIKELY
from agent.pending import TONE_PICK, by_tone
from agent.understanding import Intent, Understanding

_ONLY_A_TONE = re.compile(
    r"^\W*(?:(?:no|oh|hmm+|actually|wait|sorry|oops|ok(?:ay)?|um+|nah)\W+)*"
    r"(?:the|a)\s+\w+\s+(?:one|colou?r|shade|version)(?:\s+(?:please|pls|instead|then))*\W*$"
)


def _colours(product: Any) -> list[str]:
    said = [str(v.options.get("color", "")) for v in product.variants]
    return list(dict.fromkeys(c for c in said if c))


def read_tone_pick(
    understanding: Understanding, lines: list[LineFacts], search: Any, *, touched: bool
) -> None:
    """An add names its colour by tone; right after a line was touched, a message that only
    says a tone re-colours that line."""
    text = " ".join(understanding.text.lower().split())
    tone = TONE_PICK.search(text)
    if tone is None or understanding.slots.colors or understanding.slots.color_words:
        return
    refs = understanding.references
    if understanding.intent is Intent.ADD and len(refs.product_ids) == 1:
        product = search.get(refs.product_ids[0])
        if product is not None and (shade := by_tone(_colours(product), tone[1])):
            understanding.slots.color_words = [shade]
        return
    if not touched or not lines or not _ONLY_A_TONE.match(text):
        return
    line = lines[-1] if len(lines) == 1 or not refs.line_product_ids else None
    line = line or next((ln for ln in lines if ln.product_id in refs.line_product_ids), None)
    product = search.get(line.product_id) if line is not None else None
    shade = by_tone(_colours(product), tone[1]) if product is not None else None
    if line is None or shade is None or shade in line.variant_title.lower():
        return
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    refs.line_product_ids, refs.ordinals = [line.product_id], []
    understanding.slots.color_words, understanding.slots.category = [shade], ""
