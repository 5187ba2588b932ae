"""An add that waits on the answer to a question in the same message: "is this in stock? if yes
I'll take two", or without the "if": "is the first one in stock? I'll take 2". The add is made:
an item that is not in stock is refused by the cart, and the shopper is told so, which answers
the question too."""

from __future__ import annotations

import re

from agent import phrases as ph

_IF_SO = re.compile(
    r"\bif (?:yes|so|it is|they are|you do|you have (?:it|them|one|some)"
    r"|(?:it'?s|they'?re|it is|they are) (?:in stock|available))\b"
)
_SENTENCE_END = re.compile(r"[?.!]")


def adds_if_so(text: str) -> bool:
    """The sentence with "if yes"/"if so" asks for the item: "... if so, add 2", "I'll take one
    if it's in stock"."""
    said = _IF_SO.search(text)
    if said is None:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, said.start())]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, said.end())
    return bool(ph.ADD.search(text[start : after.start() if after else len(text)]))


_STOCK_ASK = re.compile(
    r"\b(?:in stock|available|availability|have (?:it|them|any|some|one)|got (?:it|them|any|one)"
    r"|sold out|left)\b[^?]*\?"
)


def adds_after_stock_ask(text: str) -> bool:
    """A stock question, then a sentence that takes some: "is the first one in stock? i'll take
    2", "got it in stock? I'd like two". The add answers the question (a sold-out item is
    refused by the cart and the shopper told so)."""
    asked = _STOCK_ASK.search(text)
    if asked is None:
        return False
    rest = text[asked.end() :].strip()
    return bool(rest) and "?" not in rest and bool(ph.ADD.search(rest))


def asks_stock_then_adds(text: str) -> bool:
    """The message asks whether it is in stock and takes some in the same breath."""
    lowered = text.lower()
    return bool(_STOCK_ASK.search(lowered)) and (
        adds_if_so(lowered) or adds_after_stock_ask(lowered)
    )
