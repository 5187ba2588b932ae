"""The price of the option asked about: "cast iron skillet 12 inch how much" is the 12 in
skillet's price, not the range of all of them."""

from __future__ import annotations

import re
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


_COMPARES_PRICE = re.compile(
    r"\b(?:pricier|pricer|dearer|cheaper|more expensive|less expensive|costlier"
    r"|cost(?:s|ing)? (?:more|less|extra|the same)|same price|price difference"
    r"|difference in price|more money|less money|extra for)\b"
)


def compared_option_prices(product: Product, text: str, currency_text: Any) -> str:
    """ "Slub Tee: XXL costs $17.99, M costs $15.99." when the text weighs the prices of two or
    more values of one option ("is the XXL pricier than the M?"); "" otherwise."""
    lowered = text.lower()
    if not _COMPARES_PRICE.search(lowered):
        return ""
    for key in dict.fromkeys(k for v in product.variants for k in v.options):
        values = list(
            dict.fromkeys(str(v.options[key]) for v in product.variants if key in v.options)
        )
        said = sorted(
            (found.start(), value)
            for value in values
            if (found := re.search(rf"(?<![\w']){re.escape(value.lower())}(?![\w'])", lowered))
        )
        if len(said) < 2:  # two values weighed
            continue
        costs = []
        for _, value in said:
            amounts = sorted(
                {v.price.amount for v in product.variants if v.options.get(key) == value}
            )
            low = currency_text({"amount": amounts[0], "currency": product.currency})
            high = currency_text({"amount": amounts[-1], "currency": product.currency})
            costs.append(f"{value} costs {low if low == high else f'{low} to {high}'}")
        return f"{product.title}: {', '.join(costs)}."
    return ""
