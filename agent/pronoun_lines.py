"""A cart edit by "it" or "them" whose other words name no product: "kindly reduce it to 2 only",
"too many, knock it down by two", "I'd like two of them, one is a present for my neighbour",
"ugh, remove it, it won't make it for the cabin trip".

The words the cart-line reader does not know ("kindly", "neighbour", "knock") are no product
when the catalog's titles and categories never use them; then "it" is the line in focus, or the
only line in the cart.
"""

from __future__ import annotations

import re
from typing import Any

from agent.cart_lines import LineFacts
from agent.kinds import judge_for
from agent.owned_matches import without_owned
from agent.understanding import Intent, Understanding
from catalog.sparse import STOPWORDS, stem

_EDITS = {Intent.SET_QUANTITY, Intent.CHANGE_VARIANT, Intent.REMOVE}
_PARTICLES = frozenset({"down", "up", "off", "out", "back", "over", "in", "on", "by", "to"})
"""Words of the edit's verb ("knock it down", "bring them up"), even where a title uses one."""
_IT = re.compile(r"\b(?:it|them)\b")
_POINTER = re.compile(r"\b(?:it|them|that|those|these|this|they|one|ones)\b")


def read_pronoun_line(
    understanding: Understanding, lines: list[LineFacts], focus: str | None, search: Any
) -> None:
    refs = understanding.references
    if understanding.intent not in _EDITS or refs.line_product_ids or not lines:
        return
    text = understanding.text.lower()
    pointed = bool(_POINTER.search(text)) or understanding.intent is Intent.CHANGE_VARIANT
    if understanding.intent is Intent.REMOVE:  # "remove the black one" picks among lines
        slots = understanding.slots
        pointed = bool(_IT.search(text)) and not slots.colors and not slots.size
    if understanding.intent is Intent.SET_QUANTITY and len(lines) == 1:
        pointed = True  # "actually just 2 boxes": a count can only be for the one line
    if not pointed or _names_a_product(text, lines, search):
        return
    in_cart = [line.product_id for line in lines]
    if focus in in_cart:
        refs.line_product_ids = [str(focus)]
    elif len(in_cart) == 1:
        refs.line_product_ids = in_cart


def _names_a_product(text: str, lines: list[LineFacts], search: Any) -> bool:
    """Whether a word said is one the catalog names a kind of product with ("socks", "beanie");
    a word its titles only use beside a kind ("day" in a day pack) names nothing alone."""
    if getattr(search, "index", None) is None:
        return True  # no vocabulary to tell by: leave the message to the line reader
    kinds = judge_for(search).index()
    words = re.findall(r"[a-z][a-z'-]*", without_owned(text))
    said = {stem(w) for w in words if w not in STOPWORDS and w not in _PARTICLES}
    for line in lines:
        said -= {stem(w) for w in re.findall(r"[a-z][a-z'-]*", line.title.lower())}
        said -= {stem(w) for value in line.values for w in value.split()}
    return any(word in kinds.kinds or word in kinds.compounds for word in said if len(word) > 2)
