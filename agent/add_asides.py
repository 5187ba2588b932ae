"""A question about shipping asked with an add ("add the socks too. does that get me free
shipping?"): the add's reply answers it for the cart as it now stands."""

from __future__ import annotations

from agent.shipping_rule import ASKS_SHIPPING_COST
from aisle.money import Money
from commerce.models import Cart
from commerce.pricing import PricingRules


def shipping_after_add(said: str, rules: PricingRules, cart: Cart) -> str:
    """What shipping the cart now pays, when the message asked about it; "" otherwise."""
    if not ASKS_SHIPPING_COST.search(said) or "?" not in said:
        return ""
    amounts = {t.type: t.amount for t in rules.totals(cart.lines)}
    shipping = amounts["shipping"]
    if not shipping.amount:
        return "Shipping on your cart is now free."
    over = rules.free_shipping_over
    if over is None:
        return f"Shipping on your cart is {shipping.format()}."
    short = Money(amount=over - amounts["subtotal"].amount, currency=shipping.currency)
    return (
        f"Shipping on your cart is {shipping.format()}; it ships free from "
        f"{Money(amount=over, currency=shipping.currency).format()}, {short.format()} more."
    )
