"""Which list a pick by kind chooses in: "the first scarf" after hats is the first of the scarves
listed before; "just the kettle for now, the cheapest" after a list of blankets, mugs and kettles
is the cheapest kettle; "the first tee or the first hoodie" is the first of each kind's list. A
kind said that no list holds ("the cheapest grinder" in a coffee shop) picks nothing: never a
product of another kind."""

from __future__ import annotations

import re

from agent.kind_synonyms import KIND_SYNONYMS, kind_form
from agent.size_words import SIZE_WORDS
from agent.slots import ORDINAL_WORDS
from agent.state import ShownProduct
from catalog.colors import color_family

ORDINAL_KIND = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+([a-z]+)"
)
PRICE_KIND = re.compile(r"\b(?:cheaper|cheapest|pricier|priciest|dearer|costlier)\s+([a-z]+)")
_NO_KIND = {
    "one", "option", "item", "thing", "pair", "choice", "pick", "product", "set", "size", "colour",
    "color", "in", "of", "on", "from", "for", "with", "and", "to", "that", "this", "you", "i",
    "please", "pls", "plz", "again", "listed", "shown", "ones", "is", "was", "are", "it", "but",
    "or", "at", "would", "will", "then", "now", "there", "here", "two", "three", "four", "five",
    "six", "few", "couple", "time",
}  # fmt: skip
"""Words after "first"/"cheapest" that name no kind: the list is not narrowed by them (a title
holding "One", as in "Two in One Desktop", is no reason to pick it for "the first one")."""
_HEAD_END = re.compile(r"\s*(?:$|[,.;:!?)]|(?:and|or|too|please|pls|for|from|you|i)\b)")
"""What may follow a noun phrase's last word: "the cheapest grinder", "the first tee or …"."""
_SIZED = re.compile(
    r"\b(?:big|bigger|biggest|small|smaller|smallest|large|larger|largest|little|huge|mini"
    r"|tall|short|travel|family|full|half)[- ]size[d]?\s+[a-z]+|\b(?:big|bigger|biggest|small"
    r"|smaller|smallest|large|larger|largest|little|huge|mini)\s+[a-z]+"
)
"""A size said of the pick ("add the first one, the big bottle"): its noun is the package, not
a kind to choose in."""


def of_kind_said(
    text: str,
    shown: list[ShownProduct],
    lists: list[list[ShownProduct]],
    seen: list[ShownProduct],
    said_by: re.Pattern[str] = ORDINAL_KIND,
) -> list[ShownProduct]:
    """The products a pick chooses among, in their listed order: of the kind said, those in view,
    else the last remembered list holding that kind, else those seen; the whole list in view when
    no kind is said; [] when a kind is said that none of them is."""
    said = _kind_said(text.lower(), said_by, [*shown, *(p for listed in lists for p in listed)])
    if said is None:
        return shown
    kind, a_noun = said
    return _in_kind(kind, shown, lists, seen) or ([] if a_noun else shown)


def picks_of_kinds(
    text: str,
    shown: list[ShownProduct],
    lists: list[list[ShownProduct]],
    seen: list[ShownProduct],
) -> list[str]:
    """ "The first tee or the first hoodie": each place said with its own kind, from that kind's
    list; [] unless two kinds are said so and each is found."""
    lowered, picks = text.lower(), []
    kinds = set()
    for said in ORDINAL_KIND.finditer(lowered):
        kind = _kind_word(said[1])
        if kind is None:
            return []
        pool = _in_kind(kind, shown, lists, seen)
        position = ORDINAL_WORDS.get(said[0].split()[0]) or int(said[0][0])
        index = len(pool) - 1 if position == -1 else position - 1
        if not 0 <= index < len(pool):
            return []
        kinds.add(kind)
        picks.append(pool[index]["id"])
    return picks if len(kinds) >= 2 and len(set(picks)) == len(picks) else []


def of_one_kind_named(text: str, shown: list[ShownProduct]) -> list[ShownProduct]:
    """ "Just the kettle, the cheapest" of a list of blankets, mugs and kettles: the listed
    products of the one kind the message names, when the list holds other kinds too; [] else."""
    said = _kind_said(text.lower(), PRICE_KIND, shown)
    of_kind = _in_kind(said[0], shown, [], []) if said else []
    return of_kind if len(of_kind) < len(shown) else []


_PICK_LEAD = re.compile(
    r"^\W*(?:add|get|grab|and)?\s*(?:one|a|an|some|the|that|this)?\s*"
    r"(?:(?:cheapest|cheaper|priciest|pricier|first|second|third|last|best)\s+)?"
)


def names_a_kind(part: str) -> bool:
    """A part of an order that is only a kind, picked or not ("add the cheapest grinder", "a
    grinder"): a word or two ending in a noun, no "one" nor colour nor size."""
    if _SIZED.search(part.lower()):
        return False  # "add the first one, the big bottle": a size of the first one
    said = words(_PICK_LEAD.sub("", part.lower(), count=1))
    return 1 <= len(said) <= 2 and _kind_word(said[-1]) is not None


def _in_kind(
    kind: str,
    shown: list[ShownProduct],
    lists: list[list[ShownProduct]],
    seen: list[ShownProduct],
) -> list[ShownProduct]:
    meant = KIND_SYNONYMS.get(kind, set()) | {kind}
    for products in [shown, *reversed(lists), seen]:
        if of_kind := [p for p in products if meant & set(words(p["title"]))]:
            return of_kind
    return []


def _kind_said(
    lowered: str, said_by: re.Pattern[str], listed: list[ShownProduct]
) -> tuple[str, bool] | None:
    """The kind a pick names and whether it is said as a noun (the pick's last word): right
    after the place or price word ("the first scarf"), else once elsewhere in the message as
    the last word of a listed title ("just the kettle for now, the cheapest")."""
    said = said_by.search(lowered)
    if said is not None and (kind := _kind_word(said[1])) is not None:
        if _in_kind(kind, listed, [], []):
            return kind, True
        if _HEAD_END.match(lowered, said.end()):
            return kind, True
    heads = {title[-1] for p in listed if (title := words(p["title"]))} - _NO_KIND
    named = {w for w in words(_SIZED.sub(" ", lowered)) if w in heads}
    return (named.pop(), True) if len(named) == 1 else None


def _kind_word(said: str) -> str | None:
    (word,) = words(said)
    if word in _NO_KIND or word in SIZE_WORDS or word.isdigit() or color_family(word):
        return None
    return word


def words(text: str) -> list[str]:
    """Lower-case words in the one form kinds are compared in (`kind_form`), so "sock" names the
    "Socks" and "hoodies" a "Hoodie"."""
    found = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text.lower())
    return [kind_form(w) for w in found]
