"""How-to questions about paying, taking a thing out of the cart and changing one's mind after
ordering: "How do I pay for things on here?", "If I put the wrong thing in my basket, how do I
take it out again?", "If I order something and then change my mind, can I undo it?". They ask
how the shop works, so they get the steps, never a search, an empty-cart notice or a cancel.
"""

from __future__ import annotations

import re

from agent.stock_help import STOCK_STEPS, asks_how_to_check_stock

# "how do I …", "what do I do if …", "is there a way to …", "if I …, can I …", "suppose I …"
_ASKS_HOW = re.compile(
    r"\bhow (?:do|can|could|would|should|will|does) (?:i|we|you|u|one|someone|people)\b"
    r"|\bhow (?:do|does) (?:paying|payment|it|that) work"
    r"|\bwhat (?:do|should|can|would) (?:i|we|you) do (?:if|when)\b|\bwhat happens (?:if|when)\b"
    r"|\bwhat (?:do|should) (?:i|we) do (?:now |next |then )?to\b"  # "what do I do now to pay?"
    r"|\bis (?:there|it) (?:a way|any way|possible)\b|\bcan (?:i|we|you)\b[^.?!]*\?"
    r"|^\W*(?:so |and |but )?(?:if|suppose|supposing|say|in case|let'?s say) (?:i|we)\b"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|suppose|supposing|in case|what happens|say) (?:i|we)\b"
    r"|\bhow (?:do|can|would) (?:i|we)"
)
_PAYING = re.compile(
    r"\b(?:pay|paying|payment|hand (?:over|you) (?:the )?money|give you (?:the |my )?money"
    r"|cheque|send (?:you )?(?:the )?money)\b"
)
_REMOVING = re.compile(
    r"\b(?:remove|delete|get rid of|take (?:it|that|them|something|things?|one|the \w+(?: \w+)?)"
    r" (?:out|off)|take (?:out|off))\b"
)
_IN_CART = re.compile(
    r"\b(?:cart|basket|bag|trolley|by (?:mistake|accident)|wrong (?:thing|item|one))\b"
)
_UNDOING = re.compile(
    r"\b(?:change (?:my|our) minds?|undo|regret|take (?:it|that|the order) back|back out"
    r"|cancel|reverse|call (?:it|the order) off)\b"
)
_ANY_THING = re.compile(r"\b(?:remove|delete|take) (?:something|things|stuff|an item|items)\b")
"""Any thing taken out, not one named: how the cart works, never a product."""
_HOW_OR_WHAT = re.compile(r"\bhow\b|\bwhat (?:do|should) (?:i|we) do\b")
_ORDERING = re.compile(r"\b(?:order|ordered|ordering|buy|bought|purchase|purchased|checkout)\b")

PAY_STEPS = (
    'When you have picked what you want, say "check out" and give me your name, email and '
    "shipping address. I show you the items, shipping and the total, and the order is placed "
    "and paid only once you say yes — no cheque or transfer needed. What can I find for you?"
)
REMOVE_STEPS = (
    'Just tell me here in the chat: "remove the socks" or "take the hat out" takes a thing '
    'out of your cart, and "make it 2" changes how many. Nothing is bought until you check out '
    "and say yes to the total."
)
CANCEL_STEPS = (
    "Nothing is ordered until you say yes to the total I show you at checkout. After that, "
    'just say "cancel my order": I ask you to confirm, then cancel it and refund the charge.'
)


def how_to_answer(text: str) -> str | None:
    """The steps a how-to question about paying, removing or cancelling asks for, else None."""
    lowered = " ".join(text.lower().split())
    if asks_how_to_check_stock(lowered):  # "how do i find out if u have something in my size"
        return STOCK_STEPS
    if not _ASKS_HOW.search(lowered):
        return None
    if _UNDOING.search(lowered) and _ORDERING.search(lowered) and _HYPOTHETICAL.search(lowered):
        return CANCEL_STEPS
    if (
        _REMOVING.search(lowered)
        and (_IN_CART.search(lowered) or _UNDOING.search(lowered) or _ANY_THING.search(lowered))
        and _HYPOTHETICAL.search(lowered)
    ):  # "how do I take something out again if I change my mind?": no cart named, still the cart
        return REMOVE_STEPS
    if _PAYING.search(lowered) and _HOW_OR_WHAT.search(lowered):
        return PAY_STEPS
    return None


def asks_how_to_pay(text: str) -> bool:
    """ "How do I pay for this?", "what do I do now to pay?": how paying here works."""
    return how_to_answer(text) == PAY_STEPS
