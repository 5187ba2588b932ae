"""'The other colour' of a cart line: "swap it for the other colour" when its product comes in
two colours names the one the line is not in, so the message reads as "swap it for olive"."""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts

_OTHER = re.compile(r"\b(?:the |that |its )?other colou?r(?:way)?\b", re.I)


def other_colour_named(text: str, lines: list[LineFacts], focus: str | None, search: Any) -> str:
    """The text with "the other colour" as the colour name it means, when one line is meant
    (the product in focus, or with none in focus the only line) and its product comes in just one
    other colour."""
    said = _OTHER.search(text)
    if said is None or not lines:
        return text
    meant = [line for line in lines if line.product_id == focus]
    if focus is None:
        meant = lines[: len(lines) == 1]  # no product in focus: the only line
    if len(meant) != 1:
        return text
    product = search.get(meant[0].product_id)
    if product is None:
        return text
    current = set(meant[0].variant_title.lower().split(" / "))
    colours = {v.options["color"].lower() for v in product.variants if v.options.get("color")}
    others = sorted(colours - current)
    if len(others) != 1 or len(colours) != 2:
        return text
    return f"{text[: said.start()]}{others[0]}{text[said.end() :]}"
