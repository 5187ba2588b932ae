"""A new kind named after a list is a new search: "and then mugs — they have to survive the
dishwasher" after coffee asks for dishwasher-safe mugs, not which coffee is; "and do you have
mugs in a similar green" after kettles (listed or seen in a photo) asks for green mugs, not the
green kettle; "and whats your cheapest coffee" after cereal asks for the cheapest coffee.

"they" there is the kind just named; only when that kind is sold and none of the listed
products is of it does the message stop being a refinement of, or a question about, the list.
A question that points at the list ("is it good for coffee?") or names a product stays one.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import CONFIDENT
from agent.kind_picks import PRICE_KIND
from agent.kinds import judge_for, request_head
from agent.state import ShownProduct
from agent.understanding import Intent, Understanding
from catalog.colors import color_family
from catalog.payload import product_words
from catalog.sparse import tokenize

_POINTS = re.compile(
    r"\b(?:it|its|it's|they|them|their|these|those|this|one|ones|either|both|which)\b", re.I
)
"""Words of a question that point at something in view; "that" is left out, as in "mugs that
match"."""


def read_new_kind_need(
    understanding: Understanding, shown: list[ShownProduct], search: Any
) -> None:
    """A refinement, or a question about nothing named, that names a sold kind the list does not
    hold: a search for that kind."""
    if not shown or getattr(search, "index", None) is None or not _may_be_new(understanding):
        return
    head = request_head(understanding.text)
    if head is None or color_family(head.word) or _pointed_at(head.word, understanding):
        return  # "teal" after water bottles narrows them, though a typo of "tea" is sold
    if not _sold(head, search, priced=_priced(understanding, head.word)):
        return
    listed = {w for item in shown for w in tokenize(_words_of(item, search))}
    if head.term in listed or head.word in listed:
        return
    slots, refs = understanding.slots, understanding.references
    understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT
    slots.category = slots.category or understanding.text
    slots.asked, slots.options_asked = [], []
    refs.product_ids, refs.pronoun, refs.like, refs.shown_list = [], False, False, False


def _pointed_at(word: str, understanding: Understanding) -> bool:
    """ "how big is the bag?" about the coffee in view: a question saying "the <kind>" points at
    what it asks about (its package, its part), it asks for no other kind."""
    return understanding.intent is Intent.PRODUCT_QUESTION and bool(
        re.search(
            rf"\b(?:the|that|this|its|their)\s+(?:[a-z-]+\s+)?{re.escape(word)}\b",
            understanding.text.lower(),
        )
    )


def _priced(understanding: Understanding, word: str) -> bool:
    """ "The cheapest beanie", "a beanie, the cheapest": a price pick of the thing named, not
    "more expensive ones, want better sound" of the list."""
    text, said = understanding.text.lower(), re.escape(word)
    picked = PRICE_KIND.search(text)
    return (picked is not None and picked[1] == word) or re.search(
        rf"\b{said}\W+(?:the\s+)?(?:cheapest|priciest)\b", text
    ) is not None


def _sold(head: Any, search: Any, *, priced: bool = False) -> bool:
    """The kind is sold, as the catalog's kinds say. A word found only inside titles ("green" of
    "Jasmine Green Tea", "waterproof" of "Splash Waterproof Speaker") names no kind: a bare
    "green" or "waterproof only" after hats narrows the hats. A price pick of a word the titles
    use before a kind ("the cheapest beanie", of Wool Beanie Hat) names it when the best hit for
    it holds it."""
    judge = judge_for(search)
    said = judge.carried(head)
    if said is None and priced and (hits := search.search(head.phrase, limit=1, parse=False).hits):
        said = judge.carried(head, set(product_words(hits[0].product)))
    return said is True


def _may_be_new(understanding: Understanding) -> bool:
    refs = understanding.references
    if refs.ordinals or refs.names_product or refs.photo:
        return False
    if understanding.intent is Intent.REFINE:  # a new cap alone ("none of these work, how
        slots = understanding.slots  # about 100 max then?") is the same kind again
        budget = slots.price_max is not None or slots.price_min is not None
        return not budget or bool(slots.required or slots.colors or refs.like)
    return understanding.intent is Intent.PRODUCT_QUESTION and not _POINTS.search(
        understanding.text
    )


def _words_of(item: ShownProduct, search: Any) -> str:
    product = search.get(item["id"])
    if product is None:
        return str(item.get("title", ""))
    return " ".join([product.title, *product.category])
