"""A shopper offering to tell a problem before telling it: "can I just tell you what's bugging me
and you figure out what I should buy?" gets a yes and an invitation to say what is wrong, not a
search for the words of the offer. A message that already says the problem ("my sink keeps
clogging, what should I buy?") is a search, not this question."""

from __future__ import annotations

import re

from agent.words import new_words

_OFFERS_TO_TELL = re.compile(
    r"\b(?:if i|can i|could i|may i|let me|i'?ll|i will|i could|i can|should i)"
    r"(?: just| simply| first)? (?:tell|describe|explain|say)(?: to)?(?: you)?"
    r"(?: (?:about|what|my|the|our|whats?|what'?s|what is|what my))+"
    r"(?: (?:problems?|issues?|troubles?|bugging|bothering|annoying|wrong|bugs|bothers|annoys"
    r"|is|are|the matter|going on|needs?|situation))+\b"
)
_OFFER_WORDS = frozenset({
    "help", "figure", "figured", "out", "buy", "get", "should", "tell", "say", "describe",
    "explain", "just", "simply", "first", "bugging", "bothering", "annoying", "bugs", "bothers",
    "annoys", "problem", "problems", "issue", "issues", "trouble", "troubles", "wrong", "matter",
    "going", "situation", "need", "needs", "suggest", "recommend", "pick", "choose", "work",
    "find", "right", "thing", "things", "stuff", "something", "products", "product", "then",
})  # fmt: skip

TELL_ME_THE_PROBLEM = (
    "Yes, of course! Tell me what's bothering you — what goes wrong, where and when "
    '("my water bottle leaks in my bag", "I\'m always cold at my desk") — and I\'ll suggest '
    "what could fix it from the store. You can also send a photo."
)


def offers_to_tell_problem(text: str) -> bool:
    """Whether the shopper asks to describe a problem and has not described one yet."""
    lowered = text.lower().replace("\u2019", "'")
    if not _OFFERS_TO_TELL.search(lowered):
        return False
    return all(w in _OFFER_WORDS for w in new_words(lowered))
