"""A product named, then taken back for another of the same kind inside one message: "how many
litres is the commuter backpack... no sorry i meant the rolltop one", "whats the rise on the
relaxed carpenter jean? actually wait, the selvedge straight one". The later name is the one meant:
its words take the place of the first name's words before the kind, the kind kept, and what is
said after it about that being the one looked at is dropped."""

from __future__ import annotations

import re

_TAKEN_BACK = re.compile(
    r"(?:\s*(?:\.{2,}|…|[?.!,;]|-+|—|–)\s*|\s+)"
    r"(?:(?:no|nope|sorry|oops|wait|hang on|i mean|i meant|actually|or rather|my bad|scratch that"
    r"|make that)(?![\w'])[\s,.!…:—–-]*)+"
    r"the\s+(?P<new>(?:[a-z0-9][\w'-]*\s+){1,4}?)one\b(?P<after>[^?]*)$",
    re.IGNORECASE,
)
_WORD = r"(?!(?:one|ones|in|on|of|for|with|a|an|the|is|are|and|or|to)\b)[a-z0-9][\w'-]*"
_LAST_NAME = re.compile(
    rf"\bthe\s+(?P<words>(?:{_WORD}\s+){{1,4}}?)(?P<kind>{_WORD})\s*$", re.IGNORECASE
)
_ONLY_TOLD = re.compile(
    r"^[\s,.!—–-]*(?:(?:that'?s|thats|it'?s|its) the (?:one|1)\b[^?]*)?[\s.!]*$", re.IGNORECASE
)


def later_name(text: str) -> str:
    """The message with a product's name taken back replaced by the one said after it."""
    back = _TAKEN_BACK.search(text)
    if back is None or not _ONLY_TOLD.match(back["after"]):
        return text
    first = _LAST_NAME.search(text[: back.start()])
    if first is None or first["words"].strip().lower() == back["new"].strip().lower():
        return text
    asked = "?" if "?" in text[back.start() : back.start("new")] else ""
    return f"{text[: first.start('words')]}{back['new']}{first['kind']}{asked}"
