"""Several of one product in different options, said once: "2 Dad Caps please, one navy and one
mustard", "three of the Pima Crew Tee: two in black, one in white, all M".

A shop assistant hears two adds of one product, each in its own colour or size, not a search
for caps in navy and yellow. The product is the one whose title holds every word said for it
("Dad Caps": Dad Cap Washed Hat); each share ("one navy", "the other in mustard") must name an
option value of that product, and the shares add up to the count said, if one was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.matching_asides import without_matching
from agent.slots import color_words_in, size_in
from agent.variants import size_said, spelled_options
from catalog.colors import color_family
from catalog.sparse import tokenize

_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|the other|another|the other one)"
_SHARES_START = re.compile(r"(?:[,;:\-–—]\s*|\s+)(?=(?:one|1|two|2|three|3)\b)")
SEVERAL = re.compile(rf"\b(?:and|&|,|;|plus)\s*{_COUNT}\b")
_SHARE_BREAK = re.compile(rf"\s*(?:,|;|&|\band\b|\bplus\b)\s*(?:and\s+)?(?={_COUNT}\b)")
_SHARE = re.compile(
    rf"^(?P<count>{_COUNT})\b(?:\s+(?:of (?:them|those|each)|pairs?|pieces?|units?))?"
    r"(?:\s+(?:in|of|as|with|is|should be|can be|for))?\s*(?P<options>.*)$"
)
ASKS_TO_ADD = re.compile(
    r"^\W*(?:(?:hi|hey|ok(?:ay)?|so|and)\W+)*(?:can|could|would|will) (?:you|i|we)"
    r"(?: please| pls| just| also)* (?:add|put|get|have|grab|order)\b[^?]*\?\W*$"
)
"""An add asked politely, whose question mark asks nothing."""
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "another": 1}
LEAD = re.compile(
    r"^\W*(?:(?:hi+|hey|ok(?:ay)?|so|and|also|please|pls|can i (?:get|have)|could i (?:get|have)"
    r"|(?:can|could|would) you"
    r"|i'?d like|i want|i need|i'?ll take|i'?ll have|give me|get me|add|put|buy|order)\b\W*)*"
    r"(?P<count>\d{1,2}|two|three|four|five|six|a couple of|a pair of)?\s*(?:x\s+)?"
    r"(?:(?:pairs?|packs?|boxes|box|bags?|bottles?|units?|pieces?)\s+of\s+)?"
    r"(?:(?:of\s+)?the\s+)?"
)
FILLER = frozenset(
    tokenize("please pls plz thanks in my cart basket bag trolley to into for me each colour color")
)


@dataclass(frozen=True)
class Share:
    """One part of the count, in its own options."""

    quantity: int
    words: str
    size: str | None


def split_order(text: str, search: Any) -> tuple[Any, list[Share]] | None:
    """(product, its shares) when the message orders one product split across options."""
    lowered = " ".join(without_matching(text.lower())[0].split())  # "… - twinning with …"
    if ASKS_TO_ADD.match(lowered):
        lowered = lowered.rstrip(" ?")  # "can you add the tee in sage, one M and one L?"
    if "?" in lowered:
        return None
    for start in _SHARES_START.finditer(lowered):
        tail = lowered[start.end() :]
        if not SEVERAL.search(tail):
            continue
        found = _read(lowered[: start.start()].strip(" ,;:-"), tail, search)
        if found is not None:
            return found
    return _one_of_each(lowered, search) or _both_sizes(lowered, search)


_IN = re.compile(
    r"\bin\s+(?:both\s+|each of\s+)?"
    r"(?:(?:the\s+|two\s+|2\s+|three\s+|3\s+)?(?:sizes?|colou?rs?)(?:\s*[,:]\s*|\s+))?"
)  # "in two colours, coral and olive"
_VALUE_BREAK = re.compile(
    r"\s*(?:,|;|&|\+|\band\b|\bplus\b)\s*(?:and\s+)?(?:in\s+)?(?:(?:a\s+)?size\s+)?"
)
_ARTICLE = re.compile(r"^an?\s+(?=\d|size\b)")
"""The "a" of a size said as "a 9.5"."""
_EACH = re.compile(
    r"(?:[\s,]+(?:one each|1 each|one of each|of each|each|please|pls|plz|thanks|thx|for me"
    r"|(?:to|in|into) (?:my|the) (?:cart|basket|bag|trolley)))+\W*$"
)


_COMMON_SIZE = re.compile(r"[,;]?\s*(?:both |all |each )?(?:in )?(?:a )?size (?P<size>[\w.-]+)$")
"""A size every value shares, said last: "… in white and heather gray, size M"."""


def _one_of_each(lowered: str, search: Any) -> tuple[Any, list[Share]] | None:
    """ "Add the pima tee in olive in S and M", "the beanie in black and olive": one of each
    value said after "in", every one an option value of the one product named before it."""
    text = _EACH.sub("", lowered).strip(" .!")
    common = _COMMON_SIZE.search(text)
    shared = common["size"] if common else ""
    text = text[: common.start()] if common else text
    for said in _IN.finditer(text):
        values = [_ARTICLE.sub("", v.strip(" .!")) for v in _VALUE_BREAK.split(text[said.end() :])]
        if len(values) < 2 or not all(values):
            continue
        head = text[: said.start()].strip(" ,;:-")
        lead = LEAD.match(head)
        named = head[lead.end() :] if lead else head
        product = product_named(named, search)
        if product is None:
            continue
        count = _number(lead["count"]) if lead and lead["count"] else None
        if count is not None and count != len(values):
            continue  # "2 tees in S and M" is one each; "3 … in S and M" says not how
        title = set(tokenize(product.title))
        rest = " ".join(w for w in named.split() if not set(tokenize(w)) & title)
        rest += f" size {shared}" if shared else ""
        shares = _shares_of_values(values, product, rest)
        if shares:
            return product, shares
    return None


_ADDS_BOTH = re.compile(r"\b(?:add|take|get|order|buy|grab|put)\s+(?:in\s+)?(?:both|one of each)\b")
_TWO_SIZES = re.compile(
    r"\b(?:both|between)\s+(?:(?:the\s+)?sizes?\s+)?(?P<one>[\w.]+)\s+(?:and|&|or)\s+(?P<other>[\w.]+)\b"
)


def _both_sizes(lowered: str, search: Any) -> tuple[Any, list[Share]] | None:
    """ "<title> in burgundy, I can't decide, add both M and L", "I'm between M and L in the
    <title>, white. just add both sizes": the product named by its whole title, one of each size."""
    sizes = _TWO_SIZES.search(lowered)
    if sizes is None or not _ADDS_BOTH.search(lowered):
        return None
    product = _whole_title(lowered, search)
    if product is None:
        return None
    said = [size_in(v, bare=True) or _size_value(product, v) for v in sizes.group("one", "other")]
    colours = [c for c in color_words_in(lowered) if offers_colour(product, c)][:1]
    shares = []
    for size in said:
        if not size or not pins(product, colours, size) or not _sold_in(product, size):
            return None
        words = f"{product.title} in {' '.join(colours)} size {size}"
        shares.append(Share(quantity=1, words=words, size=size))
    return (product, shares) if said[0] != said[1] else None


