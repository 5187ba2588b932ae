"""A cart line's other colour or size said as a wish, with no "change" in it: "on second
thoughts mustard is more her colour", "hmm actually sky blue would suit her better", "actually
32 would fit better", "wait can i get turquoise instead".

Read against the cart: the one line whose product comes in the value said, and is not in it
now, changes. With two such lines it is no change (the shopper is asked, never guessed for).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.cart_lines import LineFacts
from agent.size_words import size_letter

# Words that turn a value into a change of mind about what was just chosen.
_CUE = re.compile(
    r"\b(?:actually|instead|rather|prefer|better|second thoughts?|changed? my mind|on reflection"
    r"|scratch that|wait|hmm+|more (?:her|his|my|their|our) (?:colou?r|size|style|thing))\b"
)
_SIZE_TOKEN = re.compile(r"(?<![\w.$£€-])(\d{1,2}(?:\.5)?|xxs|xs|xl|xxl|xxxl|small|medium|large)\b")


def wished_variant(
    text: str, color_words: Sequence[str], count: int | None, lines: Sequence[LineFacts]
) -> tuple[str, dict[str, str]] | None:
    """(product id of the line, {option: new value}) for a wish of another colour or size of
    exactly one cart line; None otherwise."""
    lowered = " ".join(text.lower().split())
    if not lines or not _CUE.search(lowered):
        return None
    sizes = [
        (size_letter(token) or token).lower()
        for token in _SIZE_TOKEN.findall(lowered)
        if not (token.isdigit() and count is not None and int(token) == count)
    ]
    found = []
    for line in lines:
        current = {value.lower() for value in line.variant_title.split(" / ")}
        changed = {}
        if colour := next((c for c in color_words if c in line.values - current), None):
            changed["color"] = colour
        if size := next((s for s in sizes if s in line.values - current), None):
            changed["size"] = size
        if changed:
            found.append((line.product_id, changed))
    return found[0] if len(found) == 1 else None
