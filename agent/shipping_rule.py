"""The store's shipping rule in words, from its configured pricing ("Shipping is $5.99 an order,
free from $50.00"), for a shopper who asks what shipping costs or when it is free."""

from __future__ import annotations

import re

from aisle.money import Money
from aisle.settings import Settings

ASKS_SHIPPING_COST = re.compile(
    r"\b(?:shipping|delivery|postage|p\s?&\s?p|freight)\s+(?:cost|costs|fees?|charges?|price|rates?"
    r"|prices)\b"
    r"|\b(?:cost|costs|fees?|charges?|price|rates?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:shipping|delivery|postage)\b"
    r"|\bhow much\b[^.?!]{0,30}\b(?:shipping|delivery|postage|to ship|to deliver)\b"
    r"|\b(?:shipping|delivery|postage)\b[^.?!]{0,20}\bhow much\b"
    r"|\bfree\s+(?:shipping|delivery|postage)\b"
    r"|\b(?:shipping|delivery|postage)\b[^.?!]{0,30}\bfree\b"
    r"|\b(?:do|does|will|is there)\b[^.?!]{0,20}\b(?:charge|pay)\b[^.?!]{0,20}"
    r"\b(?:shipping|delivery|postage)\b",
    re.I,
)
"""A question about what shipping costs: "how much is shipping?", "is delivery free at some
point", "delivery fee?", "do u do free shipping over some amount", "what do you charge for
postage"."""


def shipping_rule_text(settings: Settings) -> str:
    """The flat rate and the free-from threshold, as checkout charges them."""
    currency = settings.currency
    flat = Money(amount=settings.shipping_flat, currency=currency)
    over = settings.free_shipping_over
    if settings.shipping_flat == 0 or over == 0:
        return "Shipping is free on every order."
    if over is None:
        return f"Shipping is {flat.format()} an order."
    free_from = Money(amount=over, currency=currency).format()
    return f"Shipping is {flat.format()} an order, and free on orders of {free_from} or more."


def policies_for(settings: Settings, text: str) -> str:
    """The store's policies as told to a shopper: the shipping rule first when they ask what
    shipping costs, after the written policies otherwise."""
    rule, written = shipping_rule_text(settings), settings.store_policies.strip()
    if ASKS_SHIPPING_COST.search(text):
        return " ".join(p for p in (rule, written) if p)
    return " ".join(p for p in (written, rule) if p)
