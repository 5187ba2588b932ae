"""Questions about what the cart costs (lower-case text): "what do I owe so far", "what's the
damage", "how much is all that", and, once there is a cart, "and with tax?" / "incl. shipping?".

"Am I still under $50 with shipping?" weighs that total against the amount (`cart_budget.py`).

A question about money is never an add, a search or a checkout: the cart is shown with its
shipping, tax and total.
"""

from __future__ import annotations

import re

from agent.cart_budget import budget_asked
from agent.free_shipping_gap import asks_free_shipping_gap
from aisle.money import Money
from commerce.models import Cart
from commerce.pricing import PricingRules

_THINGS = (
    r"(?:it|that|this|they|those|these|everything|the lot|the whole (?:thing|lot|order|cart|basket)"
    r"|(?:my|the) (?:order|cart|basket|bag|trolley|stuff|things|items))"
)
# "what's the total fat", "the total weight": a product's figure, not the cart's money.
_NOT_OF_A_PRODUCT = (
    r"(?![ -]+(?:fat|sugars?|carbs?|carbohydrates?|protein|sodium|calories|fib(?:er|re)"
    r"|cholesterol|weight|capacity|volume|length|height|width|size|time|run ?time|count|number"
    r"|power|wattage|battery|storage))"
)
_OWED = re.compile(
    r"\b(?:what|how much) (?:do|will|would|shall|did|does) (?:i|we) (?:owe|pay|need to pay"
    r"|have to pay|be paying|end up paying)\b"
    r"|\b(?:what|how much) (?:am i|are we) (?:paying|spending|at|in for|looking at)\b"
    r"|\bhow much (?:do )?i owe\b|\bwhat i owe\b"
    r"|\b(?:what'?s|whats|what is|tell me|give me) the damage\b|^\W*(?:and |so )?the damage\b"
    rf"|\bhow much (?:is|are|'s|was|were|for|will be|would be) (?:{_THINGS}\s+)?"
    r"(?:all(?: of (?:it|that|this|them|those|these))?|everything|altogether|all together"
    r"|in total|total|the lot|so far)\b"
    rf"|\bhow much (?:is |are )?(?:{_THINGS}\s+)?(?:all together|altogether|in total|so far)\b"
    rf"|\b(?:what'?s?|how much)\b.*\b{_THINGS}(?: all)? "
    r"(?:comes?|came|adds?|added|works?|coming|adding)(?: all)? (?:to|up to|up|out to|out at|out)\b"
    rf"|\b(?:grand|order|cart|basket|running|final|full|overall) total\b{_NOT_OF_A_PRODUCT}"
    r"|\b(?:what'?s|whats|what is|what are|show me|tell me|give me|and) (?:my|the|our) "
    rf"(?:total|subtotal|bill|tab)(?:s)?\b{_NOT_OF_A_PRODUCT}"
    r"|^\W*(?:and |so |ok |the |my )?(?:sub)?total\W*(?:pls|please|rn|now|so far|then)?\W*$"
)
_EXTRAS = frozenset({
    "tax", "taxes", "vat", "gst", "shipping", "delivery", "postage", "s&h", "p&p", "shipping?",
})  # fmt: skip
# Words a question about the extras may hold besides them: "and with tax?", "incl. shipping?",
# "is shipping included in that", "what's the total plus tax".
_AROUND_EXTRAS = frozenset({
    "and", "with", "plus", "incl", "including", "include", "includes", "included", "inc", "w",
    "after", "before", "the", "what", "whats", "what's", "about", "how", "much", "is", "that",
    "it", "this", "does", "do", "will", "would", "be", "so", "ok", "okay", "hmm", "total",
    "price", "cost", "come", "comes", "to", "all", "in", "my", "then", "too", "also", "that's",
    "thats", "it's", "its", "add", "added", "on", "top", "of", "any", "there", "extra", "for",
    "sales", "cart", "order", "now", "pls", "please", "rn", "or", "well", "but", "handling",
    "a", "bit", "amount", "final", "grand",
})  # fmt: skip
_WORD = re.compile(r"[a-z&']+")


def asks_cart_money(text: str, *, has_cart: bool) -> bool:
    """Whether the message asks what the cart costs; "and with tax?" only once there is a cart
    (before, "how much is shipping?" asks about the store's policy)."""
    if _OWED.search(text):
        return True
    return has_cart and (
        asks_extras(text)
        or budget_asked(text, "USD") is not None
        or asks_free_shipping_gap(text)  # "how much more for free shipping?"
    )


def asks_extras(text: str) -> bool:
    """ "plus the tax?", "incl. shipping?", "is shipping included": the total with the extras,
    in no other words than those."""
    words = _WORD.findall(text.replace("+", " plus "))
    return bool(words) and bool(_EXTRAS & set(words)) and set(words) <= _EXTRAS | _AROUND_EXTRAS


def totals_text(rules: PricingRules, cart: Cart) -> str:
    """Shipping, tax and total under a cart's lines, as checkout will charge them."""
    amounts = {t.type: t.amount for t in rules.totals(cart.lines)}
    shipping = amounts["shipping"]
    free_over = rules.free_shipping_over
    note = ""
    if shipping.amount and free_over is not None:
        note = f" (free from {Money(amount=free_over, currency=shipping.currency).format()})"
    elif free_over is not None and cart.lines:
        note = " (free on this order)"
    return "\n".join([
        f"Shipping: {shipping.format()}{note}",
        f"Tax: {amounts['tax'].format()}",
        f"Total: {amounts['total'].format()}",
    ])  # fmt: skip
