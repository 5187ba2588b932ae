"""A question about one product, then "and the mango one?": the product of the same kind whose
title holds that word ("Tropical Mango Blend Juice" after the orange juice), so the question is
asked again of it (agent/carried_questions.py), never of the first product "one" points at."""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from catalog.colors import color_family
from catalog.sparse import tokenize

_THE_WORD_ONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|so|hm+|well|right|and)\W+)*"
    r"(?:(?:what|how)(?:'?s| is)? about\s+|and\s+)?the\s+(?P<word>[a-z][a-z'-]+)\s+ones?\W*$",
    re.I,
)


def read_other_one_asked(understanding: Understanding, before: Understanding, search: Any) -> None:
    """ "and the mango one?" right after a question about one product: the one product of its
    leaf category whose title holds "mango" (not a colour, not a word of the first's title)."""
    old = before.references.product_ids
    if before.intent is not Intent.PRODUCT_QUESTION or len(old) != 1:
        return
    said = _THE_WORD_ONE.match(understanding.text)
    if said is None or color_family(said["word"]):
        return
    first = search.get(old[0])
    (term,) = tokenize(said["word"]) or ("",)
    if first is None or not term or term in tokenize(first.title):
        return
    leaf = first.category[-1:] if first.category else []
    hits = search.search(f"{said['word']} {' '.join(leaf)}", limit=10, parse=False).hits
    meant = {
        hit.product.id
        for hit in hits
        if hit.product.category[-1:] == leaf and term in tokenize(hit.product.title)
    }
    if len(meant) != 1:
        return
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = list(meant)
    understanding.references.pronoun = False
    understanding.slots.asked = []
    understanding.slots.category = ""
