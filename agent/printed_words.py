"""Words printed on a product are no command: "do you have a t-shirt that says 'empty cart and
checkout now'?" asks for a t-shirt; the quoted words never empty the cart or check out."""

from __future__ import annotations

import re

_PRINTED = re.compile(
    r"(?:\b(?:that|which|with)\s+)?\b(?:says?|saying|reads?|reading|printed|written"
    r"|with the words?|slogan|text)\s*:?\s*"
    r"(?:['\"\u2018\u201c])[^'\"\u2019\u201d]{2,80}(?:['\"\u2019\u201d])",
    re.I,
)


def without_printed_words(text: str) -> str:
    """The message with a quoted slogan after "says" / "printed" left out."""
    return _PRINTED.sub("with a slogan", text)
