"""When a cart edit should happen, said around it: "wait, add another pair of those socks first",
"hold on, maybe show me some tea first?" at the confirmation.

"Wait," or "before I confirm" before an edit and "first" or "before I pay" after it only place
the edit before the checkout; they are neither a "no" to the order nor an ordinal ("the first
one"). With them left out the edit reads as it would anywhere else ("add another pair of those
socks"); a reason after "first" ("take the towel out first, it's too pricey") goes with them.
"""

from __future__ import annotations

import re

_EDIT = (
    r"(?:add|remove|delete|take|make|change|put|throw|toss|drop|swap|switch|get rid of"
    r"|grab|bump|increase|reduce|show me|show us|let me see|find me)\b"
)
_HOLD = re.compile(
    r"^\W*(?:(?:oh|ah|um+|hmm+|actually|sorry|oops|no|nah)[\s,.!\u2013\u2014-]+)*"
    r"(?:(?:wait|hold on|hang on|one sec(?:ond)?|just a sec(?:ond)?)[\s,.!\u2013\u2014-]+"
    r"(?:before (?:i|we) (?:pay|check ?out|confirm|order|buy)[\s,.!\u2013\u2014-]+)?"
    r"|before (?:i|we) (?:pay|check ?out|confirm|order|buy)[\s,.!\u2013\u2014-]+)"
    r"(?:(?:actually|please|pls|can you|could you|let me|i want to|i'?d like to|maybe|perhaps"
    r"|i think)[\s,]+)*"
    rf"(?={_EDIT})",
    re.I,
)
_FIRST = re.compile(
    r"[\s,]+(?:first|beforehand|before (?:i|we) (?:pay|check ?out|confirm|order|buy)"
    r"|before (?:checkout|checking out|paying|confirming|the order))"
    r"(?:[\s,]+(?:please|pls|thanks|thx|ok|okay))*"
    r"(?:[\s,;.!\u2013\u2014-]+(?:it'?s|it is|they'?re|that'?s|too|since|because|cause|cos)"
    r"\b[^?]*)?"
    r"\W*$",
    re.I,
)


def without_timing(text: str) -> str:
    """The edit without the words that only time it; other messages as they are."""
    held = _HOLD.match(text)
    rest = text[held.end() :] if held else text
    if not re.match(
        rf"\W*(?:(?:please|pls|also|and|actually|ok|okay|oh|so)\W+)*{_EDIT}", rest, re.I
    ):
        return text
    first = _FIRST.search(rest)
    if first and re.search(r"\b(?:the|that|this|my|your)$", rest[: first.start()], re.I):
        first = None  # "add the first": the first product listed
    if not held and not first:
        return text
    return rest[: first.start()] if first else rest
