"""A product question with the trouble behind it told first: only the question is asked.

"wet feet ruin every trail run for me. does the Scree Runner keep water out?", "sulfates make my
scalp itch like crazy. is the Rosemary Mint Shampoo sulfate free?": a shop assistant hears why
the shopper asks and answers the question about the product named; the wet feet are no property
of the shoe to look up. The trouble goes only when the question names a catalog product by its
own title words and the trouble says no size, budget or number the question might lean on.
It is said in plain words too: "keep water out" asks whether it is waterproof, "come with a
rainfly" whether it has one.
"""

from __future__ import annotations

import re
from typing import Any

from agent.chatty import sentences

_YES_NO_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|then)[\s,]+)?(?:is|are|does|do|did|will|would|can|could|has"
    r"|have)\s+(?:the|this|that|your|ur|a)?\s*\S",
    re.I,
)
"""A yes/no question about something named: "does the Scree Runner keep water out?"."""

_LEANS_ON = re.compile(
    r"\d|\b(?:size|sizes|budget|spend|under|over|cheap|cheaper|colou?r|it|its|one|ones|them"
    r"|they|these|those|that|this)\b",
    re.I,
)
"""Told words the question may need: a size, a budget, a number, or what "it" points back to."""

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_TITLE_RUN = 2


def quotes_a_title(question: str, search: Any) -> bool:
    """The question quotes a found product's title from its first word on, two words or more
    running ("the Scree Runner" of Scree Runner Trail Running Shoe): a product, not a kind."""
    said = _WORD.findall(question.lower())
    runs = {tuple(said[i : i + _TITLE_RUN]) for i in range(len(said) - _TITLE_RUN + 1)}
    for hit in search.search(question, limit=3, parse=False).hits:
        words = _WORD.findall(hit.product.title.lower())
        if len(words) > _TITLE_RUN and tuple(words[:_TITLE_RUN]) in runs:
            return True
    return False


def without_told_trouble(text: str, search: Any) -> str:
    """The closing yes/no question about a named product, when the sentences before it only
    tell the trouble behind it; the message otherwise."""
    parts = sentences(text)
    if len(parts) < 2 or not parts[-1].endswith("?") or not _YES_NO_QUESTION.match(parts[-1]):
        return text
    told = parts[:-1]
    if any("?" in part or _LEANS_ON.search(part) for part in told):
        return text
    if getattr(search, "index", None) is None or not quotes_a_title(parts[-1], search):
        return text
    return parts[-1]


_KEEPS_OUT = re.compile(
    r"\b(?:keeps?|keeping)\s+(?:the\s+|my\s+|your\s+)?(?:water|rain|wet)\s+out\b"
    r"|\b(?:keeps?|keeping)\s+out\s+(?:the\s+)?(?:water|rain|wet)\b",
    re.I,
)
_COMES_WITH = re.compile(r"\b(?:come|comes)\s+with\b(?=\s+(?:a|an|its|it'?s own|any|the)\b)", re.I)


def in_plain_property_words(text: str) -> str:
    """ "keep water out" is waterproof and "come with a rainfly" has one, in a question."""
    if "?" not in text:
        return text
    text = _KEEPS_OUT.sub("waterproof", text)
    return _COMES_WITH.sub("have", text)