def _whole_title(lowered: str, search: Any) -> Any:
    """The one product whose whole title the message spells out (the longest, when one title
    holds another)."""
    plain = f" {' '.join(re.findall(r'[a-z0-9]+', lowered))} "
    found = [
        hit.product
        for hit in search.search(lowered, limit=5, parse=False).hits
        if f" {' '.join(re.findall(r'[a-z0-9]+', hit.product.title.lower()))} " in plain
    ]
    longest = sorted(found, key=lambda p: -len(p.title))
    if len(longest) > 1 and len(longest[0].title) == len(longest[1].title):
        return None
    return longest[0] if longest else None


def _sold_in(product: Any, size: str) -> bool:
    return any((v.size or "").lower() == size.lower() for v in product.variants)


def _shares_of_values(values: list[str], product: Any, said_before: str) -> list[Share]:
    shares = []
    for value in values:
        options = f"{value} {said_before}".strip()
        colours = [c for c in color_words_in(options) if offers_colour(product, c)]
        size = (
            size_in(options)
            or size_said(product, options)
            or _size_value(product, value)
            or spelled_options(product, value).get("size")
        )
        if not pins(product, colours, size) or not only_options(options, product):
            return []
        shares.append(Share(quantity=1, words=f"{product.title} in {options}", size=size))
    if len({(s.words, s.size) for s in shares}) < len(shares):
        return []  # the same value twice is no split
    return shares


def _size_value(product: Any, value: str) -> str | None:
    """A size said as the product's own value ("10 in", "32")."""
    wanted = "".join(value.lower().split())
    sizes = {v.size for v in product.variants if v.size}
    return next((s for s in sizes if "".join(s.lower().split()) == wanted), None)


