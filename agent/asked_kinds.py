"""The kind a long, chatty request asks for, so its list is not padded with other kinds.

"My mum only drinks green tea ... what kettle would you recommend?" names tea and kettles; the
clause that asks names the kettle. A short request is scoped to its kind before searching
(agent/kind_scope.py); a long one has no reliable head (ChatShop goals: scoping them by their
first kind noun lost targets), so here the list is only narrowed after the ranking, and only when
the ranking agrees: a product of the kind a short asking clause names is among the best few hits,
the best hit itself when the clause is long and detailed. A product whose own title names the
asked noun is of that kind whatever its category ("SHOPESSA Harem Sweatpants" filed under Casual
pants, "Casart Swivel Barstool" under Chairs): ChatShop goals lost their first-ranked target when
only the category counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.carried import purpose_cut
from agent.chatty import asks
from agent.kind_scope import MOST_LEAVES, leaves_under, named_kinds, short_enough
from agent.kinds import (
    judge_for,
    needs_of_the_thing,
    request_head,
    tells_an_occasion,
    title_head,
    word_before_head,
)
from catalog.query import parse_query
from catalog.sparse import tokenize

AGREE = 5
"""A short asking clause's kind must hold one of this many best hits (a long clause's: the best
hit): the ranking's own reading agrees."""

SUGGESTED_AGREE = 20
"""A kind suggested outright ("she loves tea, like a cute mug") counts when one of this many hits
holds it: the liked thing ranks its own kind first."""
_RELATIVE = re.compile(r"\s(?:where|when|whenever|so that)\s")
"""Where a clause about the kind's use starts ("a kettle where you can set the temperature")."""
_OF = re.compile(r"\b(?!(?:pair|couple|one|two|three|lot|lots|kind|sort|type)\b)[a-z]+ of\b")
"""A kind named inside "a bundle of ...", "a set of ...": what is bought may be something else."""
_SUGGESTS = re.compile(
    r"\W*(?:(?:so|or|and)\s+)?(?:(?:something|anything)\s+)?(?:like|maybe|perhaps|such as|say)"
    r"\s+(?:a|an|some|one of)\b"
)
_SUGGESTED = re.compile(r"^\W*(?:a|an|some)\s+[a-z' -]+\s+(?:maybe|perhaps|possibly)\W*$")
"""A clause that suggests the kind ("she loves tea, like a cute mug or smth"): it names what is
bought, the clause before it what the person likes."""
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|\s+(?=(?:so|but|and)\s+(?:i|we|she|he|they)\b)")


@dataclass(frozen=True)
class AskedKind:
    """The categories asked for, and how many best hits must hold one for the list to keep
    only them."""

    categories: tuple[str, ...] = ()
    agree: int = 0
    heads: tuple[str, ...] = ()
    """The stems of the nouns that asked ("sweatpants"): a title holding one is of the kind."""
    names: tuple[frozenset[str], ...] = ()
    """Per kind asked by its leaf's name, the words of that name said ("snack bars": snack, bar):
    a title must hold them all (a Sound Bar Speaker is no snack bar)."""


