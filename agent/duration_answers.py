"""How long a product lasts or holds up: "how long does the sunscreen hold up in the water?",
"how long will the candle burn?". A time, not a length: answered from the record's own figure
("80 minutes of water resistance"), the one sharing the question's words first; else the
catalog doesn't say. Keeping a drink cold or hot is `insulation_answers`."""

from __future__ import annotations

import re

from catalog.model import Product
from catalog.sparse import tokenize

_ASKS_DURATION = re.compile(
    r"\bhow long\b(?!\s+(?:is|are|was|were)\b)(?:\s+[\w'-]+){0,8}?\s+"
    r"(?:last|lasts|hold up|holds up|hold|holds|stay|stays|keep going|stand up|stands up|work"
    r"|works|run|runs|resist|resists|survive|survives|burn|burns|endure|endures|go for)\b"
    r"|\bhow long\b(?:\s+[\w'-]+){0,8}?\s+(?:good for|effective)\b"  # "how long is it good for"
)
_TIME = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\+?\s*(?:minutes?|mins?|hours?|hrs?|days?"
    r"|weeks?|months?|years?)\b",
    re.I,
)
_QUESTION_WORDS = frozenset({"how", "long", "doe", "does", "do", "will", "would", "can", "it"})


def asks_duration(text: str) -> bool:
    """A question of how long the product lasts or holds up, not of how long it measures."""
    return bool(_ASKS_DURATION.search(text.lower()))


def duration_answer(product: Product, text: str) -> str:
    """The record's sentence giving a time, the one sharing most of the question's words."""
    asked = set(tokenize(text.lower().replace(product.title.lower(), " "))) - _QUESTION_WORDS
    said = [s.strip() for s in re.split(r"(?<=[.!?])\s+", product.description) if s.strip()]
    said += [f"{product.title}: {k.replace('_', ' ')} {v}." for k, v in product.attributes.items()]
    timed = [s for s in said if _TIME.search(s)]
    if not timed:
        return f"The catalog doesn't say how long {product.title} lasts."
    return max(timed, key=lambda s: len(asked & set(tokenize(s))))
