"""The price of the option asked about: "cast iron skillet 12 inch how much" is the 12 in
skillet's price, not the range of all of them."""

from __future__ import annotations

import re
from typing import Any

from agent.title_orders import quoted_product
from agent.understanding import Intent, Understanding
from agent.variants import size_number_said, spelled_options, units_in_short
from catalog.model import Product


def option_price(product: Product, text: str, currency_text: Any) -> str:
    """ "Cast Iron Skillet (12 in) costs $59.95." when the text names one option value whose
    price differs from the others'; "" otherwise."""
    for key, value in (spelled_options(product, text) or _measure_said(product, text)).items():
        prices = sorted({v.price.amount for v in product.variants if v.options.get(key) == value})
        every = {v.price.amount for v in product.variants}
        if prices and len(every) > 1:
            low = currency_text({"amount": prices[0], "currency": product.currency})
            high = currency_text({"amount": prices[-1], "currency": product.currency})
            cost = low if low == high else f"{low} to {high}"
            return f"{product.title} ({value}) costs {cost}."
    return ""


def _measure_said(product: Product, text: str) -> dict[str, str]:
    """A size said with its unit short of the catalog's words: "the 16 oz one" for 16 fl oz."""
    size = size_number_said(product, units_in_short(text))
    if size is None or " " not in size:
        return {}
    number, unit = size.split()[0], size.split()[-1]
    said = re.search(rf"(?<![\w.]){re.escape(number)}\s*{re.escape(unit)}\b", units_in_short(text))
    return {"size": size} if said else {}


_COMPARES_PRICE = re.compile(
    r"\b(?:pricier|pricer|dearer|cheaper|more expensive|less expensive|costlier"
    r"|cost(?:s|ing)? (?:more|less|extra|the same)|same price|price diff(?:erence)?"
    r"|difference in price|more money|less money|extra for)\b"
)


def compared_option_prices(product: Product, text: str, currency_text: Any) -> str:
    """ "Slub Tee: XXL costs $17.99, M costs $15.99." when the text weighs the prices of two or
    more values of one option ("is the XXL pricier than the M?", "the price diff between the 8oz
    and 16oz"); one value weighed ("is it cheaper in navy?") against the others; "" otherwise."""
    lowered = text.lower()
    if not _COMPARES_PRICE.search(lowered):
        return ""
    spoken = _compact(lowered)
    one_said: tuple[str, list[str]] | None = None
    for key in dict.fromkeys(k for v in product.variants for k in v.options):
        values = list(
            dict.fromkeys(str(v.options[key]) for v in product.variants if key in v.options)
        )
        said = sorted(
            (found.start(), value)
            for value in values
            if (found := re.search(rf"(?<![\w'.]){re.escape(_compact(value))}(?![\w'])", spoken))
        )
        if len(said) == 1 and len(values) > 1 and one_said is None:
            one_said = (key, [said[0][1], *(v for v in values if v != said[0][1])])
        if len(said) < 2:  # two values weighed
            continue
        return _costs_of(product, key, [value for _, value in said], currency_text)
    if one_said is None:
        return ""
    return _costs_of(product, *one_said, currency_text)


def option_values_weighed(product: Product, text: str) -> bool:
    """Whether the text weighs the prices of two values of one of the product's options."""
    spoken = _compact(text.lower())
    if not _COMPARES_PRICE.search(text.lower()):
        return False
    for key in dict.fromkeys(k for v in product.variants for k in v.options):
        values = {str(v.options[key]) for v in product.variants if key in v.options}
        said = [
            v for v in values if re.search(rf"(?<![\w'.]){re.escape(_compact(v))}(?![\w'])", spoken)
        ]
        if len(said) >= 2:
            return True
    return False


def _costs_of(product: Product, key: str, values: list[str], currency_text: Any) -> str:
    """Each value's price; "the same" when they all cost one amount, the difference for two."""
    spans = []
    for value in values:
        amounts = sorted({v.price.amount for v in product.variants if v.options.get(key) == value})
        spans.append((amounts[0], amounts[-1]))

    def money(amount: int) -> str:
        return str(currency_text({"amount": amount, "currency": product.currency}))

    if len(set(spans)) == 1 and spans[0][0] == spans[0][1]:
        every = " and ".join(values)
        return f"{product.title} costs the same, {money(spans[0][0])}, in {every}."
    costs = [
        f"{value} costs {money(low) if low == high else f'{money(low)} to {money(high)}'}"
        for value, (low, high) in zip(values, spans, strict=True)
    ]
    gap = ""
    if len(spans) == 2 and all(low == high for low, high in spans):
        gap = f" (a difference of {money(abs(spans[0][0] - spans[1][0]))})"
    return f"{product.title}: {', '.join(costs)}{gap}."


def _compact(text: str) -> str:
    """A size as written or said, alike: "8 fl oz", "8oz", "8 ounces" -> "8oz"."""
    short = units_in_short(text)
    short = re.sub(r"\bfl\.?\s*(?=oz\b)", "", short)
    return re.sub(r"(\d)\s+(?=[a-z])", r"\1", short)


def asks_option_prices_of_named(understanding: Understanding, search: Any) -> bool:
    """ "Tea Tree Scalp Shampoo, what's the price difference between the 8oz and 16oz": a
    comparison of two of one named product's options is a question about that product; True when
    it read it so."""
    refs = understanding.references
    if understanding.intent is not Intent.COMPARE or len(refs.product_ids) >= 2 or refs.ordinals:
        return False
    product = quoted_product(understanding.text, search)
    if product is None or not option_values_weighed(product, understanding.text):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    refs.product_ids, refs.names_product = [product.id], True
    understanding.slots.category = ""
    if "price" not in understanding.slots.asked:
        understanding.slots.asked.append("price")
    return True
