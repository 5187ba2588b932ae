"""A value asked of a product where the catalog keeps it under a name the shopper never said: "is
it a stability shoe?" asks `support`, because other running shoes' `support` is "stability". The
record answers with its own value ("No — Tempo Glide 4: support neutral."), never "the catalog
doesn't say whether it is stability shoe".

The catalog's values per attribute are read once per vocabulary from the index."""

from __future__ import annotations

import re
from typing import Any

from agent.vocabulary_cache import per_vocabulary
from catalog.model import Product

_SKIP_KEYS = {"test_case", "package_color", "material", "ingredients"}
_YES_OR_NO = {"yes", "no", "true", "false", "y", "n", "0", "1", "none"}
_MOST_WORDS = 3
"""A value of more words is a description ("water-process decaffeinated beans"), not a class."""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9-]*", text.lower())


@per_vocabulary
def _values(search: Any) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for payload in search.index._scroll_payloads(["product.attributes"]):
        attributes = (payload.get("product") or {}).get("attributes") or {}
        for key, value in attributes.items():
            words = _words(str(value))
            if key in _SKIP_KEYS or str(value).strip().lower() in _YES_OR_NO:
                continue
            if words and len(words) <= _MOST_WORDS and not re.search(r"\d", str(value)):
                found.setdefault(key, set()).update(words)
    return {key: frozenset(words) for key, words in found.items()}


def catalog_values(search: Any) -> dict[str, frozenset[str]]:
    """Per attribute, the words of the catalog's short word values ("support": neutral,
    stability); none for a search without a scrollable index (test doubles)."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return {}
    return _values(search)


def value_answer(
    product: Product, asked: list[str], values: dict[str, frozenset[str]], *, either: bool
) -> str:
    """ "Yes — <title>: support stability." when an asked word is its own value of an attribute,
    "No — <title>: support neutral." when it is another product's value of one it has; plain
    "<title>: support neutral." for an either/or; "" when no asked word is such a value."""
    said = {w.lower() for a in asked for w in _words(a)}
    for key, value in product.attributes.items():
        if key in _SKIP_KEYS or str(value).strip().lower() in _YES_OR_NO:
            continue
        own = set(_words(str(value))) if len(_words(str(value))) <= _MOST_WORDS else set()
        named = said & (values.get(key, frozenset()) | own)
        if not named:
            continue
        fact = f"{product.title}: {key.replace('_', ' ')} {value}."
        if either:
            return fact
        return f"Yes — {fact}" if named & own else f"No — {fact}"
    return ""
