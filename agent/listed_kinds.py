"""A follow-up about one kind of a list of several ("the sunscreen needs to be for kids actually",
"the hex ones, 10 lb", "which mat is the cheapest?" after sunscreen, towels and sandals, or
dumbbells and mats, were listed together): that kind's own list and search (kept per kind by
`agent/tools_kinds.py`) become the ones in view, so the follow-up keeps to that kind and never
refines the kind listed last. A place in the combined list ("the fourth one") stays a place in
it, and a message naming no one kind alone is read against the whole list."""

from __future__ import annotations

import re
from typing import Any

from agent.kind_firsts import kind_first
from agent.list_superlatives import listed_words
from agent.state import KindList, ShoppingState, listed_products, products_of
from catalog.sparse import tokenize

_PLACES = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last|both|each|all"
    r"|\d+(?:st|nd|rd|th)|(?:number|no\.?) \d+)\b|#\s*\d",
    re.I,
)


def kind_in_view(state: ShoppingState, text: str, search: Any) -> tuple[dict[str, Any], str]:
    """The state to read the message against, and the message, when it is about one kind of the
    list of several kinds in view; nothing and the message otherwise."""
    if state.awaiting or state.pending_checkout or not state.shown:
        return {}, text
    text = kind_first(text, listed_products(search, state.shown))  # "the mats first - …"
    if _PLACES.search(text):
        return {}, text
    in_view = {p["id"] for p in state.shown}
    groups = [e for e in state.kind_lists if e["shown"] and _ids(e) < in_view]
    if len(groups) < 2:
        return {}, text
    said = set(tokenize(text))
    words = [_kind_terms(entry, search) for entry in groups]
    named = [
        entry
        for entry, own in zip(groups, words, strict=True)
        if said & own.difference(*(other for other in words if other is not own))
    ]
    if len(named) != 1:
        return {}, text
    entry = named[0]
    return {
        "shown": entry["shown"],
        "query": entry["query"],
        "filters": entry["filters"],
        "further": [],
        "compared": [],
        "focus": None,
    }, text


def _ids(entry: KindList) -> set[str]:
    return {p["id"] for p in entry["shown"]}


def _kind_terms(entry: KindList, search: Any) -> set[str]:
    """The terms of a kind's listed titles and categories."""
    return listed_words(products_of(search, (p["id"] for p in entry["shown"])))
