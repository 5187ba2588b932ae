"""A question about one product continued in a few words: "what about blue?", "and in a 10?".

Asked "is the Pacer Elite in stock in black, size 9?", a shop assistant hears "what about blue?"
as the same question about the same shoe in blue, size 9 still meant, not as a new search for
anything blue. Only a message that adds no words of its own beyond a colour or size, right after
a stock or variant question about a product in focus, is read this way.
"""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from agent.words import asked_about, new_words
from catalog.sparse import tokenize

_GOES_ON = {Intent.REFINE, Intent.SEARCH, Intent.PRODUCT_QUESTION}
_ABOUT_STOCK = re.compile(
    r"^\W*(?:and|ok(?:ay)?|hmm+|so|well|oh)?\W*(?:what|how)\s+about\b|^\W*and\b"
)


def continues_variant_question(
    understanding: Understanding, before: Understanding, focus: str | None
) -> bool:
    """Make `understanding` the same stock question as `before` about the product in focus, in
    the colour or size now said; True when it did."""
    asked = before.slots
    slots = understanding.slots
    of_it = _asks_stock_of_it(understanding)  # "how much is it?", then "in white xs do u have it?"
    was_variant = of_it or bool(asked.colors or asked.size or "stock" in asked.asked)
    if (
        focus is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or not was_variant
        or understanding.intent not in _GOES_ON
        or not (slots.colors or slots.size)
        or new_words(_without(understanding.text, slots.color_words))
        or understanding.references.ordinals
        or not (of_it or _ABOUT_STOCK.search(understanding.text.lower()))
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [focus]
    slots.category = ""
    if not slots.size and not _drops_size(understanding.text):
        slots.size = asked.size  # "what about blue?": still a size 9
    if not slots.colors and asked.colors:
        slots.colors, slots.color_words = list(asked.colors), list(asked.color_words)
    slots.asked = list(dict.fromkeys([*slots.asked, "stock"]))
    return True


_SIZE_WORDS = frozenset({
    "xxs", "xs", "xl", "xxl", "xxxl", "small", "medium", "large", "x-large", "left", "sizes",
})  # fmt: skip
_ASKS_STOCK = re.compile(
    r"\b(?:in stock|available|sold out|left|have|got|come|comes|is there|are there|any)\b"
)


def asks_of_named_product(
    understanding: Understanding, before: Understanding, focus: str | None, shown: list[Any]
) -> bool:
    """ "The everyday crew tee by loomhouse", then "any in stock in red xxl?": a stock question
    about the product the search just named (first and in focus), not a narrower list."""
    slots, text = understanding.slots, understanding.text.lower()
    said = new_words(_without(text, slots.color_words))
    if (
        focus is None
        or not shown
        or shown[0]["id"] != focus
        or before.intent is not Intent.SEARCH
        or not _names_whole_title(before.text, str(shown[0]["title"]))
        or understanding.intent not in {Intent.REFINE, Intent.SEARCH}
        or not (slots.colors or slots.size)
        or understanding.references.ordinals
        or not _ASKS_STOCK.search(text)
        or [w for w in said if w not in _SIZE_WORDS]
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [focus]
    slots.category = ""
    slots.asked = list(dict.fromkeys([*slots.asked, "stock"]))
    return True


_ONE_WORD_ASKED = re.compile(r"^\W*(?:and\s+|is it\s+|so\s+)?([a-z][a-z -]*?)\s*\?+\s*$")


def asks_yes_no_of_named_product(
    understanding: Understanding, before: Understanding, shown: list[Any], product: Any
) -> bool:
    """ "alpine insulated jacket", then "waterproof?": asked of the product the search named
    whole (first and in focus) or the last question was about, by a yes/no attribute its record
    holds, not a narrower list ("waterproof only" still narrows it)."""
    asked = _ONE_WORD_ASKED.match(understanding.text.lower())
    if (
        asked is None
        or product is None
        or not named_before(before, product.id, shown)
        or understanding.intent not in {Intent.REFINE, Intent.SEARCH}
        or understanding.references.ordinals
    ):
        return False
    key = re.sub(r"[\s-]+", "_", asked[1].strip())
    if str(product.attributes.get(key, "")).lower() not in {"yes", "no"}:
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    understanding.slots.category = ""
    understanding.slots.required = []
    understanding.slots.asked = asked_about(asked[1])
    return True


_IT = re.compile(r"\b(?:it|this one|that one)\b")


def _asks_stock_of_it(understanding: Understanding) -> bool:
    """A colour or size asked of "it" in stock words: the product in focus, not a new list."""
    text = understanding.text.lower()
    return bool(_IT.search(text) and _ASKS_STOCK.search(text))


def named_before(before: Understanding, product_id: str, shown: list[Any]) -> bool:
    """The last turn named this product alone: a search for its whole title that listed it
    first, or a question about it ("how much is the speckled camp mug", "dishwasher safe?")."""
    if before.intent is Intent.PRODUCT_QUESTION:
        return before.references.product_ids == [product_id]
    return (
        before.intent is Intent.SEARCH
        and bool(shown)
        and shown[0]["id"] == product_id
        and _names_whole_title(before.text, str(shown[0]["title"]))
    )


def _names_whole_title(text: str, title: str) -> bool:
    """Every word of the title was said ("the everyday crew tee by loomhouse"), not just some
    ("wool socks" names no Wool Boot Socks), a word in another number as well ("the Retro Runner
    sneakers, 78 or 87 or something")."""
    return set(tokenize(title)) <= set(tokenize(text))


def _drops_size(text: str) -> bool:
    return bool(re.search(r"\bany size\b|\bother sizes?\b", text.lower()))


def _without(text: str, phrases: list[str]) -> str:
    """The text less the colour names said ("hot pink" is a colour, not a new word)."""
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text, flags=re.IGNORECASE)
    return text
