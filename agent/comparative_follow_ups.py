"""A quality asked of the list shown as a comparative: "anything darker and stronger?" after
coffee, "something softer?" after blankets. The words compare with what is listed, so the list's
kind and limits are kept and the quality's own word ranks it; a message naming a kind the store
sells ("a stronger charger") is a search of that kind instead."""

from __future__ import annotations

import re
from typing import Any

from agent.intents import CONFIDENT
from agent.kinds import judge_for
from agent.spelling import catalog_words
from agent.understanding import Intent, Understanding
from agent.words import new_words

_COMPARATIVE = re.compile(r"[a-z]{3,}(?:ier|er)")
_MORE = re.compile(
    r"\b(?:more|less|even|bit|little|slightly|lot|much|something|anything|one|ones)\b"
)
_MOST_QUALITIES = 3


def compares_to_the_list(understanding: Understanding, has_shown: bool, search: Any) -> bool:
    """Whether a message read as a new search only asks for more of a quality than the list."""
    if not (
        has_shown
        and understanding.intent is Intent.SEARCH
        and understanding.confidence < CONFIDENT
        and getattr(search, "index", None) is not None
    ):
        return False
    words = [w for w in new_words(understanding.text) if not _MORE.fullmatch(w)]
    if (
        not words
        or len(words) > _MOST_QUALITIES
        or not all(_COMPARATIVE.fullmatch(w) for w in words)
    ):
        return False
    kinds = judge_for(search).index()  # "grinder", "charger": a kind, not a comparative
    if any(w in kinds.heads or w in kinds.kinds for w in words):
        return False
    return not any(w in catalog_words(search) for w in words)  # "leather", "silver": the record's


def base_words(text: str) -> str:
    """The qualities as plain words for the search: "darker and stronger" -> "dark strong"."""
    found = []
    for word in new_words(text):
        if _MORE.fullmatch(word) or not _COMPARATIVE.fullmatch(word):
            continue
        if word.endswith("ier"):
            found.append(word[:-3] + "y")
        elif len(word) > 5 and word[-3] == word[-4]:  # "bigger" -> "big"
            found.append(word[:-3])
        else:
            found.append(word[:-2])
    return " ".join(found)