def _read(head: str, tail: str, search: Any) -> tuple[Any, list[Share]] | None:
    lead = LEAD.match(head)
    said_count = _number(lead["count"]) if lead and lead["count"] else None
    named = head[lead.end() :] if lead else head
    product = product_named(named, search)
    if product is None:
        return None
    shares = shares_of(tail, product, options_of(named, product))
    if len(shares) < 2:
        return None
    if said_count is not None and sum(s.quantity for s in shares) != said_count:
        return None
    return product, shares


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return {"a couple of": 2, "a pair of": 2}.get(word, _NUMBERS.get(word, 0))


def product_named(words: str, search: Any) -> Any:
    """The one product whose title holds every term said for it (at least two, or one that is
    most of a short title)."""
    said = set(tokenize(words)) - FILLER
    if not said:
        return None
    found = []
    for hit in search.search(words, limit=5, parse=False).hits:
        title = set(tokenize(hit.product.title))
        named = said - (_option_terms(hit.product, words) - title)  # "… socks in white"
        if named and named <= title and (len(named) >= 2 or len(named) / len(title) >= 0.5):
            found.append(hit.product)
    return found[0] if len(found) == 1 else None


def _option_terms(product: Any, words: str) -> set[str]:
    """The terms of the product's option values and of the colours said."""
    values = {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    return values | {t for word in color_words_in(words) for t in tokenize(word)} | {"size"}


def options_of(named: str, product: Any) -> str:
    """The option words said with the product for every share ("… socks in white")."""
    title = set(tokenize(product.title))
    options = _option_terms(product, named) - title
    return " ".join(w for w in re.findall(r"[a-z0-9-]+", named) if set(tokenize(w)) & options)


_FOR_SOMEONE = re.compile(
    r"\s+for\s+(?:me|myself|him|her|them|us|(?:my|his|her|our|the|a)\s+[a-z]+)\b.*$"
)
"""Whom a share is for, which names no option: "one in XL for my brother"."""
_COMMON = re.compile(
    r"[,;]?\s*\b(?:all|both|each|every one)\b(?:\s+(?:of them|in))?\s+(?P<options>[^,;]+)$"
)
"""Options every share has: "…, all size M", "both in a medium"."""


_SIZE_NAME = re.compile(r"\b(?:extra[\s-]+)?(?:small|medium|large)\b")
"""A share's size said as a word ("one small"), read by `size_in`, no option value itself."""


def shares_of(text: str, product: Any, said_before: str = "") -> list[Share]:
    """The shares said ("one small and one medium"), each pinning the product's options with
    `said_before`; [] when one does not."""
    text = text.strip(" .!")
    common = _COMMON.search(text)
    shared = f" {common['options']}" if common else ""
    shared += f" {said_before}" if said_before else ""
    if common:
        text = text[: common.start()]
    shares = []
    for part in _SHARE_BREAK.split(text):
        match = _SHARE.match(part.strip())
        if match is None:
            return []
        own = _FOR_SOMEONE.sub("", match["options"]).strip(" .!,")
        options = own + shared
        colours = [c for c in color_words_in(options) if offers_colour(product, c)]
        size = size_in(own) or size_in(options) or size_said(product, options)
        named = _SIZE_NAME.sub(" ", options) if size_in(own) else options  # "one small"
        if not pins(product, colours, size) or not only_options(named, product):
            return []  # a share that leaves an option open is not split here
        said = match["count"]
        quantity = int(said) if said.isdigit() else _NUMBERS.get(said.split()[-1], 1)
        words = f"{product.title} in {options}"
        shares.append(Share(quantity=quantity, words=words, size=size))
    return shares


def pins(product: Any, colours: list[str], size: str | None) -> bool:
    """Every option the product varies in (colour, size) is given for the share."""
    varies = {
        key
        for key in {k for v in product.variants for k in v.options}
        if len({v.options.get(key) for v in product.variants}) > 1
    }
    given = ({"color"} if colours else set()) | ({"size"} if size else set())
    return bool(given) and varies <= given


def offers_colour(product: Any, colour: str) -> bool:
    values = {(v.color or "").lower() for v in product.variants}
    return colour in values or color_family(colour) in {color_family(v) for v in values}


def only_options(options: str, product: Any) -> bool:
    left = set(tokenize(options)) - FILLER - {"size"}
    left -= {t for v in product.variants for value in v.options.values() for t in tokenize(value)}
    left -= {t for word in color_words_in(options) for t in tokenize(word)}
    return not {t for t in left if color_family(t) is None}
