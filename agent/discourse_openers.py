"""A request read without the words that only open it: "bet, add em in white size 8", "sweet.
add two", "do one thing, add 2 pieces of the Ringer Tee", "right then add the beanie".

An opener is an acknowledgement (`agent/data/acknowledgements.tsv`, kinds ok and praise) or a
discourse marker (`agent/data/discourse_openers.tsv`). A run of them is dropped when a cart
request or a bare count follows it ("add", "i'll take", "2 please"); anything else is read
whole.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from agent.acknowledgements import acknowledgement_of
from agent.pending import count_only

_KINDS = frozenset({"ok", "praise"})
_REQUEST = re.compile(
    r"(?:add|put|get|grab|make|change|swap|switch|remove|take|drop|give|throw|toss|pop|buy"
    r"|i'?ll (?:take|have|get|grab)|i'?d like|i want|i need|can (?:you|i) (?:add|get|have|put)"
    r"|could (?:you|i) (?:add|get|have|put)|lemme|gimme|one more|another)\b",
    re.I,
)
"""A cart request: what an opener may stand before (a checkout with details is read whole)."""
_COUNTED = re.compile(
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a couple|a few)\s+"
    r"(?:(?:bags?|box(?:es)?|pairs?|packs?|bottles?|cans?|jars?|tins?|of)\s+)+(?:the\s+)?[a-z]",
    re.I,
)
"""A counted order: "3 bags of the kettle chips", "2 of the ringer tee"."""


def _lines(name: str) -> list[str]:
    data = resources.files("agent").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in data.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _opener() -> re.Pattern[str]:
    said = [line.split("\t")[0].strip() for line in _lines("acknowledgements.tsv")]
    kinds = [line.split("\t")[1].strip() for line in _lines("acknowledgements.tsv")]
    phrases = [p for p, k in zip(said, kinds, strict=True) if k in _KINDS]
    phrases += [line.strip() for line in _lines("discourse_openers.tsv")]
    words = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"^\W*(?:(?:{words})(?![\w'])[\s,.!:;~—–-]*)+", re.I)


def opened(text: str) -> str:
    """The message less the acknowledgements and markers that open it ("cool. back to ...")."""
    match = _opener().match(text)
    return text if match is None else text[match.end() :]


def without_opener(text: str) -> str:
    """The message less the words that open it, when a request follows them."""
    match = _opener().match(text)
    if match is None:
        return text
    rest = text[match.end() :].strip()
    if not rest or acknowledgement_of(rest) is not None:
        return text
    if _COUNTED.match(rest):
        return rest  # "ugh fine, 3 bags of the sea salt chips then"
    return rest if _REQUEST.match(rest) or count_only(rest) else text  # "sweet, 2 please"
