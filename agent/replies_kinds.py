"""The words for a search of several kinds: a short list of each, numbered on across them."""

from __future__ import annotations

import re
from typing import Any

from agent.outcome import money_text


def kinds_text(data: dict[str, Any]) -> str:
    """ "Here are a few of each: Yoga mats: 1. … Water bottles: 4. …"; a kind with nothing to
    show is said plainly, never left out in silence."""
    lines = ["Here are a few of each:"]
    for group in data["groups"]:
        kind = str(group["kind"])
        if group.get("unsold"):
            lines.append(f"\nWe don't carry {_plural(kind)}.")
            continue
        if not group["products"]:
            lines.append(f"\nI couldn't find any {kind}.")
            continue
        lines.append(f"\n{kind[:1].upper()}{kind[1:]}:")
        for p in group["products"]:
            stock = "" if p["in_stock"] else " — out of stock"
            lines.append(f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}{stock}")
    lines.append('\nAsk about any of them, or say "add the first one" (numbers as listed).')
    return "\n".join(lines)


def _plural(kind: str) -> str:
    """ "grinder" -> "grinders": what is not carried, said of the kind as a whole."""
    if re.search(r"(?:s|\bgear|ware|wear)$", kind):
        return kind
    if re.search(r"(?:ch|sh|x)$", kind):
        return f"{kind}es"
    if re.search(r"[^aeiou]y$", kind):
        return f"{kind[:-1]}ies"
    return f"{kind}s"
