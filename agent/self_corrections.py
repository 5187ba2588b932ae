"""A value taken back inside one message: "size large... no sorry, medium", "in red, no wait,
blue", "a 9, I mean a 9.5", "make it 5. no, 4", "sam@exmaple.com, oops typo, sam@example.com",
"jo@gmial.com sorry I mean gmail.com", "100 Main Street, no wait, 110 Main Street".
The later value is the one meant, so the earlier one and the words taking it back are dropped
before anything reads the message, and so is the shopper's word that the new one stands ("yeah
M is right", "four is plenty"). Only a value replaced by one of the same sort (a size by a size,
a colour by a colour, an email by an email or its domain, a house number by another before the
same street) is read as taken back.
"""

from __future__ import annotations

import re

from agent.size_words import SIZE_WORDS
from aisle.colors import FAMILIES, SHADES

_SIZE = (
    "(?:" + "|".join(re.escape(word) for word in SIZE_WORDS)
    + r"|xxs|xs|s|m|l|xl|xxl|\d{1,2}(?:\.5)?)"
)  # fmt: skip
_COLOURS = sorted({*FAMILIES, *SHADES}, key=len, reverse=True)
_COLOUR = "(?:" + "|".join(re.escape(word) for word in _COLOURS) + ")"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_TAKEN_BACK = (
    r"(?:\s*(?:\.+|…|,|-+|—|–)\s*|\s+)(?:an?\s+)?"
    r"(?:(?:no|nope|nah|sorry|oops|wait|hang on|i mean|i meant|actually|or rather|make that"
    r"|scratch that|typo|my bad|correction)(?![\w'])[\s,.!…:—–-]*)+(?:an?\s+|size\s+)?"
)


def _taking_back(value: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])({value})(?![\w-]){_TAKEN_BACK}({value})(?![\w-])", re.IGNORECASE
    )


_PATTERNS = (_taking_back(_SIZE), _taking_back(_COLOUR), _taking_back(_EMAIL))
# "jo@gmial.com sorry I mean gmail.com": the email's domain said again, the local part kept.
_DOMAIN_TAKEN_BACK = re.compile(
    rf"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+(?![\w-]){_TAKEN_BACK}@?"
    r"([\w-]+(?:\.[a-z]{2,})+)(?![\w@.-])",
    re.IGNORECASE,
)
# "100 Main Street, no wait, 110 Main Street", "12 Oak Rd. sorry, 21 Oak Rd": the number before
# the same word said again (a house number, or a count of the same thing) replaces the first.
_NUMBER_TAKEN_BACK = re.compile(
    rf"(?<![\w-])\d{{1,6}}[a-z]?\s+([^\W\d_][\w'-]*)(?:\s+[\w'.-]+){{0,4}}?{_TAKEN_BACK}"
    r"(\d{1,6}[a-z]?\s+\1)(?![\w-])",
    re.IGNORECASE,
)
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "… M. yeah M is right, I always forget", "… 4. four is plenty": the value said again as settled
_STANDS = re.compile(
    rf"(?<=[\w.]),?(?:\s*[.,;!]+\s*|\s+)(?:(?:yeah|yes|yep|ok(?:ay)?|so)[\s,]+)?"
    rf"(?:{_SIZE}|{_COLOUR}|{_NUMBER_WORDS}|that|it)(?:'s|\s+is|\s+it\s+is)\s+"
    rf"(?:right|correct|plenty|enough|fine|good|it|the one)\b(?![?])",
    re.IGNORECASE,
)
# "no black no white", "not red, no blue": values ruled out one after another, not taken back.
_RULED_OUT_BEFORE = re.compile(r"(?:\b(?:no|not|without|except|but)\s+)$", re.IGNORECASE)
# "black no white": a bare "no" with no pause before it reads as the next ruled-out value.
_BARE_NO = re.compile(r"\s+no\s+", re.IGNORECASE)


def later_values(text: str) -> str:
    """The message with a size, colour or email taken back replaced by the one said after it."""
    taken_back = text
    for pattern in _PATTERNS:
        taken_back = pattern.sub(_later, taken_back)
    taken_back = _DOMAIN_TAKEN_BACK.sub(r"\1@\2", taken_back)
    taken_back = _NUMBER_TAKEN_BACK.sub(r"\2", taken_back)
    if taken_back == text:
        return text
    return _STANDS.sub("", taken_back)


def _later(match: re.Match[str]) -> str:
    before = match.string[: match.start(1)]
    between = match.string[match.end(1) : match.start(2)]
    if _RULED_OUT_BEFORE.search(before) or _BARE_NO.fullmatch(between):
        return match.group(0)
    return match.group(2)
