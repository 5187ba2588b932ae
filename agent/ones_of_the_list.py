"""A request that names its kind only as "ones" or "something", right after a list: the list's
kind. "not those, i want white ones for running" after a list of shoes asks for white shoes for
running; "i asked for something thick" after socks asks for thick socks. A shop assistant reads
the words as what the kind must be, and searches that kind again; it never looks for a product
called "white" or "thick" and says the store does not carry it."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.kinds import request_head
from agent.understanding import Intent, Understanding

_KINDLESS = re.compile(
    r"^\W*(?:(?:no+|nope|nah|not (?:those|these|them)|none of (?:those|these|them)|ok(?:ay)?"
    r"|well|hmm+|so|then|but|and)[\s,.!-]+)*"
    r"(?:(?:i|we)\s+(?:(?:really\s+|just\s+|only\s+)?(?:want(?:ed)?|need(?:ed)?|asked for|said"
    r"|meant|was after|am after|'m after|would like|'d like)|show me|got|do you have|any)\s+)?"
    r"(?:(?:some|any)\s+)?(?P<words>(?:[a-z][a-z-]*\s+){1,2}?)(?:ones?|pairs?)\b"
    r"(?P<use>\s+for\s+[a-z]+ing)?\W*$"
    r"|^\W*(?:(?:no+|nope|nah|not (?:those|these|them)|ok(?:ay)?|well|so|but)[\s,.!-]+)*"
    r"(?:(?:i|we)\s+(?:(?:really\s+|just\s+)?(?:want(?:ed)?|need(?:ed)?|asked for|said|meant"
    r"|would like|'d like))\s+)?(?:something|anything)\s+(?P<quality>(?:[a-z][a-z-]*\s*){1,2}?)"
    r"(?P<use2>\s+for\s+[a-z]+ing)?\W*$",
    re.I,
)
"""The whole request is a pointer to the kind ("ones", "something") with at most two words of
what it must be, and perhaps a use ("for running")."""

_NOT_A_QUALITY = re.compile(
    r"^(?:the|those|these|other|different|else|new|more|similar|same|like|cheaper|pricier|better"
    r"|bigger|smaller|\w+er|for|to|in|with|that|else)$",
    re.I,
)
"""Words that pick from or compare with the list ("the other ones", "cheaper ones", "something
else"): other readings own them."""


def ones_of_the_list(
    understanding: Understanding, query: str, shown: bool, names_kind: Callable[[str], bool]
) -> bool:
    """Read a kindless search after a list as a search for the list's kind with its words; True
    when it did. `query` is the list's search, `names_kind` whether words name a sold kind."""
    if understanding.intent is not Intent.SEARCH or not shown or understanding.references.ordinals:
        return False
    match = _KINDLESS.match(understanding.text.strip())
    head = request_head(query) if query else None
    if match is None or head is None:
        return False
    words = (match["words"] or match["quality"] or "").split()
    use = (match["use"] or match["use2"] or "").strip()
    if not words or any(_NOT_A_QUALITY.match(w) for w in words) or names_kind(" ".join(words)):
        return False
    slots = understanding.slots
    slots.category = " ".join([*words, head.phrase, use]).strip()
    slots.kind = head.word
    return True
