"""A reason said straight after what a request rules out, with no comma between: "tshirt
without any cotton my skin hates it", "no wool it itches me". The reason is its own clause
("my skin hates it"), as it is when typed after a comma; read as part of the request it became
words of the thing wanted ("we don't carry t-shirt skin hates"). A comma is put before it, so
the clause is read as the told reason it is.
"""

from __future__ import annotations

import re

_REASON = re.compile(
    r"\b((?:without|w/o|no|not|nothing\s+in)\s+(?:any\s+)?(?!(?:sure|really|yet|now|anymore|too|so|quite|exactly|that|this|these|those"
    r"|the|a|an|idea|thanks|problem|worries|way|if|when|what|because)\b)[a-z][a-z'-]*)"
    r"\s+(?=(?:my|i|i'm|im|i've|it|it's|its|he|she|he's|she's|they|they're|we|his|her|their"
    r"|cuz|cos|cause|because|bc|since)\s+[a-z])",
    re.I,
)
"""A ruled-out word followed by a clause that opens with its subject or a "because"."""


def reason_set_apart(text: str) -> str:
    """The text with a comma between what is ruled out and the reason said right after it."""
    return _REASON.sub(r"\1, ", text)
