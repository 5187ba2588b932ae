"""Colour words that are part of what a product is called ("add an orange juice", "2 green teas
and a mug"): no colour asked for.

The catalog knows these phrases (`catalog/colour_names.py`: "orange juice" of the Not From
Concentrate Orange Juice, which comes in no orange), and its query parser never makes them a
colour filter. The reader drops them from the message's colours the same way, so an add by name
looks for the orange juice instead of for a juice that comes in orange. A colour said elsewhere
in the message ("an orange juice and the tote in orange") is still asked for.
"""

from __future__ import annotations

import re
from typing import Any

from agent.slots import color_words_in
from agent.understanding import Understanding
from catalog.colors import color_family
from catalog.colour_names import after_key, phrase_key

_WORD_BEFORE = re.compile(r"([a-z][a-z'-]*)[\s-]+$")
_WORD_AFTER = re.compile(r"^[\s-]+([a-z][a-z'-]*)")


def colour_names_of(search: Any) -> frozenset[str]:
    """The catalog's colour phrases that only name products (empty without an index)."""
    index: Any = getattr(search, "index", None)
    try:
        return frozenset(index.vocabulary().colour_names) if index is not None else frozenset()
    except AttributeError:
        return frozenset()


def without_named_colours(understanding: Understanding, text: str, names: frozenset[str]) -> None:
    """Drop from the slots the colours the text says only inside a product's name."""
    slots = understanding.slots
    if not names or not (slots.colors or slots.color_words):
        return
    lowered = text.lower()
    said = color_words_in(lowered)
    named = {word for word in said if _only_in_names(lowered, word, names)}
    if not named:
        return
    kept = {color_family(word) or word for word in said if word not in named}
    dropped = {color_family(word) or word for word in named} - kept
    slots.named_colours = sorted(named)
    slots.color_words = [w for w in slots.color_words if w not in named]
    slots.colors = [c for c in slots.colors if c not in dropped]


def names_only(text: str, colour: str, names: frozenset[str]) -> bool:
    """The colour is said in the text, and only inside a product's name ("orange juice")."""
    return _only_in_names(text.lower(), colour.lower(), names)


def _only_in_names(text: str, word: str, names: frozenset[str]) -> bool:
    """Every time the colour is said, it is said with the word of a product's name beside it."""
    spans = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return bool(spans) and all(_in_a_name(text, start, end, word, names) for start, end in spans)


def _in_a_name(text: str, start: int, end: int, word: str, names: frozenset[str]) -> bool:
    after = _WORD_AFTER.match(text[end:])
    if after and phrase_key(word, after[1]) in names:
        return True
    before = _WORD_BEFORE.search(text[:start])
    return bool(before and after_key(before[1], word) in names)
