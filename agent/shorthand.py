"""Chat shorthand read as the words it stands for: "can u add …" is "can you add …".

Only "u" after a word that asks something of the assistant ("can u", "could u", "thank u") and
"pls"-style spellings are rewritten, so a size "U" or a product's letter is never touched.
"""

from __future__ import annotations

import re

_YOU = re.compile(
    r"\b(can|could|would|will|do|did|have|if|are|thank|got|help|let|for)\s+u\b(?![\w'-])", re.I
)


def plain_shorthand(text: str) -> str:
    """The message with "u" for "you" written out."""
    return _YOU.sub(lambda m: f"{m[1]} you", text)
