"""Whether a product is "X-free", read from a record that says "no Xs" ("It also has no sulfates
or parabens." answers "is it sulfate free?" yes)."""

from __future__ import annotations

import re

from agent.free_features import free_of_said
from catalog.model import Product


def free_of_answer(product: Product, words: list[str]) -> str:
    """ "Yes, … is sulfate-free: …" when the asked "X free" is a "no Xs" of the record; else ""."""
    asked = " ".join(words).lower().replace("-", " ").split()
    if len(asked) != 2 or asked[1] != "free":
        return ""
    wanted = f"{asked[0]}-free"
    for sentence in re.split(r"(?<=[.!?])\s+", product.description):
        if wanted in free_of_said(sentence.lower()):
            return f"Yes, {product.title} is {wanted}: {sentence.strip()}"
    return ""
