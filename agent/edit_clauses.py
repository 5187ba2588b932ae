"""Several cart edits in one message: "remove the trucker hat and make the socks 3", "drop the
socks, then make the beanie olive". Each clause opens with its own edit verb and is read on its
own; a clause pointing back with a pronoun ("add the hat and make it 2") stays one edit.
"""

from __future__ import annotations

import re

_EDIT = (
    r"(?:remove|delete|drop|ditch|nix|lose|take out|take off|get rid of|make|change|set|switch"
    r"|swap|update|bump|add|put|throw in|toss in)"
)
_OPENERS = r"(?:(?:actually|ok|okay|oh|and|also|hmm|wait|so|please|pls|then|can you|could you)\W+)*"
_SPLIT = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+)?(?:then\s+)?|\s+(?:and then|and also|and|then|also|plus)\s+)"
    rf"(?={_OPENERS}{_EDIT}\b)"
)
_OPENS_WITH_EDIT = re.compile(rf"^\W*{_OPENERS}{_EDIT}\b")
_POINTS_BACK = re.compile(r"\b(?:it|that|them|this|those|these)\b")


_VERB = re.compile(rf"^\W*{_OPENERS}(make|change|set|update|bump)\b")
_GAPPED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the|my)\s+[a-z][\w' -]*?\s+(?:to\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:please|pls|plz|thanks))?\W*$)"
)
"""The second count of "make the socks 2 and the hats 1": its verb is the first clause's."""


def edit_clauses(text: str) -> list[str]:
    """The clauses of a message that are each a cart edit, or [text] when it is one edit."""
    lowered = text.lower()
    parts = [p for p in _SPLIT.split(lowered) if p and p.strip()]
    if len(parts) < 2 and (verb := _VERB.match(lowered)) and (gap := _GAPPED.search(lowered)):
        return [lowered[: gap.start()].strip(" ,;"), f"{verb[1]} {lowered[gap.end() :].strip()}"]
    if len(parts) < 2 or not all(_OPENS_WITH_EDIT.match(p) for p in parts):
        return [text]
    if any(_POINTS_BACK.search(p) for p in parts[1:]):
        return [text]
    return [p.strip(" ,;") for p in parts]
