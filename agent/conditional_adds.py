"""An add that waits on the answer to a question in the same message: "is this in stock? if yes
I'll take two". The add is made: an item that is not in stock is refused by the cart, and the
shopper is told so, which answers the question too."""

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
