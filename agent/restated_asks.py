"""A limit said again after a list that missed it: "I told you size 10 too", "nah I said
waterproof ones", "no, I asked for navy". The reproach is no request of its own; what follows it
is the limit, read as if said plainly ("size 10 too" narrows the list shown)."""

from __future__ import annotations

import re

_RESTATED = re.compile(
    r"^(\s*(?:(?:no+|nah|nope|sorry|um+|uh+|hmm+|but|well)[\s,.!-]+)*)"
    r"(?:i (?:already )?(?:said|told you|asked for|specified|mentioned)"
    r"|like i (?:said|told you)|as i (?:said|told you))"
    r"(?:\s+(?:that\s+)?i\s+(?:want(?:ed)?|need(?:ed)?))?[\s,:.!-]+(?=\w)",
    re.IGNORECASE,
)


def without_restating(text: str) -> str:
    """The limit without the reproach before it ("I told you size 10 too" -> "size 10 too");
    the text unchanged when it does not open so."""
    return _RESTATED.sub(r"\1", text, count=1)  # "nah waterproof ones": the no kept