def asked_kind(search: Any, text: str) -> AskedKind:
    """The categories the asking clauses of a long request name (none for a short request, or
    when they name none or too many): an asking clause first, else the first clause naming one
    ("running shoes, any brand except Stridewell, ..."), else the request before its purpose
    ("electric kettle where I can set the temperature, mostly for green tea")."""
    if short_enough(text):
        return AskedKind()
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    asking = [_asked_part(c) for c in clauses if asks(c) and not needs_of_the_thing(c)]
    suggested = [_asked_part(c) for c in clauses if _SUGGESTS.match(c) or _SUGGESTED.search(c)]
    # After a first clause that tells a trip ("city break in copenhagen, lots of walking. comfy
    # sneakers") the first clause naming a kind; else the first clause alone: in "a meal with
    # zero added sugar …, choose applesauce flavored one" a later clause only picks among them.
    told = clauses if tells_an_occasion(clauses[0]) else clauses[:1]
    in_turn = [[_asked_part(c)] for c in told]
    for parts in (asking, suggested, *in_turn, [_asked_part(text)]):
        named = [(leaf, part) for part in parts for leaf in _named(search, part)]
        leaves = sorted({leaf for leaf, _ in named})
        if leaves:
            if len(leaves) > MOST_LEAVES:
                return AskedKind()
            agree = AGREE if all(short_enough(part) for _, part in named) else 1
            agree = SUGGESTED_AGREE if parts is suggested else agree  # named outright
            names = {frozenset(tokenize(leaf)) & frozenset(tokenize(part)) for leaf, part in named}
            said = tuple(sorted((n for n in names if n), key=sorted))
            return AskedKind(tuple(leaves), agree, _heads(search, named), said)
    return AskedKind()


def _asked_part(clause: str) -> str:
    """The clause before what the kind is for or how it is used."""
    return _RELATIVE.split(purpose_cut(clause), maxsplit=1)[0]


def _heads(search: Any, named: list[tuple[str, str]]) -> tuple[str, ...]:
    """The nouns that asked for a kind: the words of a leaf's own name the part says
    ("contemporary style barstools for the home": Barstools), and each part's head noun when the
    catalog titles things by it ("yoga pants" for Leggings; never "day" of "wear every day")."""
    terms = {term for leaf, part in named for term in set(tokenize(leaf)) & set(tokenize(part))}
    heads = (request_head(part) for part in dict.fromkeys(part for _, part in named))
    sold = judge_for(search).index().heads
    return tuple(sorted(terms | {h.term for h in heads if h is not None and h.term in sold}))


def _title_nouns(title: str) -> set[str]:
    """The title's terms but the word that only says which kind of its head it is ("Sea Salt
    Kettle Chips" are chips, no kettle)."""
    terms = set(tokenize(title))
    if (head := title_head(title)) and (before := word_before_head(title, head)):
        terms -= set(tokenize(before)) - set(tokenize(head))
    return terms


def _named(search: Any, part: str) -> list[str]:
    """The leaves the part names: by its head noun, else the categories it names ("a bag":
    the leaves under Bags)."""
    if _OF.search(part):  # "a bundle of crackers, spicy beef and cheese": a bundle, no crackers
        return []
    parsed = parse_query(part, search.index.vocabulary())
    named = named_kinds(search, parsed.text, parsed.category_hints, any_length=True)
    if short_enough(part):  # "running shoes, any brand except ...": the leaf named by its name,
        named = [leaf for leaf in named if leaf in parsed.category_hints] or named  # no trail
    return named or leaves_under(search, parsed.category_hints)


def of_asked_kind(hits: list[Any], asked: AskedKind) -> list[Any]:
    """The hits of the asked kinds, when one of the best few is filed under them; else [] (the
    ranking decides). Titles only widen what is kept: a title's "for Men" never makes the
    filter apply (ChatShop goal 454, "men's eau de parfum")."""
    wanted = set(asked.categories)
    heads = set(asked.heads)
    names = asked.names

    def filed(hit: Any) -> bool:
        return bool(wanted & set(hit.product.category))

    def titled(hit: Any) -> bool:
        # Titled as the kind asked, and filed under no kind of that name: a "Trail Running Shoe"
        # is a kind of its own beside Running Shoes, a "Swivel Barstool" filed under Chairs is not.
        path = hit.product.category
        return (
            bool(heads & _title_nouns(hit.product.title))
            and not (path and heads & set(tokenize(path[-1])))
            and (not names or any(name <= _title_nouns(hit.product.title) for name in names))
        )

    if not wanted or not any(filed(h) for h in hits[: asked.agree]):
        return []
    return [h for h in hits if filed(h) or titled(h)]
