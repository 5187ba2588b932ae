"""Another kind asked for to go with a product the message names: "I have the Chelsea Suede Boot
in chocolate, which belt goes with it?", "complete the look: a belt for the Chelsea Suede Boot".

The named product is what the shopper has; the kind asked for is searched, in the colour said of
the named product (a chocolate boot wants a chocolate belt), never the named product itself.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import CONFIDENT
from agent.kinds import request_head
from agent.title_orders import quoted_product
from agent.understanding import Intent, Understanding
from catalog.colors import color_family

_GOES_WITH = re.compile(
    r"\b(?:which|what|a|an|some|any)\s+(?P<kind>[a-z][a-z-]*(?: [a-z][a-z-]*)?)\s+(?:would |will "
    r"|could |might )?(?:go(?:es)?|looks?|pairs?|works?|matches|match|to go|to wear|to pair)"
    r"\s+(?:best |well |good |nicely )?with\b"
)
_HAVE = re.compile(r"\b(?:have|got|own|bought|wear|wearing)\b")
_MAY_ASK = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.RECOMMEND}


def goes_with_named(text: str) -> bool:
    """ "Which belt goes with it?": a kind asked to go with the product the message names."""
    return _GOES_WITH.search(text.lower()) is not None


def read_look_completion(understanding: Understanding, search: Any) -> None:
    """The message as a search for the kind that goes with the product it names."""
    refs = understanding.references
    if understanding.intent not in _MAY_ASK or len(refs.product_ids) > 1:
        return
    found = _GOES_WITH.search(understanding.text.lower())
    if found is None:
        return
    named = search.get(refs.product_ids[0]) if refs.product_ids else _had(understanding, search)
    if named is None:
        return
    kind = found.group("kind")
    head = request_head(kind)
    title = set(re.findall(r"[a-z]+", named.title.lower()))
    if head is None or head.word.rstrip("s") in {w.rstrip("s") for w in title}:
        return  # "which boot goes with it" names the product's own kind
    said = {w for w in re.findall(r"[a-z]+", understanding.text.lower()) if color_family(w)}
    offered = {str(v.options.get("color", "")).lower() for v in named.variants}
    colours = [c for c in sorted(said) if c in offered]
    understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT
    understanding.slots.category = " ".join([kind, *(["in", *colours] if colours else [])])
    understanding.slots.kind = head.word
    understanding.slots.asked, understanding.slots.options_asked = [], []
    understanding.slots.needs = ""
    refs.pronoun, refs.product_ids, refs.ordinals, refs.names_product = False, [], [], False


def _had(understanding: Understanding, search: Any) -> Any:
    """The product a told reason names ("I have the Chelsea Suede Boot in chocolate", read as
    why they ask), or None."""
    for reason in understanding.slots.reasons:
        if _HAVE.search(reason) and (product := quoted_product(reason, search)) is not None:
            return product
    return None
