"""Names shoppers use for kinds of product, and whether a catalog sells the kind they name.

The encoder finds "monitor" close to Studio Monitor Headphones and "contact lenses" close to
sunglasses, so by closeness alone a store would offer them. A kind named in the lexicon
(agent/data/kind_names.tsv: one kind a line, its British, American, Australian and Indian names)
is sold only when the catalog's own titles or leaf categories name it by one of those names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from catalog.sparse import stem

_OWNED = frozenset({"my", "our", "his", "her", "their", "your", "ur", "mine"})

Name = tuple[str, ...]
"""A name as the stems of its words ("contact lenses" -> ("contact", "lens"))."""


def name_stems(phrase: str) -> Name:
    return tuple(stem(w) for w in re.findall(r"[a-z0-9']+", phrase.lower()))


@cache
def kind_lines() -> tuple[frozenset[Name], ...]:
    """Each kind's names, from agent/data/kind_names.tsv."""
    text = resources.files("agent").joinpath("data/kind_names.tsv").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lines.append(frozenset(name_stems(n) for n in line.split(",") if n.strip()))
    return tuple(lines)


@cache
def kind_name_words() -> frozenset[str]:
    """Every word of the lexicon's names as written ("slippers", "mittens"): a shopper's word for
    a kind, known to the speller, so a kind the store lacks is never respelt as one it sells."""
    text = resources.files("agent").joinpath("data/kind_names.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(w for line in lines for w in re.findall(r"[a-z0-9']+", line.lower()))


def named_kind(words: Iterable[str]) -> frozenset[Name] | None:
    """The kind whose name ends these words ("oxford dress shoes" -> the dress shoes), by the
    longest name; None when no name of the lexicon ends them."""
    said = name_stems(" ".join(words))
    best: tuple[int, frozenset[Name] | None] = (0, None)
    for names in kind_lines():
        for name in names:
            if len(name) > best[0] and said[-len(name) :] == name:
                best = (len(name), names)
    return best[1]


def last_kind_named(text: str) -> str | None:
    """The last name of a kind in the lexicon that a text says anywhere, as written ("I search
    baby stroller for my daughter" -> "stroller"), the longer name where two overlap; never one
    the shopper owns ("use my cell phone hands free": the phone is not what is bought)."""
    words = re.findall(r"[a-z][a-z0-9']*", text.lower().replace("-", " "))  # "ps5"
    said = name_stems(" ".join(words))
    names = {name for line in kind_lines() for name in line}
    for end in range(len(said), 0, -1):
        for size in (3, 2, 1):
            start = end - size
            if start >= 0 and said[start:end] in names:
                if start and words[start - 1] in _OWNED:
                    return None
                return " ".join(words[start:end])
    return None


def sold_under(names: frozenset[Name], heads: set[str], titles: Iterable[Name]) -> bool:
    """Whether a catalog names the kind: a one-word name is a title head or leaf category word,
    a longer one ends in such a word and is written in a title or category ("Throw Blanket")."""
    written = list(titles)
    for name in names:
        if name[-1] not in heads:
            continue
        if len(name) == 1 or any(_holds(title, name) for title in written):
            return True
    return False


def _holds(words: Name, name: Name) -> bool:
    n = len(name)
    return any(words[i : i + n] == name for i in range(len(words) - n + 1))


def owned(text: str, phrase: str) -> bool:
    """Whether the shopper says the kind is theirs already ("carry my laptop")."""
    owners = "|".join(sorted(_OWNED))
    return re.search(rf"\b(?:{owners})\s+{re.escape(phrase)}\b", text.lower()) is not None


_SETTING = (
    "before", "after", "in", "on", "at", "during", "into", "onto", "under", "beside", "near",
    "around", "by", "till", "until",
)  # fmt: skip


def in_a_setting(text: str, word: str) -> bool:
    """Whether the kind's word says where or when, not what is bought ("tea to have before bed",
    "something to read in bed")."""
    setting = "|".join(_SETTING)
    owners = "|".join(sorted(_OWNED | {"the", "a", "an"}))
    found = rf"\b(?:{setting})\s+(?:(?:{owners})\s+)?{re.escape(word)}\b"
    return re.search(found, text.lower()) is not None
