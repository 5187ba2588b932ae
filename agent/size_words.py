"""Sizes said as words ("extra large", "x-small", "medium"): one map for every reader.

Readers used to keep their own, each a little narrower than the next, so "x small" was a
size in one place and a product word in another. Longest words first, so "extra large" is
read as XL before "large" is read as L.
"""

import re

SIZE_WORDS = {
    "extra extra large": "XXL", "double extra large": "XXL", "extra large": "XL",
    "extra-large": "XL", "x-large": "XL", "x large": "XL", "extra small": "XS",
    "extra-small": "XS", "x-small": "XS", "x small": "XS", "small": "S", "medium": "M",
    "large": "L",
}  # fmt: skip
"""Size words (lower case) to size letters, longest first."""

SIZE_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(word) for word in SIZE_WORDS) + r")(?![\w-])"
)
"""Any size word said as a word of its own (lower-case text), the longest one where they nest."""


def size_letter(word: str) -> str | None:
    """The letter of a size word, spaces and hyphens as said: "X-Large" -> "XL"."""
    said = " ".join(word.lower().split())
    return SIZE_WORDS.get(said) or SIZE_WORDS.get(said.replace("-", " "))
