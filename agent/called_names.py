"""A thing described and then named with a doubt: "the box that heats food up ..., a microwave
I think it is called", "one of those things for frothing milk, it's called a frother". The name
is what is asked for (the description around it names no kind), and saying it asks: such a
message is a request, never small talk."""

from __future__ import annotations

import re

_NAME_BEFORE = re.compile(
    r"\b(?:a|an|the|some)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s*,?\s*"
    r"(?:i think|i believe|i guess|i reckon)?\s*,?\s*(?:it'?s|it is|they'?re|they are|that'?s"
    r"|that is)\s+called\b"
)
_NAME_AFTER = re.compile(
    r"\b(?:it'?s|it is|they'?re|they are|that'?s|that is|(?:i think |i believe )?(?:it'?s|it is)"
    r" (?:also )?)\s*called\s+(?:a |an |the )?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)"
)


def called_name(text: str) -> str:
    """The name the shopper gives what they describe, "" when they give none."""
    lowered = " ".join(text.lower().split())
    match = _NAME_AFTER.search(lowered) or _NAME_BEFORE.search(lowered)
    return match.group("name") if match else ""
