"""A question about a property the record never names, answered from the related words it does
use: "is it loud?" about a keyboard whose switches are "silent", "is it noisy?", "is it quiet?".

Each asked word lists the record words that settle it, and whether they say yes or no."""

from __future__ import annotations

import re

from catalog.model import Product

_QUIET = ("silent", "quiet", "whisper", "hushed", "low-noise", "noise-free", "noiseless")
_LOUD = ("loud", "clicky", "noisy")
_RELATED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # asked word: (record words meaning yes, record words meaning no)
    "loud": (("clicky",), _QUIET),
    "noisy": (("clicky", "loud"), _QUIET),
    "clicky": (("loud", "noisy"), _QUIET),
    "quiet": (_QUIET[:1] + _QUIET[2:], _LOUD),
    "silent": (("quiet", "whisper", "noiseless"), _LOUD),
    "glare": (("polarized", "polarised", "anti-glare", "antiglare", "anti-reflective"), ()),
    "lined": (("lining", "fleece-lined", "shearling-lined", "wool-lined"), ("unlined",)),
}


_WATER = ("water resistance", "water-resistant", "water resistant", "waterproof", "ip67", "ip68")
_SPOKEN_TO_BY: dict[str, tuple[str, ...]] = {
    # asked word: record words that speak to it without settling it ("100 m water resistance")
    "swim": _WATER,
    "swimming": _WATER,
    "shower": _WATER,
    "rain": _WATER,
}


def meaning_the_same(word: str) -> tuple[str, ...]:
    """The record words that say yes to an asked word ("quiet": "silent", "whisper", ...)."""
    return _RELATED.get(word.lower(), ((), ()))[0]


def related_answer(product: Product, word: str) -> str | None:
    """A yes/no from a related word in the attributes, then the description; None if none."""
    related = _RELATED.get(word.lower())
    if related is None:
        return _spoken_to(product, word.lower())
    yes, no = related
    fields = [(k.replace("_", " "), str(v)) for k, v in product.attributes.items()]
    for label, value in fields:
        verdict = _verdict(value, yes, no)
        if verdict:
            return f"{verdict} — {product.title}: {label} {value}."
    for sentence in re.split(r"(?<=[.!?])\s+", product.description):
        verdict = _verdict(sentence, yes, no)
        if verdict:
            return f"{verdict} — {sentence.strip()}"
    return None


def _verdict(text: str, yes: tuple[str, ...], no: tuple[str, ...]) -> str | None:
    lowered = text.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in no):
        return "No"
    if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in yes):
        return "Yes"
    return None


def _spoken_to(product: Product, word: str) -> str | None:
    """ "Can I swim with it?": what the record says about water, with no verdict of ours."""
    related = _SPOKEN_TO_BY.get(word)
    if related is None:
        return None
    fields = [(k.replace("_", " ") + ": " + str(v)) for k, v in product.attributes.items()]
    for text in [*fields, *re.split(r"(?<=[.!?])\s+", product.description)]:
        if any(re.search(rf"\b{re.escape(w)}\b", text.lower()) for w in related):
            return f"The catalog says nothing about {word} as such, only this: {text.strip()}"
    return None
