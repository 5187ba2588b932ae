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


_HESITATION = re.compile(r"^(?:(?:wait|hold on|sorry|oops|whoops|hmm+|oh|ah|no|nah|um+)\W*\s*)+")
_ONLY_A_VALUE = re.compile(r"^(?:the|a|an|\d)[\w .-]*$")
"""After a hesitation, "the 12 inch" or "16 oz one": a value and little else."""


def option_change(
    text: str, lines: Sequence[LineFacts], search: Any, *, touched: bool = False
) -> tuple[str, dict[str, str]] | None:
    """(product id of the line, {option: new value}) when the first clause asks for one line's
    other option value; None otherwise (or when two lines could be meant). Right after a line
    was `touched`, a first clause that only names a value after a hesitation asks it too ("wait
    the 12 inch, bigger is better")."""
    lowered = " ".join(text.lower().split())
    hesitates = _HESITATION.match(lowered)
    first = _FIRST_CLAUSE.split(lowered[hesitates.end() if hesitates else 0 :], maxsplit=1)[0]
    if not CHANGE_VARIANT.search(first) and not (
        touched and hesitates and _ONLY_A_VALUE.match(first) and len(first.split()) <= 4
    ):
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
