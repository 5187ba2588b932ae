"""One more of a product already in the cart, in another of its values, said with "as well" or
"too": "actually can I get the L as well? I'll keep whichever fits" after the M, "add a large
too", "I'll take the 10.5 as well"; or "same for me but in sage, S".

A shop assistant hears a second size to try beside the first, not a change of the line: the new
line takes the value said and keeps the line's other options (the add's "as well" keeps them,
`tools_cart._same_as_in_cart`). Only words that order and the product's own values may be said.
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.understanding import Intent, Understanding
from agent.variants import size_said, spelled_value
from catalog.sparse import tokenize

_ALSO = re.compile(r"\b(?:as well|too|also)\b")
_ORDERS = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|oh|hmm+|wait|so|and|also|please|pls|then)\W+)*"
    r"(?:(?:can|could|may) (?:i|we|you) (?:please |pls |also )*(?:get|have|grab|order|add|do)"
    r"|i'?ll (?:also )?(?:take|have|get|grab)|i'?d (?:also )?like|i want|(?:also )?add|put in"
    r"|throw in|and|also|plus)\b"
)
"""Words that order: "can I get", "I'll take", "add", "and"."""
_SAME = re.compile(
    r"^\W*(?:(?:and|oh|ok(?:ay)?|also|then|now)\W+)*(?:the )?same(?: (?:one|thing|again))?"
    r"(?: for (?:me|myself|(?:my|our) [a-z]+|him|her))?\W*(?:but\b)?"
)
"""After an add for one person: "same for me but in sage, S", another line of it for another."""
_ORDER_WORDS = frozenset(
    tokenize(
        "actually ok okay oh hmm wait so and also please pls then can could may i we you get have"
        " grab order add do i'll take like want put throw in the a an one it that this size as"
        " well too pair"
    )
)
_MAY_BE_ONE_MORE = {
    Intent.ADD, Intent.CHANGE_VARIANT, Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION,
    Intent.UNCLEAR,
}  # fmt: skip


def read_one_more_line(
    understanding: Understanding, lines: list[LineFacts], focus: str | None, search: Any
) -> None:
    """An add of the product in the cart in the value said, when the message says "as well"."""
    text = " ".join(understanding.text.lower().split())
    if understanding.intent not in _MAY_BE_ONE_MORE or understanding.slots.items:
        return
    if "?" not in text and (same := _SAME.match(text)):
        text = text[same.end() :]  # "same for me but in sage, S": the values of the new line
    elif not (_ALSO.search(text) and _ORDERS.match(text)):
        return
    product = _line_product(understanding, lines, focus, search)
    if product is None:
        return
    size = spelled_value(product, "size", text) or size_said(product, text)
    colour = spelled_value(product, "color", text)
    if not (size or colour) or not _only_values(text, product):
        return
    slots, refs = understanding.slots, understanding.references
    understanding.intent = Intent.ADD
    refs.product_ids, refs.line_product_ids, refs.line_variants = [product.id], [], []
    slots.size, slots.category, slots.quantity = size, "", None
    if colour:
        slots.colors, slots.color_words = [colour.lower()], [colour.lower()]


def _line_product(
    understanding: Understanding, lines: list[LineFacts], focus: str | None, search: Any
) -> Any:
    """The one product the message means that has a line in the cart: named, or in focus."""
    in_cart = {line.product_id for line in lines}
    refs = understanding.references
    named = [pid for pid in [*refs.line_product_ids, *refs.product_ids] if pid in in_cart]
    meant = set(named) or ({focus} & in_cart)
    return search.get(meant.pop()) if len(meant) == 1 else None


def _only_values(text: str, product: Any) -> bool:
    """Nothing is said but ordering words, the product's own words and its option values."""
    own = set(tokenize(product.title)) | {
        t for v in product.variants for value in v.options.values() for t in tokenize(value)
    }
    letters = {"xs", "s", "m", "l", "xl", "xxl", "small", "medium", "large", "extra"}
    left = set(tokenize(text)) - _ORDER_WORDS - own - letters
    return not left
