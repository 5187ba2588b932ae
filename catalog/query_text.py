"""Tidying what is left of a query once its constraint phrases are cut out."""

from __future__ import annotations

import re

# Glue before a clause that would dangle once the clause is gone: ", and price lower than ...".
LEAD = r"(?:\s*,)?\s*(?:\b(?:and|but|or|with|for)\s+)?"

_FLAGS = re.IGNORECASE
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?)])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_PUNCTUATION = " \t\n,;:.!?/&-–—"
# Only glue words: "vitamin a" or "plug in" must keep their last word.
_DANGLING_END = frozenset(
    {"and", "or", "but", "with", "for", "that", "which", "who", "is", "are", "be", "should",
     "must", "priced", "costing", "please", "thanks", "then", "instead", "wanted", "needed"}
)  # fmt: skip
_DANGLING_START = frozenset({"and", "or", "but", "with", "for"})
_OPENING = (
    r"(?:i['’]?m|i\s+am)\s+(?:looking|searching|shopping|interested)(?:\s+(?:for|in))?"
    r"(?:\s+(?:buying|purchasing|getting|to\s+(?:buy|find|get|purchase|order)))?"
    r"|(?:i\s+)?(?:really\s+)?(?:need|want|would\s+like|['’]d\s+like|wanna)"
    r"(?:\s+to\s+(?:buy|find|get|order|purchase|see|have))?"
    r"|i['’]d\s+like(?:\s+to\s+(?:buy|find|get|order|purchase|see|have))?"
    r"|(?:can|could|would)\s+(?:you|i)\s+(?:please\s+)?(?:show|find|get|recommend|suggest)"
    r"(?:\s+me)?"
    r"|(?:help\s+me\s+find|show\s+me|find\s+me|get\s+me|buy\s+me|give\s+me)"
    r"|(?:look(?:ing)?|search(?:ing)?|shop(?:ping)?)\s+for|do\s+you\s+(?:have|sell|carry)"
    r"|(?:is|are)\s+there"
)
_FILLER = re.compile(
    r"^(?:(?:hi|hello|hey|ok(?:ay)?|so|well|now|hmm+|alright|actually|just|then)\b[\s,!.]*)*"
    r"(?:please\s+)?"
    rf"(?:(?:{_OPENING})\b\s*,?\s*(?:(?:a|an|some|any|the)\b\s*)?|(?:a|an|some|any)\s+)",
    _FLAGS,
)
_CONTENT = re.compile(r"\w")
_LEAD_BEFORE = re.compile(rf"{LEAD}\Z", _FLAGS)
_LEAD_WINDOW = 16


def tidy(text: str) -> str:
    """Collapse the gaps, stray commas and dangling "and"s that cutting phrases leaves behind."""
    text = _EMPTY_PARENS.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_PUNCT.sub(r"\1", text)
    return _strip_dangling(text)


def trim_filler(text: str) -> str:
    """Drop a conversational opening ("i'm looking for a") that would only add noise to search."""
    trimmed = tidy(_FILLER.sub("", text, count=1))
    return trimmed if _CONTENT.search(trimmed) else text


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Cut the given spans out of text, leaving a space so that neighbouring words don't fuse."""
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start > position:
            pieces.append(text[position:start])
        pieces.append(" ")
        position = max(position, end)
    pieces.append(text[position:])
    return "".join(pieces)


def choose_spans(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, leftmost first; where two start together the longer wins."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda span: (span[0], -span[1])):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
    return chosen


def lead_start(text: str, start: int, floor: int = 0) -> int:
    """Where a phrase starting at `start` begins once the glue before it (", and") is counted."""
    lead = _LEAD_BEFORE.search(text, max(floor, start - _LEAD_WINDOW), start)
    return lead.start() if lead else start


def _strip_dangling(text: str) -> str:
    while True:
        text = text.strip(_PUNCTUATION)
        rest, _, last = text.rpartition(" ")
        if last.lower() in _DANGLING_END:
            text = rest
            continue
        first, _, rest = text.partition(" ")
        if first.lower() in _DANGLING_START:
            text = rest
            continue
        return text
