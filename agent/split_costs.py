"""A cart's cost shared between people: "how much is that each if we split it 3 ways", "we're
splitting it between 2 of us, how much each?". Answered from the cart's own totals, never as a
product's price."""

from __future__ import annotations

import re

from aisle.money import Money

_NUMBER = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}  # fmt: skip
_WAYS = re.compile(
    rf"\b(?:split|splitting|share|sharing|divide|dividing|chip in|chipping in)\b[^.?!]{{0,40}}?"
    rf"\b(?:{_NUMBER} ways|(?:between|among|amongst|by|in) {_NUMBER}(?: of us| people| ways)?)\b"
    rf"|\b{_NUMBER} (?:ways|people|of us)\b[^.?!]{{0,30}}\b(?:each|per (?:person|head)|apiece)\b"
    rf"|\b(?:each|per (?:person|head)|apiece)\b[^.?!]{{0,40}}\b(?:split|share|divide)\w*"
    rf"[^.?!]{{0,20}}?\b{_NUMBER} ways\b"
)


def split_ways(text: str) -> int | None:
    """Between how many people the cost is shared (lower-case text), or None."""
    match = _WAYS.search(text)
    if match is None:
        return None
    said = next(group for group in match.groups() if group)
    ways = int(said) if said.isdigit() else _WORDS[said]
    return ways if 2 <= ways <= 20 else None


def split_text(ways: int, subtotal: Money, total: Money) -> str:
    """ "Split 3 ways, that's $28.33 each." with the total's share too when shipping or tax
    add to it."""
    each = Money(amount=round(subtotal.amount / ways), currency=subtotal.currency)
    text = f"Split {ways} ways, the items come to {each.format()} each"
    if total.amount != subtotal.amount:
        share = Money(amount=round(total.amount / ways), currency=total.currency)
        text += f" ({share.format()} each with shipping and tax, {total.format()} in all)"
    return text + "."
