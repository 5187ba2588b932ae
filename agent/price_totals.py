"""What a number of one product comes to: "how much would 3 of the crew tees in medium come to?".

A shop assistant asked the price of several says the sum, not only the price of one; in the size
(or colour) said when the product's prices differ by it, and nothing when the price still varies.
"""

from __future__ import annotations

import re
from typing import Any

from catalog.model import Product

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = r"(?<!size )(?<!sz )\b(\d{1,2}|" + "|".join(_WORDS) + r")\s+"
_NOT_A_UNIT = (
    r"(?!(?:oz|in|inch|inches|lbs?|kg|g|ml|l|mm|cm|m|ft|w|mah|gb|tb|years?|yrs?|months?|am|pm"
    r"|pack|pc|pcs|piece|person|p|people|sizes?|of (?:you|us))\b)"
)
_TOTAL_ASKED = re.compile(
    r"\b(?:how much|what)\b.*?"
    + _COUNT
    + _NOT_A_UNIT
    + r"[a-z].*\b(?:come to|comes to|cost|be|total|altogether|in total|run me|set me back)\b"
    r"|\bhow much (?:for|are|is|would be)\s+" + _COUNT + _NOT_A_UNIT + r"[a-z]"
)


def count_priced(text: str) -> int | None:
    """The number of one thing whose price is asked ("what would 3 tees in M cost?")."""
    match = _TOTAL_ASKED.search(" ".join(text.lower().split()))
    if match is None:
        return None
    said = match.group(1) or match.group(2)
    return int(said) if said.isdigit() else _WORDS[said]


def total_for_quantity(
    product: Product, quantity: int | None, size: str | None, currency_text: Any
) -> str:
    """ "3 × $14.00 comes to $42.00." for a quantity above one at one price, else ""."""
    if not quantity or quantity < 2:
        return ""
    variants = [v for v in product.variants if size and (v.size or "").lower() == size.lower()]
    prices = {v.price.amount for v in variants or product.variants}
    if len(prices) != 1:
        return ""
    (each,) = prices

    def money(amount: int) -> str:
        return str(currency_text({"amount": amount, "currency": product.currency}))

    return f"{quantity} × {money(each)} comes to {money(each * quantity)}."
