"""A count for every line said on its own, once there is a cart: "two of each", "3 each pls",
"ok i'll take 2 of each actually", "make it two of both", "make both of them 2": each line's
quantity becomes that count (a new count, never that many more)."""

from __future__ import annotations

import re

from agent.slots import count_value

_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a pair)"
_EACH_ALONE = re.compile(
    r"^\W*(?:(?:ok|okay|k|actually|oh|hmm+|and|so|yeah|yes|then|um+|lol|wait|no|nah)\W+)*"
    r"(?:(?:add|make (?:it|that|them)|i'?ll take|i'?ll have|i'?ll get|i want|i need|we need"
    r"|we'?ll take|give me|get me|(?:can|could) (?:i|we) (?:get|have)|let me get|let'?s do"
    r"|do|just|put)\s+)?"
    rf"{_COUNT}\s+(?:of each(?: one| of (?:them|those|these|em))?|each|of both|of them both)"
    r"(?:\W+(?:then|please|pls|plz|actually|instead|thanks|thx|ty|thank you|for now))*\W*$"
)

_ALL_MADE = re.compile(
    r"^\W*(?:(?:ok|okay|k|actually|oh|hmm+|and|so|yeah|yes|then|um+|wait|no|nah)\W+)*"
    r"(?:make|change|set|bump|up) (?:both|all|each)(?: of (?:them|those|these|em|the \w+))?"
    rf"(?: to| up to)? {_COUNT}(?:\W+(?:then|please|pls|plz|actually|instead|thanks|ty))*\W*$"
)
"""The same said verb first: "make both of them 2", "set all to 3 pls"."""


def count_of_each(text: str) -> int | None:
    """The count a message says for every line and says nothing else (lower-case text)."""
    match = _EACH_ALONE.search(text) or _ALL_MADE.search(text)
    if match is None:
        return None
    number = count_value(match[1])
    return number if 1 <= number <= 20 else None
