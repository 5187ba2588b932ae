"""When a yes at the order confirmation is not yet the approval to charge.

"ok, what's the total with shipping?" opens with "ok" but asks a question, and "ok now let's
check out" asks for the checkout it is looking at: neither says to place the order. Only a yes
that says nothing more, or a firm yes ("yes, place it"), approves; anything else is read as the
message it is, and the summary waits.
"""

from __future__ import annotations

import re

_QUESTION = re.compile(
    r"\?|[\s,.;:!-](?:but|what|what'?s|whats|how|which|why|when|where|is it|is there|are there"
    r"|does|do you|can you|could you)\b"
)
_FIRM_YES = re.compile(
    r"\b(?:yes|yeah|yep|yup|confirm(?:ed)?|go ahead|do it|place (?:it|the order|my order)"
    r"|approved?|proceed|definitely|absolutely)\b"
)
_CHECKOUT = re.compile(r"\b(?:check ?out|checkout|pay(?: now)?)\b")


def approval_withheld(text: str) -> bool:
    """The yes comes with a question, or is only an "ok" before asking to check out."""
    if _QUESTION.search(text):
        return True
    return bool(_CHECKOUT.search(text) and not _FIRM_YES.search(text))


_SEE_FIRST = re.compile(
    r"\b(?:show|let me see|lemme see|give me|tell me)\b.*\b(?:total|summary|order|cost)\b"
)


def asks_to_see_first(text: str) -> bool:
    """An "ok" that asks to be shown the order or its total ("ok show me the new total before i
    confirm"): the summary is shown again and waits."""
    return bool(_SEE_FIRST.search(text))
