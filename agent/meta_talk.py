"""Messages about the conversation itself, which are not product searches even when they name one.

"sorry, my cat walked on the keyboard" names a kind the store sells, yet nobody asks for
keyboards; "can u actually order stuff for me or just search" names none but reads like a request.
A shop assistant hears an apology, an accident or a question about what it can do. The rule: a
message whose content words are mostly about the talk (apologies, accidents, keyboard mashing,
the assistant and what it does) is left to the intent classifier (agent/intent_model.py) even
when one of its words is the catalog's; a message with two or more words of its own is shopping.
"""

from __future__ import annotations

import re

from catalog.sparse import STOPWORDS

TALK_SHARE = 0.6
"""At least this share of the content words are about the talk."""
OWN_WORDS = 1
"""At most this many content words are not about the talk (the one product word said in passing)."""

_TALK_WORDS = """
sorry soz oops whoops oopsie apologies apologize apologise mybad bad lol lmao haha hahaha hehe
rofl omg jk ugh um umm uh uhh hmm erm accident accidentally accidental mistake mistakenly typo
typed typing type wrote sent send pressed hit mashed sat walked stepped jumped grabbed
spilled dropped touched leaned fell cat kitten dog
puppy kid kids toddler baby son daughter pocket butt dial wrong chat window tab message ignore
disregard nevermind you u ya yourself your ur can could able actually exactly
really even just do does doing stuff things thing order orders ordering search searching
searches help work works bot ai human person real what how else like so me for or only nah
either too also myself
"""
TALK_WORDS = frozenset(_TALK_WORDS.split())
"""Words about the talk, the assistant and what it can do, not about products."""

_ASKS = re.compile(
    r"\b(?:have|sell|carry|stock|got|need|want|looking|show|get|find|recommend|meant|mean"
    r"|instead|rather)\b"
)
"""A message asking for or correcting to something is shopping, whatever else it says."""

_MASH = re.compile(r"^(?:(?=[a-z]{6})([a-z]{1,4})\1+[a-z]{0,3}|[^\w\s]{3,})$")
"""Keyboard mashing: "jkjkjkjk", "asdfasdf", "aaaaaa", ";;;;;;"."""


def about_the_talk(text: str) -> bool:
    """Whether the message is about the conversation rather than a product it names."""
    if _ASKS.search(text.lower()):
        return False  # "sorry, do you have keyboards?" asks for them
    tokens = re.findall(r"[^\s]+", text.lower())
    mashed_tokens = [t for t in tokens if _MASH.match(t) or _mashed_token(t)]
    mashed = len(mashed_tokens)
    kept = " ".join(t for t in tokens if t not in mashed_tokens)  # "jkjk;;lkj": no word "lkj"
    words = [w for w in re.findall(r"[a-z][a-z']*", kept) if w not in STOPWORDS]
    words = [w for w in words if not _MASH.match(w)]
    talk = mashed + sum(1 for w in words if w in TALK_WORDS)
    own = [w for w in words if w not in TALK_WORDS]
    total = talk + len(own)
    asked_for = (
        rf"\b(?:a|an|some|any|few|pair of|me)\s+(?:\w+\s+)?{re.escape(own[0])}\b" if own else ""
    )
    if own and re.search(asked_for, text.lower()):
        return False  # "can you find me a keyboard": asked for, not told about
    return talk >= 2 and len(own) <= OWN_WORDS and talk / total >= TALK_SHARE


def _mashed_token(token: str) -> bool:
    """A token some of whose letters are mashing ("jkjkjk;;lkj"): none of its letters is a word."""
    return any(_MASH.match(run) for run in re.findall(r"[a-z]+", token))
