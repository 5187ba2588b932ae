"""The price of the option asked about: "cast iron skillet 12 inch how much" is the 12 in
skillet's price, not the range of all of them."""

from __future__ import annotations

from typing import Any

from agent.variants import spelled_options
from catalog.model import Product


def option_price(product: Product, text: str, currency_text: Any) -> str:
    """ "Cast Iron Skillet (12 in) costs $59.95." when the text names one option value whose
    price differs from the others'; "" otherwise."""
    for key, value in spelled_options(product, text).items():
        prices = sorted({v.price.amount for v in product.variants if v.options.get(key) == value})
        every = {v.price.amount for v in product.variants}
        if prices and len(every) > 1:
            low = currency_text({"amount": prices[0], "currency": product.currency})
            high = currency_text({"amount": prices[-1], "currency": product.currency})
            cost = low if low == high else f"{low} to {high}"
            return f"{product.title} ({value}) costs {cost}."
    return ""
