"""After an order: loose ways of taking it back ("scrap that order", "I changed my mind about
the purchase") and refund or return questions about it. The shop answers the latter with what
it can do (its returns policy, and a cancel with a full refund while the order has not
shipped), and cancels only after the shopper's yes.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_terms import policy_sentences
from agent.state import ShoppingState
from agent.understanding import Intent

_ORDER = r"(?:the|that|this|my|our)\s+(?:last |whole |entire |recent |latest )?(?:order|purchase)"
_TAKES_BACK = re.compile(
    r"\b(?:scrap|ditch|drop|nix|kill|void|forget(?: about)?|scratch|bin|undo|reverse|take back"
    rf"|stop|halt|abort|withdraw|pull)\b[^.?!]{{0,15}}\b{_ORDER}\b"
    rf"|\bchanged? (?:my|our) minds? (?:about|on|regarding|with) {_ORDER}\b"
    rf"|\b(?:don'?t|do not|no longer) (?:want|need) {_ORDER}\b"
    r"|\b(?:ordered|bought|purchased) (?:it|that|this|them|the wrong [\w-]+) by (?:mistake"
    r"|accident)\b"
    r"|\b(?:order|purchase) (?:was|is) (?:a mistake|an accident)\b"
)
_REFUND = re.compile(
    r"\b(?:refunds?|refunded|money back"
    r"|(?:return|send back|exchange) (?:it|this|that|them|these|those|the order|my order"
    r"|the [\w-]+)|send (?:it|them|this|that) back)\b"
)


def takes_back_order(text: str) -> bool:
    """ "ugh scrap that order", "I changed my mind about the purchase" (lower-case text)."""
    return bool(_TAKES_BACK.search(text))


def asks_refund(text: str) -> bool:
    """ "can i get a refund on that?", "how do I return it if it's too small?"."""
    return bool(_REFUND.search(text))


def refund_words(state: ShoppingState, policies: str) -> str:
    """Said before the offer to cancel when the shopper asked about a refund or a return: the
    store's returns policy, and that cancelling refunds in full while the order is unshipped."""
    u = state.understanding
    if u.intent is not Intent.CANCEL_ORDER or not asks_refund(u.text.lower()):
        return ""
    asked = next((e for e in state.events if e["tool"] == "ask_cancel_order"), None)
    if asked is None:
        return ""
    returns = policy_sentences(policies, r"\breturn|\brefund|\bexchange")
    if asked["ok"] and _asks(asked["data"]):
        unshipped = (
            "Your order hasn't shipped yet, so I can cancel it now and refund it in full instead."
        )
        return " ".join(filter(None, [returns, unshipped]))
    return returns


def _asks(data: dict[str, Any]) -> bool:
    return bool(data.get("ask"))
