"""Emoji of products read as the words they stand for: "🎧 wireless pls" asks for headphones.

The pairs are data (`agent/data/emoji_words.tsv`: objects only, no faces or hands, so a "hey 👋"
stays a greeting). An emoji that opens the message names the thing its first words describe:
"🎧 wireless pls, under 100" -> "wireless headphones pls, under 100".
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_VARIATION = re.compile("[\ufe0e\ufe0f\u200d]|[\U0001f3fb-\U0001f3ff]")
"""Presentation selectors, joiners and skin tones, which do not change the object meant."""
_BOUNDARY = frozenset({
    "for", "with", "under", "over", "in", "on", "size", "from", "by", "that", "which", "pls",
    "please", "plz", "asap", "and", "but", "or", "to", "at", "like", "i", "my",
})  # fmt: skip
"""Words after which a phrase no longer describes the thing ("🎧 for my son")."""


@cache
def _pairs() -> dict[str, str]:
    data = resources.files("agent").joinpath("data/emoji_words.tsv").read_text(encoding="utf-8")
    pairs = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            emoji, word = line.split("\t")
            pairs[emoji] = word.strip()
    return pairs


def with_emoji_words(text: str) -> str:
    """The text with each known product emoji written as its word."""
    pairs = _pairs()
    plain = _VARIATION.sub("", text)
    if not any(ch in pairs for ch in plain):
        return text
    stripped = plain.lstrip()
    if stripped and stripped[0] in pairs:  # "🎧 wireless pls": the words after it describe it
        plain = _after_description(pairs[stripped[0]], stripped[1:])
    out = "".join(f" {pairs[ch]} " if ch in pairs else ch for ch in plain)
    return " ".join(out.split())


def _after_description(word: str, rest: str) -> str:
    """ "wireless" + "headphones": the word placed after the plain words that follow the emoji,
    up to punctuation, a number or a word that starts a complement."""
    tokens = rest.split()
    n = 0
    while n < len(tokens) and re.fullmatch(r"[A-Za-z][A-Za-z'-]*[,.;:!?]*", tokens[n]):
        if tokens[n].lower().rstrip(",.;:!?") in _BOUNDARY:
            break
        n += 1
        if re.search(r"[,.;:!?]$", tokens[n - 1]):
            break
    if n == 0:
        return f"{word} {rest}"
    last = tokens[n - 1]
    end = re.search(r"[,.;:!?]+$", last)
    tokens[n - 1] = f"{last[: end.start()]} {word}{end[0]}" if end else f"{last} {word}"
    return " ".join(tokens)
