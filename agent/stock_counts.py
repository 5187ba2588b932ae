"""A count asked of the stock: "u got 4?", "need 10 bags, u have that many?", "how many have you
actually got?". A shop assistant answers with the number on the shelf for the variant meant, and
says "only 3 left" when fewer are there than wanted; a doubt about stock ("is it actually in
stock? another site cancelled my order") is a stock question, never a request to cancel."""

from __future__ import annotations

import re
from typing import Any

from agent.outcome import in_size_order

_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_COUNT = rf"(\d{{1,3}}|{'|'.join(_NUMBERS)})"
_NOT_A_COUNT = (
    r"(?!\s*(?:-|\.\d|oz\b|ounces?|fl\b|in\b|inch|\"|lbs?\b|pounds?|kg\b|g\b|ml\b|l\b|%|w\b"
    r"|mah\b|years?|yrs?\b|yo\b|months?|mins?\b|minutes?|hours?|am\b|pm\b|p\b|people|ppl"
    r"|guests|x\s*\d))"
)
_WANTED = re.compile(
    rf"(?:\b(?:need|needs|want|wanna|got|get|have|buy|order|take|grab|after|do)\s+"
    rf"(?:like\s+|about\s+|around\s+|maybe\s+|at least\s+)?|(?<![\w.])x\s?){_COUNT}\b{_NOT_A_COUNT}"
)
_MORE_THAN = re.compile(
    rf"\bmore than (?:just )?(?:the )?(one|a single|{_COUNT[1:-1]})\b{_NOT_A_COUNT}"
    r"(?!\s*(?:colou?rs?|sizes?|flavou?rs?|styles?|options?|ways?|kinds?|types?|uses?|shades?)\b)"
)
"""A floor asked of the stock ("more than one left?"): one more than it is wanted (not "more than
one colour")."""
_ASKS_ENOUGH = re.compile(
    r"\b(?:that many|so many|enough|(?:u|you|ya)\s*(?:'ve)?\s*(?:got|have|has)\s+(?:\d|[a-z]+\?)"
    r"|(?:can|could) (?:u|you) do \d)"
)
_HOW_MANY = re.compile(
    r"\bhow many\b(?:(?![.?!]).)*?\b(?:have|got|left|in stock|stock|available|remaining)\b"
)
_DOUBTS = re.compile(
    r"\b(?:in stock|(?:have|got) (?:it|any|one|them|those|that many|enough)|sell(?:s|ing)? out"
    r"|sold out|available|how many)\b"
)


def count_wanted(text: str) -> int | None:
    """The count the shopper wants when they ask whether there are that many ("u got 4?")."""
    lowered = " ".join(text.lower().split())
    if not (_ASKS_ENOUGH.search(lowered) or _MORE_THAN.search(lowered)):
        return None
    match = _WANTED.search(lowered)
    if match is None:
        floor = _MORE_THAN.search(lowered)  # "have you more than one left?": two
        if floor is None:
            return None
        said = floor.group(1)
        least = (
            1 if said in ("one", "a single") else int(said) if said.isdigit() else _NUMBERS[said]
        )
        return least + 1
    said = match.group(1)
    count = int(said) if said.isdigit() else _NUMBERS[said]
    return count if count > 1 else None


def asks_how_many(text: str) -> bool:
    """ "how many of those have you actually got?": the stock's count."""
    return bool(_HOW_MANY.search(" ".join(text.lower().split())))


def doubts_stock(text: str) -> bool:
    """A question about stock, also one that tells of an order elsewhere ("last site cancelled
    my order"): with no order here, a stock question and not a cancel."""
    return bool(_DOUBTS.search(" ".join(text.lower().split())))


def counted_stock(title: str, where: str, on_hand: int, wanted: int | None) -> str:
    """The stock answered with its count: "only 3 left" when fewer than wanted."""
    if on_hand <= 0:
        return f"Sorry, {title} is sold out{where} right now."
    if wanted is None:
        return f"We have {on_hand} of {title}{where} in stock right now."
    if on_hand < wanted:
        return f"Sorry, only {on_hand} of {title}{where} left, so not {wanted}."
    return f"Yes, we have {wanted} of {title}{where} in stock ({on_hand} left)."


FEW_LEFT = 3
"""At most this many of the variant asked about: said, as a shop assistant would ("only 1 left")."""


def few_left(in_stock: list[Any], colors: list[str], size: str | None) -> str:
    """ "(only 1 left)" when the one variant asked (a colour and a size, or the product's only
    axis) is nearly gone, else nothing."""
    if len(in_stock) != 1 or not (colors or size):
        return ""
    on_hand = in_stock[0].stock or 0
    return f" (only {on_hand} left)" if 0 < on_hand <= FEW_LEFT else ""


def in_stock_instead(product: Any, asked: list[Any], colors: list[str], size: str | None) -> str:
    """What there is beside a sold-out colour and size: the colour in other sizes, the size in
    other colours ("In navy it's in stock in size 28, 30, 32, 34. In size 36 it's in stock in
    black."); beside a colour or a size alone, the colours or sizes in stock."""
    shades = {(v.color or "").lower() for v in asked}
    sizes = {(v.size or "").lower() for v in asked}
    left = [v for v in product.variants if v.in_stock]
    other_sizes = in_size_order(
        list(dict.fromkeys(v.size for v in left if v.size and (v.color or "").lower() in shades))
    )
    other_colours = list(dict.fromkeys(v.color for v in left if (v.size or "").lower() in sizes))
    said = []
    if colors and size:
        if other_sizes and len(shades) == 1:
            said.append(f"In {next(iter(shades))} it's in stock in size {', '.join(other_sizes)}.")
        if other_colours:
            said.append(f"In size {size} it's in stock in {_joined(other_colours)}.")
    elif colors:  # a colour gone in every size: the colours there are
        if left_colours := list(dict.fromkeys(v.color for v in left if v.color)):
            said.append(f"It's in stock in {_joined(left_colours)}.")
    elif left_sizes := in_size_order(list(dict.fromkeys(v.size for v in left if v.size))):
        said.append(f"It's in stock in size {', '.join(left_sizes)}.")
    return "".join(f" {s}" for s in said)


def whole_product_stock(product: Any) -> str:
    """Stock asked of no colour or size ("what colours are in stock then?"): the colours that
    have any left, then the variants sold out, never one word for the whole product."""
    title = product.title
    sold_out = [v for v in product.variants if not v.in_stock]
    colours = list(dict.fromkeys(v.color for v in product.variants if v.color))
    left = [c for c in colours if any(v.in_stock for v in product.variants if v.color == c)]
    gone = [c for c in colours if c not in left]
    if len(colours) > 1 and left:
        note = f" Sold out in {_joined(gone)}." if gone else ""
        if not gone and sold_out:
            note = " Sold out: " + ", ".join(_label(v) for v in sold_out[:4]) + "."
        return f"Yes, {title} is in stock in {_joined(left)}.{note}"
    note = " Sold out: " + ", ".join(_label(v) for v in sold_out[:4]) + "." if sold_out else ""
    return f"Yes, {title} is in stock.{note}"


def _label(variant: Any) -> str:
    return " ".join(filter(None, [variant.color, variant.size])) or str(variant.id)


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
