"""Words a phone's dictation or a hurried thumb wrote in place of others, read as the words
meant before anything else reads them:
- a count heard as "for"/"to"/"too" before a unit: "add for bags of the chips" is four bags;
- a letter size spelled as it sounds after "size" or "a/an": "size em", "an el", "ex el";
- an "n" opening a message before a request: "n the scarf" is "and the scarf";
- a "for" heard or typed as a number: "sunscreen four kids", "scarf 4 my mom";
- a plural written with an apostrophe: "beanie's for winter".
Each is read only where the sound-alike cannot mean itself. ("to my car" is left as said: the
add reads no place from it.)

A "four"/"4" is "for" only between a word and whom or what a thing is for ("my", "her", "kids",
"the", ...), never after a verb or word that counts ("need four kids' tees" is no such case as
the number then follows a want, and "4 kids" opening a message is a count). An apostrophe-s is a
plural only on a word of four letters or more that is no pronoun or name-like contraction and
is followed by no noun: by a preposition, a request word or the end ("the beanie's lining" and
"it's for me" stay).
"""

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

_FOR_WHOM = (
    r"my|me|him|her|his|them|us|our|your|the|a|an|kids?|child|children|men|women|boys?|girls?"
    r"|babies|baby|toddlers?|teens?|mom|mum|dad|him|winter|summer|hiking|running|work|school"
)
_COUNTS = {
    "need", "want", "get", "buy", "add", "of", "take", "order", "make", "only", "just", "about",
    "x", "times", "than", "for", "to", "and", "size", "sz", "have", "all", "another", "like",
    "it", "them", "those", "these", "that", "qty", "quantity", "be", "the", "a", "are", "is",
}  # fmt: skip
_FOUR_AS_FOR = re.compile(rf"\b(?P<before>[a-z]+)\s+(?:four|4)\s+(?=(?:{_FOR_WHOM})\b)", re.I)
_PLURAL_APOSTROPHE = re.compile(
    r"\b(?P<stem>[a-z]{4,})['’]s\b(?=\s+(?:for|in|under|over|below|with|without|pls|please|plz"
    r"|that|to|on|size|sz)\b|\s*[?!.,]?\s*$)",
    re.I,
)
_CONTRACTIONS = {"that", "what", "there", "here", "where", "everyone", "everything", "nothing"}


def as_meant(text: str) -> str:
    """The message with dictated sound-alikes and a thumb's slips written as meant."""
    text = _COUNT_SAID.sub(lambda m: f"{m[1]} {_HEARD[m[2].lower()]}", text)
    text = _LETTER_SIZE.sub(_letter, text)
    text = _AND.sub(lambda m: f"{m[1]}and", text)
    text = _FOUR_AS_FOR.sub(_for, text)
    return _PLURAL_APOSTROPHE.sub(_plural, text)


def _letter(match: re.Match[str]) -> str:
    said = re.sub(r"[ -]", "", match[2].lower()) if "x" in match[2].lower() else match[2].lower()
    return f"{match[1]} {_LETTERS.get(said, _LETTERS.get(match[2].lower(), match[2]))}"


def _plural(match: re.Match[str]) -> str:
    stem = match["stem"]
    return match[0] if stem.lower() in _CONTRACTIONS else f"{stem}s"


def _for(match: re.Match[str]) -> str:
    before = match["before"]
    return match[0] if before.lower() in _COUNTS else f"{before} for "
