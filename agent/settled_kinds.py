"""A shopper who weighs one kind, drops it and settles on another in the same message: "something
warm for my mum... a beanie? no, she never wears hats. let's say a scarf" asks for the scarf, as
said last; the need said first still says what it is for."""

from __future__ import annotations

import re

from agent import phrases as ph

_SETTLES = re.compile(
    r"(?:^|[.!?,;…]\s*|\s)(?:(?:ok(?:ay)?|so|hmm+|right|nah|no|fine)[\s,]+)*"
    r"(?:let'?s say|let'?s go (?:with|for)|let'?s do|i'?ll go (?:with|for)|go with)"
    r"\s+(?P<kind>(?:an?|some)\s+[a-z][\w\s-]{1,30}?)\s*[.!]*$"
)
_DROPPED = re.compile(r"\?\s*(?:no|nah|hmm+|wait)\b|\b(?:no|nah|never|not)\b")
_FIRST_PART = re.compile(r"\.{2,}|…|[.!?]")
_VAGUE_NEED = re.compile(r"(?i)(?:something|anything|a (?:gift|present))\b")
"""A need said first without a kind ("something warm for my mum") is kept with the kind."""


def settled_kind(text: str) -> str:
    """The message as the need said first and the kind settled on last; unchanged otherwise."""
    said = _SETTLES.search(text.lower())
    if said is None or ph.ADD.search(text.lower()):  # "add the tee, no, go with a hoodie"
        return text
    if not _DROPPED.search(text.lower()[: said.start("kind")]):
        return text
    first = _FIRST_PART.split(text[: said.start()], maxsplit=1)[0].strip(" ,;")
    kind = text[said.start("kind") : said.end("kind")]
    return f"{kind}, {first}" if _VAGUE_NEED.match(first) else kind
