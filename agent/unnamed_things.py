"""A shopper asking whether they can find things they can't name: "can you help me find stuff
even if I don't know what it's called?" gets a yes and an invitation to describe it. A message
that already describes the thing ("a thing for my sink, don't know what it's called") is a
search, not this question."""

from __future__ import annotations

import re

from agent.words import new_words

_CANT_NAME = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t) know|\bnot sure|\bno idea|\bcan'?t (?:remember|recall)"
    r"|\bforg[eo]t|\b(?:roughly|vaguely|barely|half|sort of|kind of|kinda) (?:remember|recall|know)"
)
_THE_NAME = re.compile(
    r"\bwhat (?:it'?s|its|it is|they'?re|they are|something'?s|something is|things are|stuff is"
    r"|to call)\b|\bthe (?:proper |right |actual |exact )?(?:name|word|term)s?\b|\bits name\b"
    r"|\bthe names? of\b|\bwhat (?:it|they|something|things) look(?:s|ed)? like\b"
)
_MAY_DESCRIBE = re.compile(r"\b(?:(?:can|could|may) i|if i) (?:just )?(?:describe|explain)\b")
_ASKING_WORDS = frozenset({
    "help", "find", "finding", "even", "know", "called", "call", "name", "names", "word", "words",
    "term", "stuff", "things", "thing", "something", "describe", "explain", "just", "remember",
    "recall", "forgot", "forget", "sure", "idea", "exactly", "proper", "right", "actual",
    "look", "search", "products", "items", "still", "work", "works", "okay", "fine", "able",
    "want", "need", "mean", "looking", "roughly", "vaguely", "barely", "only", "looked",
    "looks", "like", "kinda",
})  # fmt: skip

DESCRIBE_IT = (
    "Yes, of course! Just describe it: what it's for, what it looks like or what it's made of "
    '("something to keep my coffee hot", "a bag you wear across your body"), and I\'ll find '
    "it. You can also send a photo. What are you looking for?"
)


def asks_to_describe(text: str) -> bool:
    """Whether the shopper may describe what they can't name, with no description yet."""
    lowered = text.lower()
    asks = (_CANT_NAME.search(lowered) and _THE_NAME.search(lowered)) or _MAY_DESCRIBE.search(
        lowered
    )
    return bool(asks) and all(w in _ASKING_WORDS for w in new_words(lowered))
