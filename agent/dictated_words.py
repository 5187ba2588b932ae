"""Words a phone's dictation or a quick thumb wrote for others: "add for bags of the chips" is
four bags, "size em" is size M, "n the scarf" is "and the scarf". Each is read only where the
sound-alike cannot mean itself: a count before a unit, a letter after "size", an "n" that joins
two requests. ("to my car" is left as said: the add reads no place from it.)"""

from __future__ import annotations

import re

_UNITS = (
    r"(?:bags|boxes|packs|packets|pairs|bottles|cans|jars|cartons|tins|tubs|rolls|bars"
    r"|loaves|bunches|sets|more)"
)
_COUNT_SAID = re.compile(
    rf"\b(add|get|grab|order|buy|take|want|need|put|throw in|give me)\s+(for|to|too)"
    rf"(?=\s+{_UNITS}\b)",
    re.I,
)
"""A count heard as "for" or "to" before a unit: "add for bags of", "get to more"."""
_HEARD = {"for": "four", "to": "two", "too": "two"}

_LETTER_SIZE = re.compile(
    r"\b(size|sz|in an?|an?)\s+(double (?:ex|x)[ -]?el|(?:ex|x)[ -]?el|ex small|ex large|em|el"
    r"|ess)(?![\w'-])",
    re.I,
)
"""A letter size spelled as it sounds: "size em", "an el", "size ex el"."""
_LETTERS = {
    "em": "M", "el": "L", "ess": "S", "ex small": "XS", "ex large": "XL", "exel": "XL",
    "xel": "XL", "doubleexel": "XXL", "doublexel": "XXL",
}  # fmt: skip

_AND = re.compile(r"^(\W*)n(?= (?:the|a|an|some|also|my|those|these|that|this|one|two|\d)\b)")
"""An "n" opening a message is "and": "n the cashmere scarf" after an add."""


def as_meant(text: str) -> str:
    """The message with dictated sound-alikes and a thumb's "n" written as meant."""
    text = _COUNT_SAID.sub(lambda m: f"{m[1]} {_HEARD[m[2].lower()]}", text)
    text = _LETTER_SIZE.sub(_letter, text)
    return _AND.sub(lambda m: f"{m[1]}and", text)


def _letter(match: re.Match[str]) -> str:
    said = re.sub(r"[ -]", "", match[2].lower()) if "x" in match[2].lower() else match[2].lower()
    return f"{match[1]} {_LETTERS.get(said, _LETTERS.get(match[2].lower(), match[2]))}"
