"""What a shopper types in place of a photo or a failed attempt: "It didn't work. I'll type it
instead: a glass electric kettle". The words before the colon are about the attempt; the request
is what follows, read on its own (so a short request is scoped to its kind as any other)."""

from __future__ import annotations

import re

_LEAD_IN = re.compile(
    r"^.*\b(?:instead|type it|typing it|write it|describe it|describing it|spell it out"
    r"|tell you|in words|old[- ]fashioned way)\b[^:;–—]*?\s*[:;–—]\s*(?P<rest>\S.*)$",
    re.I | re.S,
)


def typed_instead(text: str) -> str:
    """The request after a lead-in about typing it instead, else the text as it was."""
    match = _LEAD_IN.match(text.strip())
    return match["rest"] if match else text
