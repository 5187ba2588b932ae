"""A list narrowed to the children's ones by who it is for: "smth for a kid?", "something for my
son, he's 7, for school", "what about for children?" right after water bottles asks for the kids'
water bottles, never a new search for "son" or "7" (a 7in knife). The message says a child and
nothing the catalog sells besides."""

from __future__ import annotations

import re

_CHILD = re.compile(
    r"\b(?:kids?|kiddos?|child|children|childs|toddlers?|little ones?|my little|youngsters?"
    r"|(?:my |our |a |for (?:my |our |a )?)(?:little |young |small )?(?:boy|girl|son|daughter)s?"
    r"(?=.*\b(?:(?:1[0-2]|[1-9])\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\b|school|years? old|y/?o|little|young))"
    r"|(?:little|young|small) (?:boy|girl|son|daughter)s?)\b",
    re.I,
)


def asks_for_a_child(text: str) -> bool:
    """The message says the thing is for a child ("for my son, hes 7", "for a kid")."""
    return bool(_CHILD.search(text))
