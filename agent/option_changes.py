"""A cart line changed to another value of an option that is not a plain size letter or colour:
"actually the 12 in", "make it the queen instead", "hmm, the 32 oz one instead" (a skillet's
diameter, a blanket's bed size, a bottle's capacity), read against the products in the cart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agent.cart_lines import LineFacts
from agent.phrases import CHANGE_VARIANT
from agent.variants import spelled_options

_FIRST_CLAUSE = re.compile(r"\s*(?:[,;.!?]+|\s-\s|\bbecause\b|\bcos\b|\bsince\b)\s*")


def option_change(
    text: str, lines: Sequence[LineFacts], search: Any
) -> tuple[str, dict[str, str]] | None:
    """(product id of the line, {option: new value}) when the first clause asks for one line's
    other option value; None otherwise (or when two lines could be meant)."""
    first = _FIRST_CLAUSE.split(" ".join(text.lower().split()), maxsplit=1)[0]
    if not CHANGE_VARIANT.search(first):
        return None
    found: list[tuple[str, dict[str, str]]] = []
    for line in lines:
        product = search.get(line.product_id)
        if product is None:
            continue
        said = spelled_options(product, first)
        current = set(line.variant_title.lower().split(" / "))
        changed = {k: v for k, v in said.items() if v.lower() not in current}
        if changed:
            found.append((line.product_id, changed))
    return found[0] if len(found) == 1 else None
