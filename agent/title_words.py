"""The catalog's own short title words, which a shopper may rule out ("a hoodie, no zip").

A negated word of three letters is usually talk ("no way", "not bad", "no one"); it names a
feature to rule out only when the catalog's titles use it ("Fleece Zip Hoodie"), so the rule
reads the titles instead of guessing from a list of English words.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from agent.vocabulary_cache import per_vocabulary
from catalog.sparse import STOPWORDS

SHORT = 3


@per_vocabulary
def _short_title_words(search: Any) -> frozenset[str]:
    found: set[str] = set()
    for payload in search.index._scroll_payloads(["product.title"]):
        title = str((payload.get("product") or {}).get("title") or "").lower()
        found |= {w for w in re.findall(r"[a-z]+", title) if len(w) <= SHORT}
    return frozenset(found - set(STOPWORDS))


def short_title_words(search: Any) -> frozenset[str]:
    """The title words of at most three letters; none for a search without a scrollable index."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return frozenset()
    return _short_title_words(search)


_NEGATED = re.compile(r"\b(?:no|non|not|zero)[ -][a-z]+")


@per_vocabulary
def _negated_title_phrases(search: Any) -> frozenset[str]:
    found: set[str] = set()
    for payload in search.index._scroll_payloads(["product.title"]):
        title = str((payload.get("product") or {}).get("title") or "").lower()
        found |= {m.replace("-", " ") for m in _NEGATED.findall(title)}
    return frozenset(found)


def negated_title_phrases(search: Any) -> frozenset[str]:
    """Title phrases that open with a negator ("No Show Liner Socks", "Non-Stick Pan"): a name,
    never a negation; none for a search without a scrollable index."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return frozenset()
    return _negated_title_phrases(search)


_HYPHENED = re.compile(r"\b([a-z]+)-([a-z]+)\b")


@per_vocabulary
def _word_pairs(search: Any) -> frozenset[str]:
    found: set[str] = set()
    for payload in search.index._scroll_payloads(["product.title", "product.description"]):
        product = payload.get("product") or {}
        title = re.findall(r"[a-z]+", str(product.get("title") or "").lower())
        found |= {f"{a} {b}" for a, b in itertools.pairwise(title) if a not in STOPWORDS}
        described = str(product.get("description") or "").lower()
        found |= {f"{a} {b}" for a, b in _HYPHENED.findall(described)}
    return frozenset(found)


def word_pairs(search: Any) -> frozenset[str]:
    """Two words the catalog writes as one name: next to each other in a title ("power bank" of
    "Power Bank 10000mAh Charger") or joined by a hyphen in a description ("water-resistant").
    A shopper rules such a pair out whole ("not a power bank", "not water resistant"), never by
    its first word alone; none for a search without a scrollable index."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return frozenset()
    return _word_pairs(search)
