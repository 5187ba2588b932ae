"""A number set against another as a correction of a line ("I wanted 2 not 3") is a size only
when the line's product comes in it: of a tea that comes in no size 2, it is the count, so the
line's quantity changes instead of failing as an option the product lacks."""

from __future__ import annotations

from agent.cart_lines import LineFacts
from agent.cart_phrases import count_instead
from agent.intents import LIKELY
from agent.understanding import Intent, Understanding


def read_count_not_size(understanding: Understanding, lines: list[LineFacts]) -> None:
    """Make a size change the line's product cannot take, said as "N not M", a new count."""
    slots, refs = understanding.slots, understanding.references
    if understanding.intent is not Intent.CHANGE_VARIANT or not slots.size or slots.colors:
        return
    meant = refs.line_product_ids or [line.product_id for line in lines]
    line = next((ln for ln in lines if ln.product_id == meant[0]), None) if meant else None
    if line is None or len(set(meant)) > 1 or slots.size.lower() in line.values:
        return
    count = count_instead(" ".join(understanding.text.lower().split()))
    if count is None or str(count) != slots.size:
        return  # the number read as the size is the count said, nothing else
    understanding.intent, understanding.confidence = Intent.SET_QUANTITY, LIKELY
    refs.line_product_ids = [line.product_id]
    slots.quantity, slots.size, slots.change_by = count, None, None
