"""What a catalog offers someone who is into something: the kinds its own texts say are for it.

"a gift for my dad who hikes" is no search for boots alone: a shop assistant shows socks, a day
pack, a water bottle, a sun hat, whatever the store sells for hiking. The words that say a product
is for an interest are data (`agent/data/interests.tsv`: "hiking" -> hike, trail, trek, ...); the
catalog's titles, categories, descriptions and attributes then decide which of its leaf categories
are for it, so no table names one store's kinds. A leaf counts when enough of its products say so,
not when one product's name shares a word (a Tea Tree Shampoo is not for tea lovers); food is for
an interest only when its names say so (coffee for a coffee lover, no chips for a cook). The list
shown takes the products that say it first, one kind after another, so it is varied.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from agent.kinds import judge_for
from agent.recipients import OCCASIONS, is_person
from agent.vocabulary_cache import per_vocabulary
from catalog.sparse import STOPWORDS, stem

LEAST_PRODUCTS = 2
"""A leaf is for an interest when at least this many of its products say so..."""
LEAST_SHARE = 0.34
"""...or at least this share of them (a leaf of two products, one saying it)."""


@cache
def _interests() -> list[tuple[frozenset[str], tuple[str, ...]]]:
    data = resources.files("agent").joinpath("data/interests.tsv").read_text(encoding="utf-8")
    rows = []
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            said, used = line.split("\t")
            rows.append((frozenset(said.split()), tuple(used.split())))
    return rows


def interest_words(interest: str) -> tuple[str, ...]:
    """The words a catalog uses for things meant for this interest ("hikes" -> hike, trail, ...);
    an interest the data does not list is looked for by its own words ("photography")."""
    said = [w for w in re.findall(r"[a-z][a-z'-]*", interest.lower()) if w not in STOPWORDS]
    for word in said:  # "green tea": the tea; "tea ☕" (read "tea coffee"): the one said first
        for forms, used in _interests():
            if word in forms:
                return used
    return tuple(said)


def is_interest_search(query: str) -> bool:
    """The search is an interest's words as `interest_words` gives them (a gift list's query)."""
    words = tuple(query.lower().split())
    return any(words == used for _, used in _interests())


@dataclass
class _Said:
    """Per word: how many products of each leaf use it; per leaf, how many products it has."""

    leaves_of: dict[str, Counter[str]] = field(default_factory=dict)
    sizes: Counter[str] = field(default_factory=Counter)
    named_in: dict[str, set[str]] = field(default_factory=dict)
    """Per word: the leaves whose product names or category paths use it."""
    foods: set[str] = field(default_factory=set)
    """The leaves of food and drink (products with nutrition facts)."""


@per_vocabulary
def _said(search: Any) -> _Said:
    said = _Said()
    fields = ["product.title", "product.category", "product.description", "product.attributes"]
    for payload in search.index._scroll_payloads([*fields, "product.nutrition"]):
        product = payload.get("product") or {}
        path = [str(c) for c in product.get("category") or []]
        if not path:
            continue
        said.sizes[path[-1]] += 1
        if product.get("nutrition"):
            said.foods.add(path[-1])
        for word in re.findall(
            r"[a-z][a-z-]*", " ".join([str(product.get("title")), *path]).lower()
        ):
            said.named_in.setdefault(word, set()).add(path[-1])
        for word in _text_words(product):
            said.leaves_of.setdefault(word, Counter())[path[-1]] += 1
    return said


def interest_kinds(search: Any, words: tuple[str, ...]) -> list[str]:
    """The leaf categories whose products say they are for the interest, most saying it first."""
    said = _said(search)
    counts: Counter[str] = Counter()
    for word in set(words):
        counts.update(said.leaves_of.get(word, Counter()))
    named = {leaf for word in set(words) for leaf in said.named_in.get(word, ())}
    return [
        leaf
        for leaf, n in counts.most_common()
        if (n >= LEAST_PRODUCTS or n >= LEAST_SHARE * said.sizes[leaf])
        and (leaf not in said.foods or leaf in named)  # coffee for a coffee lover; never
    ]  # kettle-cooked chips for a cook, whose descriptions say "a light cook"


def for_the_interest(hits: list[Any], words: tuple[str, ...]) -> list[Any]:
    """The hits whose products say they are for the interest first, one of each kind in turn
    (the best of each kind, then the second best, ...), the others after them in their order."""
    wanted = set(words)
    saying = [h for h in hits if wanted & _text_words(h.product.model_dump())]
    rest = [h for h in hits if h not in saying]
    nth: Counter[str] = Counter()
    turns = []
    for rank, hit in enumerate(saying):
        leaf = hit.product.category[-1] if hit.product.category else ""
        turns.append((nth[leaf], rank, hit))
        nth[leaf] += 1
    return [hit for _, _, hit in sorted(turns, key=lambda t: (t[0], t[1]))] + rest


def _text_words(product: dict[str, Any]) -> set[str]:
    attributes = product.get("attributes") or {}
    parts = [
        str(product.get("title") or ""), *[str(c) for c in product.get("category") or []],
        str(product.get("description") or ""), *[str(v) for v in attributes.values()],
    ]  # fmt: skip
    return set(re.findall(r"[a-z][a-z-]*", " ".join(parts).lower()))


def names_a_kind_besides(search: Any, text: str, said: str) -> bool:
    """The message names a kind the catalog sells outside the words that said the interest
    ("a present for my niece who runs, she wants running trainers, size 7"): that kind is the
    search, not the interest's kinds."""
    if not said:
        return False
    return names_a_sold_kind(search, text.lower().replace(said, " "))


def names_a_sold_kind(search: Any, text: str) -> bool:
    """Whether a word of the text is the head of a kind the catalog sells (no person, no
    occasion)."""
    rest = text.lower()
    heads = judge_for(search).index().heads
    return any(
        stem(word) in heads and not is_person(word) and word not in OCCASIONS
        for word in re.findall(r"[a-z][a-z'-]*", rest)
        if word not in STOPWORDS
    )
