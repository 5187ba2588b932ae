"""A replacement asked for by what went wrong with the old one: "the strap on my gym bag snapped,
need a new one", "my last kitchen knife went rusty. want a decent one but not carbon steel".

"one" means the shopper's own thing named before it, so the request is that kind with the limits
said after it (a negation, a price); the story of how it broke is not searched.
"""

from __future__ import annotations

import re

from agent.needs import clause_limits
from agent.recipients import is_person

_ASKS_ONE = re.compile(
    r"\b(?:need|want|get|getting|after|looking for|buy|replace it with|find me)\s+(?:a|an)\s+"
    r"(?:(?:new|decent|replacement|better|another|good|proper|sturdier|nicer)\s+)*one\b"
)
"""The ask that points back at the shopper's own thing: "need a new one"."""
_OWN = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:(?:last|old|current|previous|trusty|cheap)\s+)?"
)
_STOP = frozenset({
    "snapped", "broke", "broken", "died", "dies", "is", "was", "went", "goes", "has", "have",
    "had", "got", "gone", "wore", "fell", "split", "ripped", "tore", "torn", "cracked", "stopped",
    "stinks", "smells", "keeps", "leaks", "leaked", "finally", "just", "and", "but", "that",
    "which", "after", "from", "in", "on", "at", "with", "since", "because", "so",
})  # fmt: skip
"""Words that end the name of the shopper's thing: "my gym bag snapped"."""


def replacement_request(text: str) -> str | None:
    """The search for a replacement of the shopper's own thing, None when the message asks for
    no "new one" or names no thing of theirs before it."""
    lowered = " ".join(text.lower().split())
    ask = _ASKS_ONE.search(lowered)
    if ask is None:
        return None
    before = lowered[: ask.start()]
    owned = [before[m.end() :] for m in _OWN.finditer(before)]
    owned = [words for words in owned if words and not is_person(words.split()[0])]
    kind = _name_of(owned[-1]) if owned else ""  # "my girlfriend … our old tent": the tent
    if not kind:
        return None
    after = lowered[ask.end() :]
    limits = [c.strip() for c in re.split(r"[,;.!?]", after) if clause_limits(c)]
    return " ".join([kind, *limits])


def _name_of(words_after_my: str) -> str:
    """ "gym bag snapped and ..." -> "gym bag": the words before what happened to it."""
    name: list[str] = []
    for word in re.split(r"[\s,;.!?]+|(?<=\w)[.,;!?]", words_after_my):
        if not word or word in _STOP or len(name) == 3:
            break
        name.append(word)
    return " ".join(name)
