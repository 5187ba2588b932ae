"""A question whether the cart keeps within an amount (lower-case text): "am I still under $50
with shipping?", "will that put me over 100?", "does everything come in below 80 incl tax?",
"is that under 200 for everything?".

Asked once there is a cart, it is a question about the cart's money, never a search for goods
under that price: the answer is the cart with shipping, tax and total, and a yes or no against
the amount said.
"""

from __future__ import annotations

import re

from aisle.money import Money
from catalog.query_price import amount_at

_UNDER = r"(?:under|below|less than|within|beneath|no more than)"
_OVER = r"(?:over|above|more than|past|beyond)"
_AMOUNT = r"(?=(?:\$|€|£|usd |eur |gbp )?\s*\d)"  # read by the catalog's price reader
# Who or what the question is about: the shopper or the cart as a whole, never one product.
_SUBJECT = (
    r"\b(?:am i|are we|is my|is our|is the (?:total|cart|order|basket|bill)|do i|did i|have i"
    r"|will i|would i"
    r"|(?:does|will|would|did) (?:that|it|this|everything|the lot) (?:all )?"
    r"(?:come|stay|keep|end up|total|add up)"
    r"|(?:keeps?|puts?|keep|put|leaves?|gets?|takes?) (?:me|us)"
    r"|(?:my|our|the) (?:total|cart|order|basket|bill)"
    r"|(?:is|does|will|would) (?:it|that|this|everything|all (?:of )?(?:it|that|this))"
    r"(?: all)? (?:with|incl|including|plus|after)\b[^?]*\b(?:shipping|delivery|postage|tax)"
    r"|(?:everything|all (?:of )?(?:it|that|this)|altogether|all together|in total))\b"
)
_BUDGET = re.compile(
    _SUBJECT + rf".*?\b(?:(?:still|stay(?:ing)?|be|go(?:ing)?|come|comes|coming|end up)\s+)*"
    rf"(?:(?P<under>{_UNDER})|(?P<over>{_OVER}|go over|goes over|exceed|exceeds))\s+{_AMOUNT}",
)
# "is that under 200 for everything?", "would it all be over 80 in total": the whole cart said
# after the amount.
_WHOLE_AFTER = re.compile(
    r"\b(?:is|are|will|would|does|do)\s+(?:that|it|this|they|those|these|the lot)(?: all)?"
    rf"(?:\s+(?:still|be|come|stay|go|end up))*\s+(?:(?P<under>{_UNDER})|(?P<over>{_OVER}))"
    rf"\s+{_AMOUNT}[^?]*?\b(?:for everything|for (?:it|them|those|these|the) all"
    r"|for all (?:of )?(?:it|that|them|this|those|these)|for the lot|for the whole \w+|all in"
    r"|in total|total|altogether|all together|with everything|combined)\b"
)
# "do i get free shipping over 50", "do i have anything under 30": the store or its goods.
_NOT_THE_CART = re.compile(
    r"\b(?:free|any|anything|something|some|show|find|get me|buy|options?|cheaper|cheapest)\b"
)
_BEFORE_EXTRAS = re.compile(
    r"\b(?:before|without|excluding|excl\.?|not counting|minus) "
    r"(?:the )?(?:shipping|delivery|postage|tax|taxes)"
)


def budget_asked(text: str, currency: str) -> tuple[Money, bool] | None:
    """The amount a question about the cart weighs it against, and whether the question is
    "under" (True) or "over" (False); None for anything else."""
    lowered = " ".join(text.lower().split())
    match = _BUDGET.search(lowered) or _WHOLE_AFTER.search(lowered)
    if match is None or _NOT_THE_CART.search(lowered):
        return None
    number = amount_at(lowered[match.end("under") if match["under"] else match.end("over") :])
    if number is None:
        return None
    return Money.from_decimal(number, currency), match["under"] is not None


def counts_extras(text: str) -> bool:
    """Whether the amount to weigh is the total with shipping and tax, not the subtotal."""
    return _BEFORE_EXTRAS.search(text.lower()) is None


def budget_answer(asked: tuple[Money, bool], weighed: Money, with_extras: bool) -> str:
    """ "Yes — with shipping and tax it comes to $46.93, under $50.00." """
    limit, under = asked
    within = weighed.amount < limit.amount if under else weighed.amount > limit.amount
    what = "with shipping and tax it comes to" if with_extras else "before shipping and tax it's"
    side = "under" if weighed.amount < limit.amount else "over"
    if weighed.amount == limit.amount:
        side = "exactly"
    return f"{'Yes' if within else 'No'} — {what} {weighed.format()}, {side} {limit.format()}."
