"""One product for several people, each in their own size or colour: "the pima crew tee in olive,
a small for my son and a large for my husband", "compression knee socks in black for the whole
family, a small for my daughter medium for me and large for my husband".

A shop assistant hears one add per person. Each "for <someone>" closes that person's share; the
share's own words (a count, a size, a colour) pin its variant, and the options said with the
product before the first share ("in olive") hold for every share that does not say its own.
"""

from __future__ import annotations

import re
from typing import Any

from agent.recipients import PERSON_PATTERN
from agent.slots import color_words_in, count_value, size_in
from agent.split_orders import (
    FILLER,
    LEAD,
    Share,
    offers_colour,
    only_options,
    options_of,
    pins,
    product_named,
)
from agent.variants import size_said
from catalog.sparse import tokenize

_FOR_WHOM = re.compile(
    r"\s*,?\s*\b(?:for|to)\s+(?:me|myself|him|her|them|us|you"
    r"|(?:my|our|his|her|their|the|each|every|a|an)\s+(?:(?:whole|little|big|baby|older|younger"
    r"|eldest|oldest|youngest|best|new|other|[a-z]+'s)\s+)*(?:" + PERSON_PATTERN + r")(?:s|es)?)"
    r"(?![\w'])"
)
"""Whom a share is for: "for my son", "for me", "for the whole family", "for my sister's kid"."""
_JOINT = re.compile(r"^(?:\W|\b(?:and|plus|then|also|with)\b)+")
_COUNT = re.compile(
    r"^(?:(?P<count>\d{1,2}|an?|one|two|three|four|five|six|another|the other(?: one)?)\b)?\s*"
    r"(?:(?:pairs?|pieces?|units?)\s+)?(?:(?:one|ones)\s+)?"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SIZE_NAMES = re.compile(
    r"\b(?:(?:extra|x|xx|xtra|double extra|extra extra)[\s-]?)?(?:small|medium|large|big)\b"
)
"""A size said as a word ("a small", "extra large"), which only_options does not know."""
_ALL = re.compile(
    r"^[\s,;:-]*(?:(?:both|all|each|all of them|both of them)\s+(?:in\s+)?(?P<options>[^,;.!]+?))?"
    r"(?P<rest>(?:[\s,;.!]+\w+)*)[\s,;.!]*$"
)
"""What every share has, said after the last person: "…, both in white", "all size M"."""
_OPTION_LEAD = re.compile(r"^(?:(?:in|of|as|with|a|an|the|size)\s+)+")


def recipient_split(text: str, search: Any) -> tuple[Any, list[Share]] | None:
    """(product, its shares) when the message orders one product in a share per person."""
    lowered = " ".join(text.lower().split()).strip(" .!")
    if "?" in lowered:
        return None
    marks = list(_FOR_WHOM.finditer(lowered))
    if len(marks) < 2:
        return None
    pieces, start = [], 0
    for mark in marks:
        pieces.append(lowered[start : mark.start()])
        start = mark.end()
    after = _ALL.match(lowered[start:])
    if after is None or set(tokenize(after["rest"])) - FILLER:
        return None  # words after the last person say something this reading does not hear
    head, rest = pieces[0], [_JOINT.sub("", p).strip() for p in pieces[1:]]
    if not all(rest):
        return None
    lead = LEAD.match(head)
    said_count = count_value(lead["count"]) if lead and lead["count"] else None
    for named, first in _head_readings(head[lead.end() :] if lead else head):
        product = product_named(named, search)
        if product is None:
            continue
        parts = ([first] if first else []) + rest
        common = f"{options_of(named, product)} {after['options'] or ''}".strip()
        found = [_share(part, product, common) for part in parts]
        shares = [share for share in found if share is not None]
        if (
            len(parts) < 2
            or len(shares) < len(parts)
            or _drops_a_share(first, _size_of(product, common), shares)
        ):
            continue
        if said_count is None or said_count == sum(share.quantity for share in shares):
            return product, shares
    return None


def _drops_a_share(first: str, size: str | None, shares: list[Share]) -> bool:
    """A size said with the product that every share says otherwise was a share of its own ("…
    in heather gray: an L for me, M for my wife"), not a size for all."""
    return not first and bool(size) and all(share.size and share.size != size for share in shares)


def _head_readings(head: str) -> list[tuple[str, str]]:
    """The ways the first piece parts into the product said and the first person's share: the
    whole piece names the product ("… socks in black for the whole family"), or its last words
    are the share ("… tee in olive, a small"), shortest share first."""
    words = head.split()
    readings = [(head.strip(" ,;:-"), "")]
    for cut in range(len(words) - 1, 0, -1):
        product, share = " ".join(words[:cut]), " ".join(words[cut:])
        readings.append((product.strip(" ,;:-"), _JOINT.sub("", share).strip()))
    return readings


def _share(part: str, product: Any, common: str) -> Share | None:
    """One person's share: its count and options, the product's common options filling in."""
    count = _COUNT.match(part)
    said = count["count"] if count and count["count"] else ""
    options = _OPTION_LEAD.sub("", part[count.end() if count else 0 :].strip(" ,.!"))
    if not options or not only_options(_SIZE_NAMES.sub(" ", f"{options} {common}"), product):
        return None
    colours = [c for c in color_words_in(options) if offers_colour(product, c)]
    size = _size_of(product, options)
    colours = colours or [c for c in color_words_in(common) if offers_colour(product, c)]
    size = size or _size_of(product, common)
    if not pins(product, colours, size):
        return None
    quantity = int(said) if said.isdigit() else _NUMBERS.get(said, 1)
    words = " ".join([*colours[:1], f"size {size}" if size else ""]).strip()
    return Share(quantity=quantity, words=f"{product.title} in {words}", size=size)


def _size_of(product: Any, options: str) -> str | None:
    if not options:
        return None
    return size_said(product, options) or size_in(options) or size_in(options, bare=True)
