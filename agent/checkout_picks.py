"""A product pointed at just before "check out" is the one being bought: "ok the jacket from
before in navy, L. checkout: Priya Raman, …", "just the sage kettle from before. add it and
check out - Jamie Chen, …", "back to the headphones, the retro wired ones in navy. checkout: …".

The pointer is read as an add of that product with its options, then checkout with the details,
so the shopper sees the summary and total to confirm, as when the add verb is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.understanding import CHECKOUT_STEPS, Intent, Understanding

_CHECKOUT = re.compile(
    r"[\s.,;:!-]*(?:(?:and|then|&|now|so)\s+)*(?:please\s+)?(?:let'?s\s+)?"
    r"(?:check ?(?:me |it |them )?out|checkout)\b",
    re.I,
)
_ADD_IT = re.compile(
    r"[\s.,;:!-]*(?:(?:and|then|so|pls|please)\s+)*"
    r"(?:(?:add|get|buy|order|grab|take|put)\s+(?:it|them|that|those|this|that one|one)"
    r"(?:\s+(?:to|in|into)\s+(?:my|the)\s+(?:cart|basket|bag))?)?[\s.,;:!-]*$",
    re.I,
)
_LEAD_IN = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|right|so|actually|just|yeah|yes|hmm+|fine|great|cool|then"
    r"|now|and|i'?ll take|i'?ll have|i want|i'?d like|let'?s do|let'?s go with|go with)\W+)*"
    r"(?:(?:(?:ok(?:ay)?\s+)?(?:going |go |come |coming )?back to|about) (?:the )?[\w\s-]+?,\s*)?",
    re.I,
)
_POINTER = re.compile(r"^(?:the|that|those)\s+\S", re.I)
_NOT_A_PICK = re.compile(
    r"\?|\b(?:how|what|which|is|are|was|were|does|do|can|could|looks?|seems?|sounds?|'s)\b", re.I
)
"""A question or a remark ("the total looks fine"), not a pick."""


def pointed_pick(text: str) -> tuple[str, str] | None:
    """ "the jacket from before in navy, L" and "checkout: …" of such a message, or None when no
    product is pointed at before the checkout word."""
    said = _CHECKOUT.search(text)
    if said is None or said.start() == 0:
        return None
    lead = _ADD_IT.sub("", text[: said.start()])
    pick = lead[_LEAD_IN.match(lead).end() :].strip(" ,.;:-")  # type: ignore[union-attr]
    if not _POINTER.match(pick) or _NOT_A_PICK.search(pick):
        return None
    return pick, text[said.start() :].strip(" ,.;:-")


def read_checkout_pick(
    text: str, read: Callable[[str], Understanding], held: set[str]
) -> Understanding | None:
    """The add of the product pointed at, then checkout; None when the pointer finds no single
    product or the cart already holds it."""
    parts = pointed_pick(text)
    if parts is None:
        return None
    pick, rest = parts
    added = read(f"add {pick}")
    ids = added.references.product_ids
    if added.intent is not Intent.ADD or len(ids) > 1 or set(ids) & held:
        return None
    if len(added.slots.items) > 1:  # one product pointed at, never an order of several
        return None
    checkout = read(rest)
    if checkout.intent not in CHECKOUT_STEPS:
        return None
    added.then = [checkout]
    return added
