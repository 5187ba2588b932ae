"""A request to see another kind instead ("No, wait, they're probably too heavy for me. Could I
see yoga mats instead?"): the asking sentence is the request, a new search; the comment on the
list before it ("too heavy", "too pricey") explains the change and asks nothing of the list."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.chatty import sentences
from catalog.sparse import tokenize

_SEE_INSTEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|actually|hmm+|well|then|maybe)\W+)*"
    r"(?:(?:could|can|may|would|will)\s+(?:i|we|you|u)\s+(?:please\s+)?"
    r"(?:see|get|try|have a look at|look at|show me|show us)|(?:please\s+)?show me|let me see"
    r"|how about|what about)\s+(?P<wanted>.+?)\s+instead\b\W*$",
    re.I,
)


def asks_to_see_instead(
    text: str, listed_titles: list[str], names_kind: Callable[[str], bool]
) -> str:
    """The last sentence, as a plain request ("show me yoga mats"), when it asks to see another
    kind the store sells instead and something came before it; "" otherwise, and "" when the
    words share one with the listed titles ("the blue hoodies instead" narrows the hoodies)."""
    parts = sentences(text)
    if len(parts) < 2 and not re.search(r"[,;]", text):
        return ""
    last = re.split(r"(?<=[,;])\s+", parts[-1]) if parts else []
    asked = _SEE_INSTEAD.match(last[-1]) if last else None
    if asked is None or not names_kind(asked["wanted"]):
        return ""
    listed = {word for title in listed_titles for word in tokenize(title)}
    if set(tokenize(asked["wanted"])) & listed:
        return ""
    return f"show me {asked['wanted']}"
