"""A count of the product being talked about, by its options: "great, twelve of the sky blue
ones in 16 oz then", "ok 3 of the blue ones please" right after "do the camp mugs come in blue?".

An order of the one product in focus, when every other word is one of its option values: a
list shown would be narrowed by "the blue ones" instead, so only one product may be in view.
"""

from __future__ import annotations

import re
from typing import Any

from agent.order_asides import said_count
from agent.understanding import Intent, Understanding
from catalog.colors import color_family
from catalog.sparse import tokenize

_PICK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|cool|lovely|brilliant|right|super|nice|awesome|so|yes"
    r"|yeah|yep|then|fab|excellent)\W+)*"
    r"(?:(?:i'?ll take|i'?ll have|we'?ll take|we'?ll have|i need|we need|give me|get me|i'?d like"
    r"|we'?d like|can i get|can i have|can we get|please)\s+)?"
    r"(?P<count>\d{1,2}|[a-z]+(?: a)?(?: dozen)?|a couple|a pair) of (?:the|those|these|them)\b"
    r"(?P<rest>.*)$"
)
_FILLER = frozenset({
    "one", "ones", "in", "then", "please", "pls", "plz", "thanks", "thank", "size", "colour",
    "color", "too", "for", "us", "me", "the", "office", "team", "each", "and",
})  # fmt: skip
_ASKS = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION}


def read_counted_pick(understanding: Understanding, in_view: list[str], search: Any) -> None:
    if understanding.intent not in _ASKS or len(in_view) != 1:
        return
    said = _PICK.match(" ".join(understanding.text.lower().split()))
    if said is None or (count := said_count(f"{said['count']} of the")) is None:
        return
    product = search.get(in_view[0])
    if product is None or not _only_its_options(said["rest"], product):
        return
    understanding.intent = Intent.ADD
    understanding.references.product_ids = [product.id]
    understanding.references.names_product = True
    understanding.slots.quantity = count
    understanding.slots.category = ""


def _only_its_options(rest: str, product: Any) -> bool:
    values = {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    left = set(tokenize(rest)) - values - _FILLER
    return bool(rest.strip(" .!,")) and not {w for w in left if color_family(w) is None}
