"""The closest match taken after an add the store could not fill as said: "put the campfire zip
hoodie in my cart" listed the Campfire Pullover Hoodie first, and "oh the campfire one is a
pullover? that's fine, that's the one I want" takes it.

Right after an add answered with a list, a message that accepts ("that's the one I want", "the
campfire one is fine", "that works") and names one listed product by a word no other listed
title has, is an add of that product (with the colour and size the add asked for).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from catalog.sparse import tokenize

_ACCEPTS = re.compile(
    r"\b(?:(?:that'?s|thats|that is|it'?s|its|this is|this'?s) (?:the one|what|the (?:one|thing))"
    r" (?:i (?:want|wanted|need|needed|meant|mean|was after|was looking for)|i'?m after)"
    r"|(?:that'?s|thats|that is|it'?s|its|one is|one'?s|is) (?:fine|ok|okay|good|perfect|great)"
    r"(?! for| with| in)"
    r"|that (?:works|will do|'ll do)|(?:i'?ll|i will) (?:take|have) (?:it|that)(?! one)\b"
    r"|go with (?:it|that))\b"
)
_REFUSES = re.compile(r"\b(?:not|isn'?t|no|nope|don'?t|doesn'?t|never|hate|rather not)\b")


def taken_match(text: str, shown: Sequence[Mapping[str, Any]]) -> str | None:
    """The id of the one listed product the message accepts, or None."""
    lowered = " ".join(text.lower().split())
    if not shown or not _ACCEPTS.search(lowered) or _REFUSES.search(lowered):
        return None
    said = set(tokenize(lowered))
    titles = {str(p["id"]): set(tokenize(str(p["title"]))) for p in shown}
    counts: dict[str, int] = {}
    for words in titles.values():
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    named = [pid for pid, words in titles.items() if any(counts[w] == 1 for w in words & said)]
    return named[0] if len(named) == 1 else None
