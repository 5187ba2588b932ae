"""Another variant of the product just asked about, said in a few words: "medium then?",
"what about queen size in cream?", "blk in L in stock?".

Right after a question about one product (its price, its stock in a colour and size) or a search
that named it whole, a message made of nothing but that product's own option values, filler and
stock words is the same question about the same product in that variant, never a new search for
"queen" or "large". The values are read from the product's own options, so "queen", "heather
grey" or "extra large" count only when the product comes in them.
"""

from __future__ import annotations

import re
from typing import Any

from agent.stock_counts import asks_how_many
from agent.understanding import Intent, Understanding
from agent.variants import (
    size_number_said,
    size_said,
    spelled_options,
    spelled_value,
    units_in_short,
)
from agent.words import new_words

_GOES_ON = {
    Intent.REFINE, Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.UNCLEAR, Intent.GREET,
    Intent.ACKNOWLEDGE, Intent.OFF_TOPIC,
}  # fmt: skip
"""Readings a few words may get that are still the question ("damn. S?" is no greeting)."""
# A one-word sigh or sentence before the question: "bother. large then?", "shame, medium?"
_INTERJECTION = re.compile(r"^\W*[a-z']+\s*[.!,;]+\s+(?=\S)")
_REACTION = re.compile(
    r"^\W*(?:(?:ugh+|ok(?:ay)?|oh|ah|hm+|meh|fine|right|well|damn|bother|darn|drat|oof|argh)"
    r"[\s,.!;]+)+(?=\S)"
)
"""Reaction words before the question: "ugh ok, coral L then?"."""
_TOLD_AFTER = re.compile(r"\?+\s+(?:i|i'?ll|i'?m|i'?d|we|we'?ll|she|he|it'?ll|it'?s)\b[^?]*$")
"""A told sentence after the question: "coral L then? i can size down"."""
_STOCK_WORDS = re.compile(
    r"\b(?:in stock|stock|available|availability|left|then|size|sizes|extra|ok(?:ay)?|and|so"
    r"|hmm+|oh|well|what|how|about|is|are|there|it|that|those|them|they|these|come|comes|instead|please|pls)\b"
)
_CONTAINERS = re.compile(
    r"\b(?:bottles?|bags?|box(?:es)?|packs?|packets?|tins?|jars?|tubs?|cartons?|cans?|tubes?)\b"
)
"""What an amount comes in ("the bigger bottle, the 16 oz one"): with an option value said, it
names the variant, not another product."""
_SIZE_NAMES = re.compile(r"\b(?:extra[\s-]+)*(?:small|medium|large)\b|\bx+-?(?:small|large)\b")


def asks_other_variant(
    understanding: Understanding, before: Understanding, product: Any, named_before: bool
) -> bool:
    """Make `understanding` a stock question about `product` in the option values it names,
    keeping the colour or size asked before when it names only the other; True when it did."""
    if (
        product is None
        or not named_before
        or understanding.intent not in _GOES_ON
        or understanding.references.ordinals
        or understanding.slots.price_max is not None
        or understanding.slots.price_min is not None
    ):
        return False
    text = understanding.text.lower()
    for reason in understanding.slots.reasons:  # "M then, it'll be a bit loose": the M
        text = text.replace(reason, " ")
    text = _TOLD_AFTER.sub("?", _REACTION.sub("", text))
    text = units_in_short(_INTERJECTION.sub("", text))  # "12 inch": 12 in
    colour = _colour_said(product, text, understanding.slots.color_words)
    size = size_said(product, text) or size_number_said(product, text)  # "and the 12?"
    others = spelled_options(product, text)
    if colour is None and size is None and not others and not understanding.slots.colors:
        return False  # "what about red?" of a product not in red still asks about it
    rest = text
    for said in [colour or "", *understanding.slots.color_words, *others.values()]:
        rest = _drop(rest, said)
    rest = _SIZE_NAMES.sub(" ", rest)
    if size:
        rest = _drop(rest, size)
    if size or others:
        rest = _CONTAINERS.sub(" ", rest)
    if new_words(_STOCK_WORDS.sub(" ", rest)):
        return False
    slots = understanding.slots
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    slots.category, slots.kind, slots.required = "", "", []
    if colour is not None:
        slots.colors, slots.color_words = [colour], [colour]
    elif not slots.colors and before.slots.colors and _same_product(before, product):
        slots.colors, slots.color_words = list(before.slots.colors), list(before.slots.color_words)
    before_size = (
        before.slots.size
        or size_said(product, before.text)
        or spelled_options(product, before.text).get("size")
    )
    slots.size = (
        size or others.get("size") or (before_size if _same_product(before, product) else None)
    )
    prices = "price" in slots.asked or (  # "how much is the 12 inch one of that"
        _same_product(before, product) and "price" in before.slots.asked
    )  # "how much is it?", "and the 12 inch one?": its price too
    slots.asked = ["stock", *(["size", slots.size] if slots.size else [])]
    if prices:
        slots.asked.append("price")
    return True


def _colour_said(product: Any, text: str, colour_words: list[str]) -> str | None:
    """The product's own colour named ("heather grey" for heather gray), else a colour word said
    that one of its colours is."""
    spelled = spelled_value(product, "color", text) or spelled_value(
        product, "color", text.replace("grey", "gray")
    )
    if spelled:
        return spelled.lower()
    offered = {(v.color or "").lower() for v in product.variants if v.color}
    return next((w.lower() for w in colour_words if w.lower() in offered), None)


def _same_product(before: Understanding, product: Any) -> bool:
    return before.references.product_ids == [product.id]


def _drop(text: str, phrase: str) -> str:
    if not phrase:
        return text
    said = re.escape(phrase.lower()).replace("gray", "gr[ae]y")
    return re.sub(rf"(?<![\w-]){said}(?![\w-])", " ", text)


def keep_asked_variant(understanding: Understanding, before: Understanding) -> None:
    """ "Is it in stock in olive XS?" or "how many in navy?", then "pop one in": the add takes
    the colour and size the stock question named, for those it does not name itself ("add the
    black" after asking about black, size 10; "ok the bath size then" after the sage bath sheet
    was sold out: the sage bath towel)."""
    slots, asked = understanding.slots, before.slots
    if (
        understanding.intent is not Intent.ADD
        or before.intent is not Intent.PRODUCT_QUESTION
        or not ("stock" in asked.asked or asks_how_many(before.text))  # "how many have u got"
        or not (asked.colors or asked.size)
        or len(before.references.product_ids) != 1
        or understanding.references.product_ids != before.references.product_ids
    ):
        return
    if not slots.color_words and not slots.colors:  # "ok the regular bath size then, 2 of them"
        slots.colors, slots.color_words = list(asked.colors), list(asked.color_words)
    slots.size = slots.size or asked.size  # "cool add the black 10" after asking about it
