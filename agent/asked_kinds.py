"""The kind a long, chatty request asks for, so its list is not padded with other kinds.

"My mum only drinks green tea ... what kettle would you recommend?" names tea and kettles; the
clause that asks names the kettle. A short request is scoped to its kind before searching
(agent/kind_scope.py); a long one has no reliable head (ChatShop goals: scoping them by their
first kind noun lost targets), so here the list is only narrowed after the ranking, and only when
the ranking agrees: a product of the kind the asking clause names is among the best few hits.
"""

from __future__ import annotations

import re
from typing import Any

from agent.carried import purpose_cut
from agent.chatty import asks
from agent.kind_scope import MOST_LEAVES, leaves_under, named_kinds, short_enough
from catalog.query import parse_query

AGREE = 5
"""The asked kind must hold one of this many best hits: the ranking's own reading agrees."""

_RELATIVE = re.compile(r"\s(?:where|when|whenever|so that)\s")
"""Where a clause about the kind's use starts ("a kettle where you can set the temperature")."""
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|\s+(?=(?:so|but|and)\s+(?:i|we|she|he|they)\b)")


def asked_kinds(search: Any, text: str) -> list[str]:
    """The leaf categories the asking clauses of a long request name ([] for a short request,
    or when they name none or too many): an asking clause first, else the request before its
    purpose ("electric kettle where I can set the temperature, mostly for green tea")."""
    if short_enough(text):
        return []
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    asking = [_asked_part(c) for c in clauses if asks(c)]
    for parts in (asking, [_asked_part(text)]):
        leaves = sorted({leaf for part in parts for leaf in _named(search, part)})
        if leaves:
            return leaves if len(leaves) <= MOST_LEAVES else []
    return []


def _asked_part(clause: str) -> str:
    """The clause before what the kind is for or how it is used."""
    return _RELATIVE.split(purpose_cut(clause), maxsplit=1)[0]


def _named(search: Any, part: str) -> list[str]:
    """The leaves the part names: by its head noun, else the categories it names ("a bag":
    the leaves under Bags)."""
    parsed = parse_query(part, search.index.vocabulary())
    named = named_kinds(search, parsed.text, parsed.category_hints, any_length=True)
    return named or leaves_under(search, parsed.category_hints)


def of_asked_kind(hits: list[Any], leaves: list[str]) -> list[Any]:
    """The hits of the asked kinds, when one of the best few is; else the hits as ranked."""
    if not leaves:
        return hits
    wanted = set(leaves)
    kept = [h for h in hits if wanted & set(h.product.category[-1:])]
    if not any(wanted & set(h.product.category[-1:]) for h in hits[:AGREE]):
        return hits
    return kept
