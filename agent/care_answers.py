"""How to wash or look after a product: "can I stick it in the wash at 40?", "tumble dry ok?",
"machine washable?". Answered from a care attribute or a description sentence about care; else
the catalog doesn't say, with what the product is made of (which a shopper can go by)."""

from __future__ import annotations

import re

from catalog.model import Product

_ASKS_CARE = re.compile(
    r"\b(?:in the wash|washing machine|machine[- ]wash(?:able|ed)?|hand[- ]wash|tumble[- ]?dr"
    r"|dry[- ]clean|wash(?:ing|ed|es)? (?:it|them|this|that|at|on|in|cold|warm|hot)\b"
    r"|washable|laundry|launder|care (?:instructions|label)|how (?:do|should) i (?:wash"
    r"|clean|care)|shrink"
    r"|iron(?:ing|ed)\b|iron (?:it|them|this|that|these|those)\b|(?:can|could|should|do)"
    r" (?:i|you|we) iron\b|safe to iron)",  # "iron" the chore, not "cast iron"
)
_DISHES = re.compile(r"\bdish(?:washer|es)\b")
_CARE_KEYS = ("care", "washing", "wash", "laundry", "cleaning")
_CARE_WORDS = re.compile(
    r"\b(?:wash(?:able|ing)?|tumble|dry[- ]clean|iron(?:ing|ed)\b|launder|shrink|pre-?shrunk)\w*"
)


def asks_care(text: str) -> bool:
    """A laundry question, not one about the dishwasher."""
    lowered = text.lower()
    return bool(_ASKS_CARE.search(lowered)) and not _DISHES.search(lowered)


def care_words(text: str) -> set[str]:
    """The words of the laundry phrases said ("hand wash" -> hand, wash): they name no product."""
    lowered = text.lower()
    return {w for m in _ASKS_CARE.finditer(lowered) for w in re.findall(r"[a-z]+", m[0])} | {
        m[0] for m in _DISHES.finditer(lowered)
    }  # "dishwasher ok?" names no Dishwasher Cutting Board


def care_answer(product: Product) -> str:
    title = product.title
    for key, value in product.attributes.items():
        if any(part in _CARE_KEYS for part in key.lower().split("_")):
            return f"{title}: {key.replace('_', ' ')} {value}."
    for sentence in re.split(r"(?<=[.!?])\s+", product.description):
        if _CARE_WORDS.search(sentence.lower()):
            return sentence.strip()
    material = product.attributes.get("material")
    label = (
        f"It's made of {material}, so follow the care label."
        if material
        else "Its care label will say."
    )
    return f"The catalog doesn't say how to wash {title}. {label}"
