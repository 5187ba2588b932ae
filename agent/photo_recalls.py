"""The item of the shopper's earlier photo, pointed at after other lists: "ok add the kettle from
my photo" after mugs, "add 2 boxes of that cereal from my photo" after chips, "the headphones from
my photo — add them in white" after chargers. It is the photo's look-alike the reply put first
(or the one the shopper picked since), of the kind said when several were shown; an add adds it
with the options and count said, a question asks about it, never a new search for the kind."""

from __future__ import annotations

import re
from typing import Any

from agent.intents import LIKELY
from agent.understanding import Intent, Understanding
from agent.words import asked_about, choices_asked
from catalog.sparse import tokenize

_FROM_THE_PHOTO = re.compile(
    r"\b(?:from|in|on|of)\s+(?:my|the|that|this)\s+(?:(?:first|earlier|last|other)\s+)?"
    r"(?:photo|pic|picture|image|snap|screenshot|shot)s?\b",
    re.I,
)
_ADDS = re.compile(
    r"\b(?:add|put|throw|pop|take|get|buy|order|grab)\b|\bi'?(?:ll| will) (?:have|take|get)\b",
    re.I,
)
_MAY_RECALL = {
    Intent.SEARCH, Intent.REFINE, Intent.ADD, Intent.PRODUCT_QUESTION, Intent.PHOTO_QUESTION,
    Intent.UNCLEAR,
}  # fmt: skip


def read_photo_recall(
    understanding: Understanding, photo: dict[str, Any] | None, search: Any
) -> None:
    """The message points at the earlier photo's item: an add of it or a question about it."""
    matches = list((photo or {}).get("matches") or [])
    text = understanding.text
    if not matches or understanding.intent not in _MAY_RECALL or not _FROM_THE_PHOTO.search(text):
        return
    meant = _meant(text, (photo or {}).get("closest"), matches, search)
    if meant is None:
        return
    refs, slots = understanding.references, understanding.slots
    refs.product_ids, refs.names_product, refs.photo, refs.like = [meant], True, False, False
    refs.shown_list, refs.ordinals = False, []
    slots.category = ""
    if _ADDS.search(text):
        understanding.intent, understanding.confidence = (
            Intent.ADD,
            max(understanding.confidence, LIKELY),
        )
        return
    lowered = _FROM_THE_PHOTO.sub(" ", text.lower())
    understanding.intent, understanding.confidence = Intent.PRODUCT_QUESTION, LIKELY
    slots.asked = asked_about(lowered)
    slots.options_asked = choices_asked(lowered)


def _meant(text: str, closest: str | None, matches: list[str], search: Any) -> str | None:
    """The look-alike picked since, else the first of the kind said, else the first."""
    ordered = [closest, *matches] if closest else matches
    said = set(tokenize(_FROM_THE_PHOTO.split(text.lower())[0]))
    for product_id in ordered:
        product = search.get(product_id)
        if product is None:
            continue
        words = set(tokenize(" ".join([product.title, *product.category])))
        if said & words:
            return str(product_id)
    return ordered[0]
