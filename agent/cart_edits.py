"""Slots of a cart edit read from the words, once the shopper has a cart: a corrected size
("oops i meant 9", "make that a large", "wrong size, I need L not S") and a relative quantity
("take one off" -> -1, "one more" -> +1)."""

from __future__ import annotations

import re

from agent import cart_phrases as cp
from agent.order_reasons import without_reason
from agent.size_words import size_letter
from agent.slots import size_in
from agent.understanding import Slots

_MEANT = re.compile(r"\b(?:i meant|i mean|meant to say|should(?: have)? be(?:en)?)\b")
# "actually make that a large", "change it to 10": the new size is all that follows.
_NEW_SIZE = re.compile(
    r"\b(?:i meant|i mean|meant to say|should(?: have)? be(?:en)?|(?:make|change|switch|swap)"
    r" (?:it|that|this|them|those)(?: to| into)?)\s+(?:an?\s+)?"
)
# Words after the new size that change nothing: "make that a large instead please".
_TRAILING = re.compile(
    r"(?:[\s,]+(?:instead|please|pls|plz|then|thanks|thx|for me|if possible|if you can|now))+"
    r"\W*$"
)
# "go up to a 34", "I'm more of a 36 these days": a number after "a" is a size, not a count.
_A_SIZE = re.compile(
    r"\b(?:up to|down to|more of|for|to|get|need|take|try|want) an? (\d{1,2}(?:\.5)?)\b"
    r"(?![.,]\d|\s*(?:more|of|pairs?|packs?|-pack|pk|pieces?|x\b|%|ct|count|oz|in\b|inch|mm|cm"
    r"|dollars?|bucks|year|month|week|day|hour|minute))"
)

_DROPPED_SIZE = re.compile(
    r"\b(?:remove|drop|delete|ditch|lose|cancel|take out|get rid of)\s+the\s+"
    r"(small|medium|large|x-large|xxs|xs|s|m|l|xl|xxl)\b(?:\s+one)?"
    r"(?=\s*(?:$|[,.!;]|and\b|please\b|pls\b))"
)
"""A line of two sizes of one product dropped by its size word: "remove the medium"."""


def cart_edit_slots(lowered: str, slots: Slots, cart_terms: frozenset[str] = frozenset()) -> None:
    """Fill the size and the quantity change a cart edit gives (lower-case text); `cart_terms`
    are the words naming the cart's lines ("one more beanie")."""
    if not slots.size and (meant := _NEW_SIZE.search(lowered)):
        rest = lowered[meant.end() :].strip(" .!")  # "oops i meant 9", "make that a large"
        rest = _TRAILING.sub("", rest).strip(" .!,")  # "… a large instead please"
        bare = _MEANT.search(meant[0]) or not rest.isdigit()  # "make it 2" is a quantity
        slots.size = (size_in(rest, bare=True) if bare else None) or size_letter(rest)
        slots.quantity = None if slots.size else slots.quantity  # the 9 is the size
    if not slots.size and (said := _A_SIZE.search(lowered)):
        slots.size, slots.quantity = said[1], None  # "go up to a 34 to be safe"
    if not slots.size and (dropped := _DROPPED_SIZE.search(lowered)):
        slots.size = size_in(f"size {dropped[1]}")  # "remove the medium, the small is fine"
    if cp.corrects_variant(lowered) and (corrected := cp.corrected_size(lowered)):
        slots.size = corrected  # "wrong size, I need L not S", "I wanted say L, not XL"
    if times := cp.times_said(lowered):
        slots.times, slots.quantity, slots.change_by = times, None, None  # "double it"
    elif fewer := cp.fewer_by(lowered):
        slots.change_by, slots.quantity = -fewer, None  # "take one off", "one less"
    elif slots.quantity and cp.for_each_line(lowered, slots.quantity):
        slots.each = True  # "make it 2 of each", "make them all 3"
    elif total := cp.total_wanted(lowered):
        slots.quantity, slots.change_by = total, None  # "4 of those in total"
    elif not slots.size and (count := cp.count_instead(lowered)):
        slots.quantity, slots.change_by = count, None  # "oops three not four", "take 3 of it"
    elif more := cp.more_by(lowered) or cp.more_of_a_line(without_reason(lowered), cart_terms):
        slots.change_by, slots.quantity = more, None  # "one more", "one more mat, for my husband"
    slots.moved = cp.part_of_line(lowered)  # "one of them in navy instead"
