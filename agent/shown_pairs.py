"""A question about two or more listed products by their places: "which is warmer, the first or
the third?" compares them side by side; "are the 1st and 2nd machine washable?" is answered for
each of them."""

from __future__ import annotations

import re

from agent.understanding import Intent, Understanding

_WHICH = re.compile(
    r"\b(?:which|or|vs\.?|versus|better|best|difference|compared?)\b"
    r"|\b(?:[a-z]{3,}er|more [a-z]+|less [a-z]+) than\b"
)
"""Asks which of them ("the first or the third?"), or one against the other ("thicker than")."""


def read_shown_pair(understanding: Understanding) -> None:
    """A product question pointing at several listed products: a comparison when it asks which
    of them, else the same question about each (the planner answers every one meant)."""
    refs = understanding.references
    if understanding.intent is not Intent.PRODUCT_QUESTION or not refs.ordinals:
        return  # places said: "the first or the third?", "the first tee or the first hoodie?"
    if len(refs.product_ids) < 2 or refs.shown_list:
        return
    if _WHICH.search(understanding.text.lower()):
        understanding.intent = Intent.COMPARE
