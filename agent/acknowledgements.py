"""Messages that only answer the assistant: "perfect!!", "nice one", "you're the best", "one sec",
"nvm". They ask for nothing, so they are never a search ("we don't carry perfect"). The phrases
are data (`agent/data/acknowledgements.tsv`); a message is one when it is made of them alone
(stretched letters allowed: "niceee", "okkk").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from agent.understanding import Intent

_LONGEST = 4


@cache
def _phrases() -> dict[str, str]:
    data = resources.files("agent").joinpath("data/acknowledgements.tsv").read_text("utf-8")
    pairs = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, kind = line.split("\t")
            pairs[phrase.strip()] = kind.strip()
    return pairs


def _spellings(word: str) -> list[str]:
    """The word, and its stretched letters said once or twice ("niceee", "okkk", "coool")."""
    return [word, re.sub(r"(.)\1{2,}", r"\1\1", word), re.sub(r"(.)\1+", r"\1", word)]


def acknowledgement_of(text: str) -> str | None:
    """The kind of a message made only of acknowledgements ("praise" before "sorry" before
    "wait" before "ok"); None when any word asks for something."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words or len(words) > 8:
        return None
    phrases, kinds, i = _phrases(), set(), 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            said = " ".join(words[i : i + n])
            kind = next((phrases[s] for s in _spellings(said) if s in phrases), None)
            if kind:
                kinds.add(kind)
                i += n
                break
        else:
            return None
    return next(k for k in ("praise", "sorry", "wait", "ok") if k in kinds)


def acknowledgement_intent(text: str) -> Intent | None:
    kind = acknowledgement_of(text)
    if kind is None:
        return None
    return Intent.THANKS_BYE if kind == "praise" else Intent.ACKNOWLEDGE


def acknowledgement_reply(text: str) -> str | None:
    """Words for a shopper who steps away or apologises; the plain ok has its own reply."""
    kind = acknowledgement_of(text)
    if kind == "wait":
        return "Sure, take your time — I'll be right here."
    if kind == "sorry":
        return "No worries at all! What can I find for you?"
    return None
