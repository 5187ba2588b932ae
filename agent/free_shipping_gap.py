"""How far the cart is from free shipping (lower-case text): "how much more do I need to spend
for free shipping", "how far am i from free shipping", "what do i need to add to get free
delivery", "am I close to free shipping?".

Once there is a cart, it is a question about the cart's money, never a demand for free goods:
the answer is what is still missing before the store's threshold, from the cart's subtotal.
"""

from __future__ import annotations

import re

from aisle.money import Money
from commerce.models import Cart
from commerce.pricing import PricingRules

_FREE = r"(?:free|no)[ -](?:shipping|delivery|postage|ship)|ship(?:s|ping)? (?:for )?free"
_GAP = re.compile(
    r"\b(?:how much|what)\b[^.?!]{0,40}\b(?:more|else|extra|left|away|short|off|until|till|til"
    r"|before|to (?:get|reach|hit|qualify|make))\b[^.?!]{0,40}\b(?:" + _FREE + r")\b"
    r"|\bhow (?:far|close|near)\b[^.?!]{0,30}\b(?:" + _FREE + r")\b"
    r"|\b(?:am i|are we|is (?:my|the|our) (?:cart|order|basket))\b[^.?!]{0,20}"
    r"\b(?:close|near|far)\b[^.?!]{0,20}\b(?:" + _FREE + r")\b"
    r"|\b(?:need|have) to (?:spend|add|buy|get)\b[^.?!]{0,40}\b(?:" + _FREE + r")\b"
    r"|\b(?:" + _FREE + r")\b[^.?!]{0,30}\bhow (?:much|far) (?:more|away|off|left|short)\b"
)


def asks_free_shipping_gap(text: str) -> bool:
    """Whether the message asks what is still missing for free shipping."""
    return _GAP.search(" ".join(text.lower().split())) is not None


def free_shipping_gap_text(rules: PricingRules, cart: Cart) -> str:
    """ "You're $35.01 away from free shipping: it ships free from $50.00, and your subtotal is
    $14.99." """
    subtotal = cart.subtotal
    over = rules.free_shipping_over
    if over is None:
        flat = Money(amount=rules.shipping_flat, currency=subtotal.currency)
        return f"This store doesn't ship free at any amount: shipping is {flat.format()} an order."
    threshold = Money(amount=over, currency=subtotal.currency)
    if subtotal.amount >= over:
        return (
            f"Your cart already ships free: your subtotal is {subtotal.format()}, and shipping "
            f"is free from {threshold.format()}."
        )
    short = Money(amount=over - subtotal.amount, currency=subtotal.currency)
    return (
        f"You're {short.format()} away from free shipping: it ships free from "
        f"{threshold.format()}, and your subtotal is {subtotal.format()}."
    )
