"""Words a phone's voice typing or a hurried thumb writes in place of others: "sunscreen four
kids", "scarf 4 my mom" (a "for" heard or typed as a number), "beanie's for winter" (a plural
written with an apostrophe). They are read as the words meant before anything else reads them.

A "four"/"4" is "for" only between a word and whom or what a thing is for ("my", "her", "kids",
"the", ...), never after a verb or word that counts ("need four kids' tees" is no such case as
the number then follows a want, and "4 kids" opening a message is a count). An apostrophe-s is a
plural only on a word of four letters or more that is no pronoun or name-like contraction and
is followed by no noun: by a preposition, a request word or the end ("the beanie's lining" and
"it's for me" stay).
"""

from __future__ import annotations

import re

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


def dictated_in_words(text: str) -> str:
    """The text with a "for" said as a number and an apostrophe plural written as meant."""
    text = _FOUR_AS_FOR.sub(_for, text)
    return _PLURAL_APOSTROPHE.sub(_plural, text)


def _plural(match: re.Match[str]) -> str:
    stem = match["stem"]
    return match[0] if stem.lower() in _CONTRACTIONS else f"{stem}s"


def _for(match: re.Match[str]) -> str:
    before = match["before"]
    return match[0] if before.lower() in _COUNTS else f"{before} for "
