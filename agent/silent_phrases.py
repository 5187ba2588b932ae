"""How to say that the catalog is silent on what was asked, in words that read right.

"Is it waterproof?" is answered "The catalog doesn't say whether X is waterproof", but the words
left of "is that one ok if his feet are wide?" or "any that keep water warm?" are no quality to
put after "is": those are answered "nothing in the X details mentions ..." with the words quoted
as the shopper wrote them.
"""

from __future__ import annotations

import re

_VERBS = frozenset({
    "keep", "keeps", "fit", "fits", "hold", "holds", "work", "works", "come", "comes", "go",
    "goes", "have", "has", "need", "needs", "take", "takes", "get", "gets", "make", "makes",
    "stay", "stays", "run", "runs", "last", "lasts", "help", "helps", "feel", "feels", "look",
    "looks", "smell", "smells", "taste", "tastes", "wash", "washes", "bought", "buy", "use",
    "uses",
})  # fmt: skip
_MOST_WORDS = 2
_BEFORE_A_THING = frozenset({
    "for", "with", "to", "in", "on", "of", "by", "if", "into", "at", "from", "my", "his", "her",
    "their", "our", "your",
})  # fmt: skip
"""Words before a thing or a person, never before a quality ("good for beginners")."""


def reads_as_a_quality(phrase: str, text: str) -> bool:
    """The asked words are a quality said as such: at most two words, adjacent in the message,
    no verb among them and no preposition before them ("waterproof", "whole bean"), never "feet
    wide" from "his feet are wide", "keep water warm" nor "beginners" of "good for beginners"."""
    words = phrase.lower().split()
    if not words or len(words) > _MOST_WORDS or set(words) & _VERBS:
        return False
    if not set(words) & set(re.findall(r"[a-z0-9'-]+", text.lower())):
        return True  # the words are not the message's own (read elsewhere): as they are
    found = re.search(r"(\w+)?\W*\b" + r"\W+".join(map(re.escape, words)) + r"\b", text.lower())
    return found is not None and found[1] not in _BEFORE_A_THING  # "good for beginners"


def silent_on(
    subject: str, phrase: str, text: str, *, plural: bool = False, asks_is: bool = True
) -> str:
    """ "The catalog doesn't say whether X is P." or, where P is no quality or the question asks
    no "is" ("does it fit a laptop?"), "The catalog doesn't say: nothing in the X details
    mentions "P"."."""
    if asks_is and reads_as_a_quality(phrase, text):
        article = re.search(r"\b(an?) " + re.escape(phrase) + r"\b", text.lower())
        said = f"{article[1]} {phrase}" if article and not plural else phrase  # "a stability shoe"
        return f"The catalog doesn't say whether {subject} {'are' if plural else 'is'} {said}."
    whose = "their" if plural else f"the {subject}"
    written = _as_written(phrase, text)
    return f'The catalog doesn\'t say: nothing in {whose} details mentions "{written}".'


_SPAN = 4


def _as_written(phrase: str, text: str) -> str:
    """The asked words as the message has them, with what stands between ("feet are wide"),
    when they stand close; else the words themselves."""
    words = phrase.lower().split()
    said = re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())
    places = [said.index(w) for w in words if w in said]
    if len(places) == len(words) and places == sorted(places) and places[-1] - places[0] < _SPAN:
        return " ".join(said[places[0] : places[-1] + 1])
    return phrase
