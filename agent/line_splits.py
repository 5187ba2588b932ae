"""A cart line of several split between two colours: "make one of them olive", "one black one
navy", "he wants the olive, mine stay black"; or two sizes: "actually one S and one M".

A shop assistant hearing that some of a line should be another colour the product comes in,
while the rest keep theirs, moves only those: the line of two black beanies becomes one black
and one olive. The line is the one of several pieces whose product offers the new colour; when
the cart holds two such lines, or the message names none, nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from agent.cart_lines import LineFacts
from agent.cart_phrases import part_of_line
from agent.intents import CONFIDENT, LIKELY
from agent.order_asides import without_reason
from agent.slots import color_words_in
from agent.split_orders import SEVERAL, offers_colour, shares_of
from agent.understanding import Intent, Understanding
from catalog.colors import color_family

_MAY_SPLIT = {
    Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.UNCLEAR, Intent.ADD,
    Intent.CHANGE_VARIANT, Intent.SET_QUANTITY,  # "actually make it 2 white and 2 sage"
}  # fmt: skip
_COUNTS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNT = r"(\d{1,2}|one|two|three|four|five|an?)"
# "mine stay black", "the other one stays black", "keep one black", "one can stay black"
_KEPT = re.compile(
    r"\b(?:stays?|staying|remains?|keep|kept|still|is fine|are fine|as (?:it|they) (?:is|are))\b"
)


def read_line_split(understanding: Understanding, lines: list[LineFacts], search: Any) -> None:
    """Read a change of some of a line to another colour, the rest staying, as that move."""
    text = understanding.text.lower()
    if (
        understanding.intent not in _MAY_SPLIT
        or (understanding.intent is Intent.ADD and understanding.confidence >= CONFIDENT)
        or "?" in text
    ):
        return
    said = color_words_in(text)
    splits = []
    for line, product in _splittable(understanding, lines, search):
        own = _line_colour(line)
        new = {
            c for c in said if color_family(c) != color_family(own) and offers_colour(product, c)
        }
        if own and len(new) == 1 and (moved := _moved(text, next(iter(new)), own, line.quantity)):
            splits.append((line, next(iter(new)), moved))
    if len(splits) != 1:
        _read_size_split(understanding, lines, search)
        return
    line, colour, moved = splits[0]
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    understanding.references.line_product_ids = [line.product_id]
    understanding.references.product_ids = []
    slots = understanding.slots
    slots.colors, slots.color_words, slots.moved = [colour], [colour], moved
    slots.quantity, slots.size, slots.category = None, None, ""


def _splittable(
    understanding: Understanding, lines: list[LineFacts], search: Any
) -> Iterator[tuple[LineFacts, Any]]:
    """The lines of more than one piece with their products, only those named when any are."""
    named = set(understanding.references.line_product_ids)
    for line in lines:
        product = search.get(line.product_id) if line.quantity > 1 else None
        if product is not None and (not named or line.product_id in named):
            yield line, product


_OPENER = re.compile(
    r"^\W*(?:(?:actually|no|nah|wait|oh|hmm+|sorry|oops|ok(?:ay)?|so|i meant|make (?:it|that"
    r"|them)|change (?:it|that|them) to)\W+)*"
)

_WHOSE = re.compile(
    r"[,;.]\s*(?:the other(?: one)?|the (?:first|second)(?: one)?|one|it|that|they)"
    r"(?:'s|'re| is| are)\s+(?:for|going to)\b.*$"
)
"""Whose a share is, said after the shares ("…, the other one's for my brother"): no share."""


def _read_size_split(understanding: Understanding, lines: list[LineFacts], search: Any) -> None:
    """ "Actually one S and one M" of the line of 2 in S: one of them moves to M. The message is
    the two shares alone, one in the line's own size; the line is the one of that many pieces
    whose product comes in both sizes."""
    text = " ".join(understanding.text.lower().split())
    tail = text[_OPENER.match(text).end() :]  # type: ignore[union-attr]  # it always matches
    tail = without_reason(_WHOSE.sub("", tail))
    if not SEVERAL.search(tail):
        return
    splits = []
    for line, product in _splittable(understanding, lines, search):
        shares = shares_of(tail, product, _line_colour(line) or "")
        own = _line_size(line)
        moved = [s for s in shares if s.size and s.size.lower() != own]
        counted = sum(s.quantity for s in shares) == line.quantity
        if len(shares) == 2 and len(moved) == 1 and counted:
            splits.append((line, moved[0]))
    if len(splits) != 1:
        return
    line, share = splits[0]
    understanding.intent, understanding.confidence = Intent.CHANGE_VARIANT, LIKELY
    refs = understanding.references
    refs.line_product_ids, refs.product_ids = [line.product_id], []
    slots = understanding.slots
    slots.size, slots.moved, slots.quantity, slots.category = share.size, share.quantity, None, ""
    slots.colors, slots.color_words = [], []


def _line_size(line: LineFacts) -> str:
    """The size the line is in, read from its variant title ("Sage / S")."""
    parts = [p.strip().lower() for p in line.variant_title.split(" / ")]
    return next((p for p in parts if color_family(p) is None), "")


def _line_colour(line: LineFacts) -> str | None:
    """The colour the line is in, read from its variant title ("Black / M")."""
    for part in line.variant_title.lower().split(" / "):
        if color_family(part.strip()) is not None:
            return part.strip()
    return None


def _moved(text: str, new: str, own: str, quantity: int) -> int | None:
    """How many of the line go to the new colour: the count said of them ("one of them white",
    "one black one white"), or one when the line's own colour is said to stay ("mine stay
    black")."""
    counted = re.search(
        rf"\b{_COUNT}\s+(?:of them\s+)?(?:in\s+)?(?:the\s+)?{re.escape(new)}\b", text
    )
    own_said = re.search(rf"\b{re.escape(own)}\b", text)
    # "one in white" alone may be one more: only "one black one white" splits the line
    part = part_of_line(text) or (_count(counted[1]) if counted and own_said else None)
    if part is not None:
        return part if 0 < part < quantity else None
    return 1 if own_said and _KEPT.search(text) else None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS.get(word, 1)
