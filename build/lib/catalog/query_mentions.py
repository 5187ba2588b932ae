"""Brands and categories a query mentions, matched word by word against what the catalog holds.

Word n-gram lookups rather than one big regex keep parsing fast for catalogs with thousands of
brands; categories match singular or plural ("running shoe" ~ "Running Shoes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.colors import known_color_words

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*", re.IGNORECASE)
_CATEGORY_PARTS = re.compile(r"\s*(?:&|,|/|\+|>|\band\b)\s*", re.IGNORECASE)
_GENERIC_CATEGORIES = frozenset(
    {"all", "other", "others", "more", "misc", "miscellaneous", "general", "new", "sale",
     "default", "uncategorized", "products", "product", "item", "items", "accessory"}
)  # fmt: skip
_COLOR_WORDS = frozenset(known_color_words())
_MAX_WORDS = 6
# "by Apple", "made by Apple", "from Apple" (not "made from apple"), "brand Apple", "brand: Apple"
_BRAND_BEFORE = re.compile(r"(?:\bby|(?<!made )\bfrom|\bbrand\s*:?)\s+\Z", re.IGNORECASE)
# "Apple brand", "Apple-brand", "Apple branded"
_BRAND_AFTER = re.compile(r"\s*-?\s*brand(?:ed)?\b", re.IGNORECASE)

Key = tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """Where in the text a catalog name was mentioned, and every stored name it stands for."""

    start: int
    end: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


def find_brands(text: str, brands: frozenset[str]) -> list[Mention]:
    """Brands named in text, longest name first where two overlap ("Nike Air" over "Nike")."""
    return _find(_tokens(text, base_forms=False), _brand_index(brands))


def is_marked_brand(text: str, mention: Mention) -> bool:
    """The shopper says it is the brand they mean: "by Apple", "from Apple", "Apple brand"."""
    before = _BRAND_BEFORE.search(text, 0, mention.start)
    return bool(before or _BRAND_AFTER.match(text, mention.end))


def find_categories(text: str, categories: frozenset[str]) -> list[Mention]:
    """Categories named in text; part of a compound name counts ("kitchen" ~ "Home & Kitchen")."""
    return _find(_tokens(text, base_forms=True), _category_index(categories))


def base_form(word: str) -> str:
    """A crude common form of a word and its plural ("hoodies", "hoodie") so that both match."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("ies", "ie")):
        return word[: -3 if word.endswith("ies") else -2] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Words as brand names are matched: lower case, no apostrophes ("Levi's" ~ "levis")."""
    found = _TOKEN.findall(text.lower())
    if "'" in text or "’" in text:
        return [word.replace("'", "").replace("’", "") for word in found]
    return found


def _tokens(text: str, *, base_forms: bool) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group(0).lower().replace("'", "").replace("’", "")
        tokens.append(_Token(base_form(word) if base_forms else word, *match.span()))
    return tokens


def _key(name: str, *, base_forms: bool) -> Key:
    return tuple(t.word for t in _tokens(name, base_forms=base_forms))


def _find(tokens: list[_Token], index: dict[Key, list[str]]) -> list[Mention]:
    if not index:
        return []
    longest = min(_MAX_WORDS, max(len(k) for k in index))
    mentions: list[Mention] = []
    position = 0
    while position < len(tokens):
        for length in range(min(longest, len(tokens) - position), 0, -1):
            key = tuple(t.word for t in tokens[position : position + length])
            names = index.get(key)
            if names:
                last = tokens[position + length - 1]
                mentions.append(Mention(tokens[position].start, last.end, tuple(names)))
                position += length
                break
        else:
            position += 1
    return mentions


@lru_cache(maxsize=16)
def _brand_index(brands: frozenset[str]) -> dict[Key, list[str]]:
    index: dict[Key, list[str]] = {}
    for brand in sorted(brands):
        key = _key(brand, base_forms=False)
        if len("".join(key)) < 2 or " ".join(key) in _COLOR_WORDS:
            continue
        index.setdefault(key, []).append(brand)
    return index


@lru_cache(maxsize=16)
def _category_index(categories: frozenset[str]) -> dict[Key, list[str]]:
    index: dict[Key, list[str]] = {}
    for category in sorted(categories):
        parts = {category, *_CATEGORY_PARTS.split(category)}
        for part in parts:
            key = _key(part, base_forms=True)
            if not key or " ".join(key) in _GENERIC_CATEGORIES or len("".join(key)) < 3:
                continue
            names = index.setdefault(key, [])
            if category not in names:
                names.append(category)
    return index
