"""Questions about the store rather than its products: how to pay, where it ships.

The assistant knows the store's policy text (`Settings.store_policies`) and nothing about payment
providers or delivery countries beyond it, so it answers from the policy when the policy says so
and otherwise says honestly where the shopper can see it (the checkout page), then steers back.
"""

from __future__ import annotations

import re

_PAYMENT = re.compile(
    r"\b(?:pay(?:ing)? (?:with|by|via|using|in|through)|payment (?:methods?|options?)"
    r"|ways to pay|paypal|apple ?pay|google ?pay|klarna|afterpay|affirm|venmo|amex"
    r"|american express|credit cards?|debit cards?|visa|mastercard|crypto|bitcoin"
    r"|instal(?:l)?ments?|cash on delivery|buy now,? pay later|accept (?:cards?|cash))\b",
    re.I,
)
_DESTINATION = re.compile(
    r"\b(?:ship|deliver|send|post)(?:s|ping|ed)?\s+(?:(?:it|them|orders?|stuff|things)\s+)?"
    r"(?:(?:out\s+)?to\s+(?:the\s+)?(?P<place>(?:(?:new|south|north|united|hong|puerto|costa|sri|saudi|el|san|west|east)\s+)?[a-z][a-z.]*)"
    r"|internationally|abroad|overseas|worldwide|outside(?: the)?(?: us| usa| u\.s\.)?)",
    re.I,
)
_ASKS = re.compile(
    r"\?|^\s*(?:can|could|do|does|is|are|will|would|what|which|how|where|u|you)\b", re.I
)
_WANTS_A_PRODUCT = re.compile(
    r"\b(?:have|sell|carry|stock|looking for|need|want|show|holders?|wallets?|cases?|readers?)\b",
    re.I,
)
_NOT_A_PLACE = frozenset(
    {"me", "my", "us", "you", "your", "him", "her", "them", "there", "here", "it"}
)


def asks_about_paying(text: str) -> bool:
    """ "Can I pay with PayPal?", "do you take apple pay", "is klarna an option?"."""
    if _WANTS_A_PRODUCT.search(text):
        return False  # "do you have a credit card wallet?"
    return bool(_ASKS.search(text) and _PAYMENT.search(text))


def asks_where_shipped(text: str) -> bool:
    """ "Do you ship to Canada?", "can you deliver to the UK", "do u ship internationally?"."""
    match = _DESTINATION.search(text)
    if not (match and _ASKS.search(text)):
        return False
    place = (match.group("place") or "").lower()
    return place not in _NOT_A_PLACE


def store_answer(text: str, policies: str) -> str | None:
    """A short honest answer to a payment or shipping-destination question, else None."""
    if asks_about_paying(text):
        return (
            "Payment methods are listed on the checkout page, right before you pay — that list "
            "comes from the store's payment provider, so I can't promise a particular one from "
            "here. Whenever your cart is ready I can take you to checkout. What can I find for you?"
        )
    if not asks_where_shipped(text):
        return None
    match = _DESTINATION.search(text)
    place = ((match.group("place") if match else "") or "").strip()
    if place and place.lower() in policies.lower():
        return f"{policies} Anything I can help you find?"
    where = f"whether we ship to {_place_name(place)}" if place else "where abroad we ship"
    return (
        f"I can't tell from here {where} — the checkout page shows the shipping options once "
        f"you enter your address. What I know: {policies} What can I find for you?"
    )


def _place_name(place: str) -> str:
    words = place.split()
    return " ".join(w.upper() if len(words) == 1 and len(w) <= 3 else w.capitalize() for w in words)
