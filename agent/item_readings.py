"""Reads a request for several items (agent/item_parts.py) as one request per item, chained in
`then`, when every part names an item: a product in view or quoted, an ordinal, a pointer the
conversation resolves, a cart line (to remove), or a kind the store sells. Otherwise the message
stays the one reading it had ("add two bags of salt and vinegar chips" is one item)."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.cart_phrases import ITEM_BREAK
from agent.context import Context
from agent.item_parts import item_parts, said_as_an_item, without_search_lead
from agent.kind_picks import names_a_kind
from agent.reader_talk import names_sold_kind
from agent.state import ShoppingState
from agent.understanding import Intent, Understanding

_WANTED = {"add": Intent.ADD, "remove": Intent.REMOVE, "search": Intent.SEARCH}
_READ_AS_SEARCH = {Intent.SEARCH, Intent.REFINE, Intent.RECOMMEND}
_ADDED_AFTER_A_QUESTION = re.compile(r"\?\s*(?:and also|and|plus|also)\s+\w", re.I)
"""An item said after a question is done ("got any scarves? and gloves"): said as an item."""
_POINTER = re.compile(r"\b(?:it|this|that|them|those|these)(?: one| ones)?\W*$")
"""An item said only by pointing ("add 3 of it and one peppermint tea"): the product in view,
which no name in that part finds, so each part is read on its own."""
_UNSOLD_WORDS = 2
"""A kind the store does not sell is a part of a list only when named short ("a grinder")."""


def read_item_parts(
    whole: Understanding,
    text: str,
    read: Callable[[str], Understanding],
    state: ShoppingState,
    ctx: Context,
) -> Understanding:
    """The first part's reading with the others in `then`, or `whole` as it was."""
    for kind, parts in item_parts(text):
        if _already_several(whole, kind, text):
            continue
        if kind == "search" and (whole.intent not in _READ_AS_SEARCH or state.awaiting):
            continue
        readings = [read(part) for part in parts]
        added = _ADDED_AFTER_A_QUESTION.search(text) is not None
        if (first := _read_parts(whole, kind, readings, ctx, added)) is not None:
            return first
    return whole


def _read_parts(
    whole: Understanding,
    kind: str,
    readings: list[Understanding],
    ctx: Context,
    added: bool = False,
) -> Understanding | None:
    wanted = _WANTED[kind]
    if any(r.intent is not wanted or r.then for r in readings):
        return None
    if not _every_part_named(readings, kind, ctx, added):
        return None
    if kind == "remove" and not _more_lines(whole, readings):
        return None
    if kind == "add" and not _distinct_products(readings):
        return None  # "the chips and one of that OJ" with no OJ known: "that" is not the chips
    if kind == "search" and len({r.slots.category.lower() for r in readings}) < len(readings):
        return None  # one kind said twice is one search
    first = readings[0]
    first.then = readings[1:]
    return first


def _every_part_named(
    readings: list[Understanding], kind: str, ctx: Context, added: bool = False
) -> bool:
    """Every part names an item; of kinds searched, one the store does not sell may be said
    among sold ones ("coffee and a grinder": the coffee, and no grinders), when said as an item
    ("a grinder", "maybe gloves"), never as a bare word ("salt and vinegar chips" is one item,
    "coffee beans, quick" one search) unless added after a question ("got any scarves? and
    gloves")."""
    if kind == "add":  # "the first coffee and the cheapest grinder": the coffee, and no grinders
        unsold = [r for r in readings if not _names_an_item(r, kind, ctx)]
        return len(unsold) < len(readings) and all(names_a_kind(r.text) for r in unsold)
    if kind != "search":
        return all(_names_an_item(r, kind, ctx) for r in readings)
    if not all(r.slots.category for r in readings):
        return False
    unsold = [r for r in readings if not _names_an_item(r, kind, ctx)]
    short = all(len(_item_words(r)) <= _UNSOLD_WORDS for r in unsold)
    bare = not added and any(not said_as_an_item(r.text) for r in unsold)
    return len(unsold) < len(readings) and short and not bare  # "salt and vinegar chips"


def _already_several(whole: Understanding, kind: str, text: str) -> bool:
    """A reading that already takes every item: "the first and third", titles with their
    options (`slots.items`), "2 sea salt chips and 1 lime chips" (the rules planner's items,
    each found by its name)."""
    refs = whole.references
    if whole.slots.items or len(refs.ordinals) >= 2:
        return True
    parts = [p for p in ITEM_BREAK.split(text.lower()) if p.strip()]
    return kind == "add" and len(parts) > 1 and not any(_POINTER.search(p) for p in parts)


def _item_words(reading: Understanding) -> list[str]:
    words = without_search_lead(reading.slots.category).lower().split()
    return [w for w in words if w not in {"a", "an", "some", "the", "any"}]


def _names_an_item(reading: Understanding, kind: str, ctx: Context) -> bool:
    refs = reading.references
    if kind == "remove":
        return bool(refs.line_product_ids)
    if kind == "search":
        return bool(reading.slots.category) and names_sold_kind(reading.slots.category, ctx)
    if refs.product_ids or refs.ordinals:
        return True
    return names_sold_kind(reading.text, ctx)


def _distinct_products(readings: list[Understanding]) -> bool:
    """No two parts resolve to the same product: each names its own item."""
    meant = [r.references.product_ids[0] for r in readings if r.references.product_ids]
    return len(set(meant)) == len(meant)


def _more_lines(whole: Understanding, readings: list[Understanding]) -> bool:
    """The parts remove more cart lines than the whole message read as one did."""
    lines = {pid for r in readings for pid in r.references.line_product_ids[:1]}
    return len(lines) == len(readings) and len(lines) > len(set(whole.references.line_product_ids))
