"""Which messages give buyer details, and which change them at the order confirmation.

While details are wanted, any name, email or address in a message fills them. At the
confirmation a message changes them only when it states one unmistakably ("actually ship it to
55 Market St, San Francisco, CA 94105", "use my work email instead: sam@work.com", "change the
name to Sam K. Okafor"), or asks to change one without giving it yet ("wrong address!"), so a
"wait" in it is no refusal of the order and a plain "yes" or "no" still answers it.
"""

from __future__ import annotations

import re
from typing import Any

from agent import phrases as ph
from agent.buyer import details_in, stated_details

_CHANGE = re.compile(
    r"\b(?:change|changed|update|different|new|wrong|another|other|correct|fix|edit|instead"
    r"|incorrect|typo|mistake|not right|isn'?t right|moved)\b"
)
# A message that opens by saying where to ship: "ship it to …", "deliver to …", "address: …".
_SHIPS_TO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|please|pls|oh|actually|wait|great|perfect)\W+)*"
    # who it is for, said first: "it's for my sister, ship to her: …"
    r"(?:(?:it'?s|its|this is|these are|they'?re)\s+(?:a (?:gift|present)\s+)?for\s+(?:my|our)"
    r"(?:\s+[a-z'-]+){1,2}\W+)?"
    r"(?:(?:please|can you|could you)\s+)?(?:ship|send|deliver|post|mail)"
    r"(?:\s+(?:it|them|this|that|everything|the order|my order|the package|my package))?\s+to\b"
    # "it goes to 2-14-5 Jingumae, …", "the package should go to …"
    r"|^\W*(?:(?:and|so|oh)\W+)?(?:it|they|this|everything|the order|my order|the package"
    r"|my package)\s+(?:goes|go|should go|will go|is going|needs to go|has to go|ships)\s+to\b"
    r"|^\W*(?:(?:and|ok|so)\W+)?(?:(?:my|the)\s+)?(?:shipping\s+|delivery\s+|home\s+)?address(?:\s+is|\s*:)"
)
_WHICH = (
    ("address", re.compile(r"\b(?:address|ship(?:s|ping|ped)? (?:it )?to|where it (?:ships|goes"
                           r"|is going)|deliver(?:y|ed)? (?:it )?to)\b")),
    ("email", re.compile(r"\be-?mail\b")),
    ("name", re.compile(r"\bname\b")),
)  # fmt: skip


def gives_details(text: str, original: str, *, waiting: bool, confirming: bool) -> bool:
    """The message gives (or, at the confirmation, asks to change) buyer details."""
    if ph.VIEW_CART.search(text) or ph.CANCEL_ORDER.search(text):
        return False
    if ph.CHECKOUT.search(text) and not (
        ("@" in text and details_in(original))
        or _ships_to_address(text, original, confirming)
        or _ships_to_address(_after_checkout(text), original, confirming)
    ):
        return False  # "…, Miami FL 33139. checkout" gives the details and asks to check out
    if (waiting or "@" in text) and details_in(original):
        return True
    if not confirming and _SHIPS_TO.match(text) and "address" in stated_details(original):
        return True  # "ship it to 3-14-1 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan"
    if not confirming and (rest := _after_checkout(text)) and _SHIPS_TO.match(rest):
        return "address" in stated_details(original)  # "Checkout please. The address is …"
    return confirming and changes_details(original)


def _ships_to_address(text: str, original: str, confirming: bool) -> bool:
    """ "ship to 60 river rd albany ny 12207 and check out": an address said where to ship, with
    the checkout after it, gives the address (details said earlier are kept with it)."""
    return not confirming and bool(_SHIPS_TO.match(text)) and "address" in stated_details(original)


def _after_checkout(text: str) -> str:
    """What follows a first sentence that asks to check out, or a message's opening "check
    out" run on without a stop ("check out ship it to 300 king street …"); "" for neither."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    if len(parts) == 2 and ph.CHECKOUT.search(parts[0]):
        return parts[1]
    opened = _CHECKOUT_FIRST.match(text)
    return text[opened.end() :] if opened else ""


_CHECKOUT_FIRST = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|please|pls|i want to|i'?d like to|let'?s)\W+)*(?:check ?out|checkout)"
    r"(?:\s+(?:please|pls|now))?[\s,:;-]+"
)


def read_details(original: str, *, confirming: bool) -> tuple[dict[str, Any], str]:
    """(the details given, the detail asked to change without a new value: "address" / "")."""
    found = stated_details(original) if confirming else details_in(original)
    return found, "" if found else change_asked(original)


def changes_details(text: str) -> bool:
    """At the confirmation: a new name, email or address, or a wish to change one."""
    return bool(stated_details(text) or change_asked(text))


def change_asked(text: str) -> str:
    """ "I need to change the shipping address", "wrong email!": which detail ("" for none)."""
    lowered = " ".join(text.lower().split())
    if not _CHANGE.search(lowered):
        return ""
    return next((field for field, words in _WHICH if words.search(lowered)), "")
