"""A list narrowed by an option value its products come in: "just navy ones, bath sheet size".

After a list of towels, "bath sheet" is one of the sizes the listed towels are sold in, not a
new kind to search for; the message keeps the list's kind and filters it by that size (and any
colour said with it).
"""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from agent.variants import spelled_options
from agent.words import new_words

_OPTION_WORDS = re.compile(r"\b(?:size|sizes|sized|just|only|ones|please|pls|in|the)\b")


def narrows_by_listed_option(understanding: Understanding, listed: list[Any]) -> bool:
    """Read the message as a refinement by a size the listed products come in; True when it
    names one and nothing else new."""
    if understanding.intent is not Intent.SEARCH or not listed or understanding.slots.size:
        return False
    text = understanding.text.lower()
    value = next((v for p in listed if (v := spelled_options(p, text).get("size"))), None)
    if value is None:
        return False
    rest = re.sub(rf"(?<![\w-]){re.escape(value.lower())}(?![\w-])", " ", text)
    rest = _OPTION_WORDS.sub(" ", rest)
    for phrase in understanding.slots.color_words:
        rest = re.sub(rf"\b{re.escape(phrase.lower())}\b", " ", rest)
    if new_words(rest):
        return False
    understanding.intent = Intent.REFINE
    understanding.slots.size = value
    return True
