"""The colours asked of "it" right after a list that no word narrows to one product: "what
colours does it come in?", "does it come in another colour besides green?". Each listed product
is answered with the colours it comes in (leaving out the ones said after "besides"), so the
shopper sees the one they meant without being asked which."""

from __future__ import annotations

import re

from catalog.model import Product

_ASKS_COLOURS = re.compile(
    r"\b(?:what|which|wat|wich)\s+(?:other\s+)?colou?rs?\b"
    r"|\b(?:an)?other\s+colou?rs?\b|\bcolou?rs?\s+(?:besides|other than|apart from|except)\b"
    r"|\bcolou?rs?\s+(?:does|do)\s+(?:it|that|this)\s+come\s+in\b"
)
_BESIDES = re.compile(r"\b(?:besides|other than|apart from|except|but|than|not)\s+(?:the\s+)?")
_ONE = re.compile(r"\b(?:it|that|this)\b")


def asks_listed_colours(text: str) -> bool:
    """A question for the colours of "it" (one product, not "them": that asks the list)."""
    lowered = text.lower()
    return bool(_ASKS_COLOURS.search(lowered) and _ONE.search(lowered))


def colours_reply(listed: list[Product], text: str, said: list[str]) -> str:
    """Each product with its colours, the ones said after "besides"/"other than" left out."""
    lowered = text.lower()
    left_out = {c.lower() for c in said if re.search(_BESIDES.pattern + re.escape(c), lowered)}
    rows = []
    for product in listed:
        colours = [c for c in dict.fromkeys(v.color for v in product.variants if v.color)]
        others = [c for c in colours if not any(w in c.lower() for w in left_out)]
        if not colours:
            continue
        rows.append(f"{product.title}: {', '.join(others) if others else 'only ' + colours[0]}")
    if not rows:
        return "The catalog doesn't list colours for these."
    lead = "Besides " + " and ".join(sorted(left_out)) + ", here" if left_out else "Here"
    return f"{lead} is what each one comes in — " + "; ".join(rows) + "."
