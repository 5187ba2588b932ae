"""Taking the choice just asked about: "ok go with the bath sheet in sand, 2 please" after "bath or
bath sheet for a tall guy?", "fine, the bigger one then, 2 of them, teal" after "20 or 32 oz?",
"ok the travel one, 16 oz in navy" after two mugs were compared.

A shopper who asked about a product (or two) and then settles, without asking anything more, on
a variant of it is buying it: the message is an add of that product in the options said, never a
stock question or a search for the words "ok the travel one".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agent.measure_steps import measure
from agent.order_asides import said_count
from agent.size_steps import ordered_sizes, size_of
from agent.state import products_of
from agent.understanding import TALK, Intent, Understanding

_ASKED_BEFORE = {Intent.PRODUCT_QUESTION, Intent.COMPARE, Intent.RECOMMEND}
_MAY_TAKE = {
    Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.UNCLEAR, Intent.ACKNOWLEDGE,
}  # fmt: skip
_SETTLES = re.compile(
    r"^\W*(?:ok(?:ay)?|fine|alright|all right|sure|right|cool|great|perfect|yes|yeah|yep)\b"
    r"|\b(?:go(?:ing)? (?:with|for)|i'?ll (?:take|have|get|do)|let'?s (?:do|get|go))\b"
    r"|\bthen\W*(?:,|$)"
)
"""Words that settle a choice: "ok …", "go with …", "… then"."""
_LOOKS_ON = re.compile(
    r"\b(?:show|see|find|search|look|browse|what about|how about|any|anything|other|others|else"
    r"|similar|instead of|not|no|don'?t|tell me|info|details|back to)\b"
)
"""Words that still look or ask rather than take: "ok show me it in red", "fine, any in navy",
"ok then back to the towels, navy ones" (a list returned to)."""
_YOUR_PICK = re.compile(
    r"\b(?:your|ur) (?:pick|choice|call|recommendation|suggestion|favou?rite|top pick)\b"
    r"|\b(?:you (?:pick|choose|decide)|whichever you (?:think|recommend|prefer|like|suggest))\b"
)
"""The choice left to the shop: "ok go with your pick", "you choose, size M"."""
_BIGGER = re.compile(r"\b(?:bigger|larger|biggest|largest)\b")
_SMALLER = re.compile(r"\b(?:smaller|smallest)\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def takes_the_choice(
    understanding: Understanding,
    said: str,
    last: Understanding,
    messages: Sequence[Any],
    focus: str | None,
    in_cart: list[str],
    search: Any,
) -> bool:
    """Make a message that settles on a variant of the product just asked about an add of it;
    True when it did. `said` is the whole message (its sentences together), `last` the previous
    message's reading, `messages` the thread so far, `focus` the product it was about; a product
    already in the cart once (`in_cart`, the lines' products) has its line changed instead."""
    slots, refs, text = understanding.slots, understanding.references, said.lower()
    asked = _message_before(messages) or last.text
    if (
        (last.intent not in _ASKED_BEFORE and "?" not in asked)
        or last.intent in TALK  # "what can you do?" offered no choice to take
        or (understanding.intent not in _MAY_TAKE and not _YOUR_PICK.search(text))
        or "?" in text
        or not _SETTLES.search(text)
        or _LOOKS_ON.search(text)
    ):
        return False
    pool = list(dict.fromkeys([*last.references.product_ids, *([focus] if focus else [])]))
    step = 1 if _BIGGER.search(text) else -1 if _SMALLER.search(text) else 0
    measured = _measured(pool, step, search) if step and not refs.names_product else None
    left_to_us = _left_to_us(pool, text, messages, search) if not refs.names_product else None
    product = measured or left_to_us or _taken(refs.product_ids, pool, text, search)
    if product is None:
        return False
    size = _stepped(product, asked, step) if step and measured is None else None
    if not (slots.colors or slots.size or slots.quantity or size):
        return False  # "ok the travel one" alone may still be a question about it
    understanding.intent, understanding.confidence = Intent.ADD, max(understanding.confidence, 0.8)
    refs.product_ids, refs.names_product = [product.id], True
    slots.category, slots.kind, slots.asked, slots.needs = "", "", [], ""
    slots.bigger = slots.smaller = False
    if size:
        understanding.text = _BIGGER.sub(size, _SMALLER.sub(size, understanding.text))
        if any(v.size for v in product.variants):
            slots.size = size  # else a measure ("32 oz"), read from the words by the add
    if in_cart.count(product.id) == 1:  # "fine, the bigger one then" of the pillow in the cart
        understanding.intent, refs.line_product_ids = Intent.CHANGE_VARIANT, [product.id]
        if (count := said_count(text)) and count > 1:  # "…, 2 of them": the changed line's count
            recount = Understanding(text=understanding.text, intent=Intent.SET_QUANTITY)
            recount.slots.quantity, recount.confidence = count, understanding.confidence
            recount.references.line_product_ids = [product.id]
            understanding.then = [recount, *understanding.then]
        slots.quantity = None
    elif slots.quantity is None:
        slots.quantity = said_count(text)  # "…, 2 please"
    return True


def _taken(said: list[str], pool: list[str], text: str, search: Any) -> Any:
    """The product settled on: the one the message names among those asked about, the one a
    word of the text names uniquely ("the travel one"), or the only one asked about."""
    named = [pid for pid in said if pid in pool]
    if len(named) == 1:
        return search.get(named[0])
    products = products_of(search, pool)
    if len(products) == 1:
        return products[0]
    words = set(words_of(text))
    titled = [p for p in products if words & _own_words(p, products)]
    return titled[0] if len(titled) == 1 else None


def _left_to_us(pool: list[str], text: str, messages: Sequence[Any], search: Any) -> Any:
    """ "Go with your pick" of the products asked about: the one the last answer put first
    (its pick, or the cheaper one when the catalog could not tell them apart), else the first
    one the shopper named."""
    if not _YOUR_PICK.search(text):
        return None
    products = products_of(search, pool)
    answer = next((str(m.content).lower() for m in reversed(messages) if m.type == "ai"), "")
    named = [(answer.find(p.title.lower()), p) for p in products if p.title.lower() in answer]
    return min(named, key=lambda pair: pair[0])[1] if named else products[0] if products else None


def _measured(pool: list[str], step: int, search: Any) -> Any:
    """ "The bigger one" of two products asked about that measure in one unit ("Rolling Duffel
    90L or the Packable 35L?"): the one that measures most (or least); None otherwise."""
    products = products_of(search, pool)
    sized = [(m, p) for p in products if (m := measure(p)) is not None]
    if len(products) < 2 or len(sized) != len(products) or len({m[0] for m, _ in sized}) != 1:
        return None
    amounts = sorted(sized, key=lambda pair: pair[0][1] * step)
    return amounts[-1][1] if amounts[-1][0][1] != amounts[-2][0][1] else None


def _own_words(product: Any, products: list[Any]) -> set[str]:
    others = {w for p in products if p is not product for w in words_of(p.title.lower())}
    return {w for w in words_of(product.title.lower()) if len(w) > 2} - others


def _stepped(product: Any, asked: str, step: int) -> str | None:
    """ "The bigger one" of the sizes the last message named ("20 or 32 oz?"), else of all."""
    sizes = ordered_sizes({size for v in product.variants if (size := size_of(v.options))})
    if not sizes:
        return None
    numbers = set(_NUMBER.findall(asked.lower()))
    named = [s for s in sizes if (m := _NUMBER.match(s)) and m[0] in numbers]
    among = named if len(named) >= 2 else sizes
    return among[-1] if step > 0 else among[0]


def _message_before(messages: Sequence[Any]) -> str:
    """The shopper's message before the newest one, as said."""
    said = [m.content for m in messages if m.type == "human" and isinstance(m.content, str)]
    return said[-2] if len(said) >= 2 else ""
