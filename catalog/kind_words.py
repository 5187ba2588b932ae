"""Shopper words for kinds of product ("kicks", "shades", "rucksack") read as the plain word.

A shopper says "need some new kicks"; the catalog says Sneakers. Search by meaning alone finds
boots for "kicks", and the agent's not-carried rule (agent/kinds.py) judges a word the catalog
never uses by the encoder, which does not know slang. The pairs live in a data file
(catalog/data/kind_words.tsv) so that adding one is not a code change.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def kind_words() -> dict[str, str]:
    """Shopper word -> the plain word for that kind, from catalog/data/kind_words.tsv."""
    data = resources.files("catalog").joinpath("data/kind_words.tsv").read_text(encoding="utf-8")
    pairs: dict[str, str] = {}
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        said, plain = line.split("\t")
        pairs[said.strip().lower()] = plain.strip().lower()
    return pairs


@cache
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


def plain_kind_words(text: str, used: frozenset[str] = frozenset()) -> str:
    """The text with shopper words for kinds replaced by the plain word ("white sneaks" ->
    "white sneakers"); a word in `used` (words the catalog itself uses) is left as it is."""
    pairs = {said: plain for said, plain in kind_words().items() if said not in used}
    if not pairs:
        return text

    def plain(match: re.Match[str]) -> str:
        if _SERVED.search(text[: match.start()]):
            return match[0]
        return pairs[match[1].lower()]

    return _pattern(frozenset(pairs)).sub(plain, text)


_SERVED = re.compile(
    r"(?<!looking )(?<!shopping )(?<!searching )(?<!hunting )(?<!^)\bfor\s+"
    r"(?:(?:the|my|his|her|our|their|your)\s+)?(?:\w+['\u2019]s?\s+)?$",
    re.IGNORECASE,
)
"""A kind the wanted thing is for ("snack bars for the kids' lunch boxes", "a flask for my son's
lunchbox"): what it serves, left in the shopper's words so it does not pass for the kind sought."""


def kind_words_in(text: str) -> set[str]:
    """The shopper words for kinds that this text (a title, a category) itself uses."""
    return {m[1].lower() for m in _pattern(frozenset(kind_words())).finditer(text)}
