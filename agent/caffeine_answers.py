"""Whether a tea or coffee has caffeine: "does it have caffeine?", "is it decaf?", "caffeine
free?". Answered from the record: caffeine-free or decaf said, herbs (herbal teas have none), or
tea leaves and coffee beans (which do); else the catalog doesn't say."""

from __future__ import annotations

import re

from catalog.model import Product

_ASKS_CAFFEINE = re.compile(r"\bcaffein\w*|\bdecaf\w*")
_ASKS_FREE = re.compile(
    r"\bcaffeine[- ]free\b|\bdecaf\w*|\b(?:no|without|zero|free of|free from)\s+caffeine\b"
)
_NONE = re.compile(
    r"\bcaffeine[- ]free\b|\bdecaf\w*|\bno caffeine\b|\bwithout caffeine\b|\bnon[- ]caffeinated\b"
)
_HERBAL = re.compile(r"\bherbs?\b|\bherbal\b|\brooibos\b|\bchamomile\b|\btisane\b")
_HAS = re.compile(
    r"\b(?:black|green|white|oolong|pu-?erh)\s+tea\b|\btea leaves\b|\bmatcha\b|\byerba mate\b"
    r"|\bcoffee\b|\bespresso\b|\bbeans\b|\bcaffeinated\b"
)


def asks_caffeine(text: str, product: Product) -> bool:
    """A caffeine question; a title word said as the product's name ("how much, the decaf?")
    asks nothing about caffeine."""
    asked = text.lower()
    for word in re.findall(r"[a-z]+", product.title.lower()):
        asked = re.sub(rf"\b{word}\b", " ", asked)
    return bool(_ASKS_CAFFEINE.search(asked))


def caffeine_answer(product: Product, text: str) -> str:
    """Yes or no as the question asks it ("is it decaf?" yes, "does it have caffeine?" no)."""
    title = product.title
    free_asked = bool(_ASKS_FREE.search(text.lower()))
    fields = [f"{k.replace('_', ' ')} {v}" for k, v in product.attributes.items()]
    record = [title, *re.split(r"(?<=[.!?])\s+", product.description), *fields]
    if said := next((s for s in record if _NONE.search(s.lower())), None):
        why = "its name says so" if said == title else _quoted(said)
        return f"{'Yes' if free_asked else 'No'} — {title} is caffeine-free ({why})."
    if said := next((s for s in record if _HERBAL.search(s.lower())), None):
        return (
            f"{'Yes' if free_asked else 'No'} — {title} is an herbal blend ({_quoted(said)}), "
            "and herbal teas have no caffeine."
        )
    if said := next((s for s in [*fields, *record[1:]] if _HAS.search(s.lower())), None):
        source = _HAS.search(said.lower())
        made = "coffee beans" if source and source[0] == "beans" else source[0] if source else ""
        return (
            f"{'No' if free_asked else 'Yes'} — {title} is made from {made} ({_quoted(said)}),"
            " which has caffeine; the catalog gives no amount."
        )
    return f"The catalog doesn't say whether {title} has caffeine."


def _quoted(sentence: str) -> str:
    return f'"{sentence.strip().rstrip(".")}"'
