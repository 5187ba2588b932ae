"""What an order by title says beside the title: who it is for and why ("…, it's a last-minute
gift for my sister", "… for my trip", "… for the new office"), and which one, in the product's
own words ("…, the sensitive skin one"). Neither is an option of the product, and neither makes
the order a search.
"""

from __future__ import annotations

import re
from typing import Any

from catalog.sparse import tokenize

# ", it's a gift for my sister", ", it is for my cousin in France", " for my son", " for the new
# office": a reason or a recipient that ends the message.
_FOR_WHOM = (
    r"(?:for|as a (?:gift|present) for)\s+(?:my|the|our|a|an|him|her|them|me|us|his|their)\b"
    r"[^,.;!?]{0,40}[.!]*\s*$"
)
_REASON = re.compile(
    r"[,.;!]\s*(?:(?:it'?s|it is|they'?re|they are|this is|that'?s)\s+)?(?:(?:a|an|my)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}(?:(?:gift|present|treat|surprise)s?\s+)?{_FOR_WHOM}"
    rf"|\s+{_FOR_WHOM}"
)
_AFTER_PLEASE = re.compile(
    r"\b(please|pls|plz)\s*(?:[,;.!]+\s*|\s(?:-|\u2013|\u2014)\s+)(?=[a-z])[^?\d]*$", re.I
)
"""An order closed by "please", then the occasion it is for (", back to school", " - ski trip to
Niseko"): the request ends at the "please"; what follows tells the shop assistant no option."""
_WHICH_ONE = re.compile(r"\bthe ((?:[\w-]+ ){1,3})one\b")


def without_reason(text: str) -> str:
    """The message less a reason or recipient said at its end."""
    return _REASON.sub("", text, count=1).strip() or text


def without_occasion(text: str) -> str:
    """The order less the occasion said after its closing "please"."""
    return _AFTER_PLEASE.sub(r"\1", text, count=1)


def describes(text: str, product: Any) -> set[str]:
    """The words of "the sensitive skin one" that the product's own description or attributes
    use ({} when none, or when some word is not the product's)."""
    match = _WHICH_ONE.search(text)
    if match is None:
        return set()
    words = set(tokenize(match[1]))
    own = set(tokenize(" ".join([product.description, *product.attributes.values()])))
    return words if words and words <= own else set()
