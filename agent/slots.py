"""Slot values in a shopper's words: prices, colours, sizes, quantities, ordinals, buyer details."""

from __future__ import annotations

import re
from typing import Any

from aisle.money import Money
from catalog.colors import color_family, known_color_words

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a pair": 2,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "last": -1,
}  # fmt: skip
_NUM = r"\$?\s*(\d+(?:[.,]\d{1,2})?)"
_PRICE_MAX = re.compile(
    rf"\b(?:under|below|less than|lower than|cheaper than|at most|max(?:imum)?|up to|no more than"
    rf"|within|budget(?: of| is)?)\s*{_NUM}"
)
_PRICE_MIN = re.compile(rf"\b(?:over|above|more than|at least|higher than|from)\s*{_NUM}")
_PRICE_RANGE = re.compile(rf"\bbetween\s*{_NUM}\s*(?:and|-|to)\s*{_NUM}")
_SIZE = re.compile(
    r"\bsize\s*(?:is\s*)?(\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large|x-large)\b"
    r"|\bin (?:a |an )?(\d{1,2}(?:\.5)?|xs|xl|xxl|small|medium|large)\b(?! ?(?:pack|oz|ounce|inch))"
)
_BARE_SIZE = re.compile(r"^\s*(?:size\s*)?(\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl)\s*[.!]?\s*$")
_SIZE_WORDS = {"small": "S", "medium": "M", "large": "L", "x-large": "XL"}
_QUANTITY = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a couple|a pair)\s+"
    r"(?:of (?:them|those|these|it)|pairs?|units?|pieces?|items?|x\b)"
    r"|\b(?:quantity|qty|make it|change it to|set it to)\s*(?:to\s*)?"
    r"(\d{1,2}|two|three|four|five)\b"
    r"|\bx\s?(\d{1,2})\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_PREFIX = re.compile(r"^(?:my name is|name is|name:|i am|i'm|this is|it's)\s+", re.I)
_POSTAL = re.compile(r"\b([A-Z]{2})\s+(\d{5}(?:-\d{4})?)\b")


def price_bounds(text: str, currency: str) -> tuple[int | None, int | None]:
    """(min, max) in minor units named in the text, e.g. "under $120" -> (None, 12000)."""
    low: int | None = None
    high: int | None = None
    if match := _PRICE_RANGE.search(text):
        low, high = _minor(match[1], currency), _minor(match[2], currency)
        return low, high
    if match := _PRICE_MAX.search(text):
        high = _minor(match[1], currency)
    if match := _PRICE_MIN.search(text):
        low = _minor(match[1], currency)
    return low, high


def _minor(number: str, currency: str) -> int:
    return Money.from_decimal(number.replace(",", ""), currency).amount


def colors_in(text: str) -> list[str]:
    """Colour families named in the text ("navy" -> "blue"), in order of mention."""
    found: list[str] = []
    padded = f" {text} "
    for word in known_color_words():
        if re.search(rf"\b{re.escape(word)}\b", padded):
            family = color_family(word)
            if family and family not in found:
                found.append(family)
            padded = padded.replace(word, " ")
    return found


def size_in(text: str, *, bare: bool = False) -> str | None:
    """A size the shopper asked for ("in size 10", "a medium"); `bare` accepts just "10"."""
    match = _SIZE.search(text) or (_BARE_SIZE.match(text) if bare else None)
    if not match:
        return None
    value = next(group for group in match.groups() if group)
    return _SIZE_WORDS.get(value, value.upper())


def quantity_in(text: str) -> int | None:
    match = _QUANTITY.search(text)
    if not match:
        return None
    value = next(group for group in match.groups() if group)
    return int(value) if value.isdigit() else _NUMBER_WORDS.get(value)


def ordinals_in(text: str) -> list[int]:
    """1-based positions named: "the second one" -> [2], "the first two" -> [1, 2], "#3" -> [3]."""
    if match := re.search(r"\b(?:first|top)\s+(two|three|four|five|\d)\b", text):
        count = _NUMBER_WORDS.get(match[1]) or int(match[1])
        return list(range(1, count + 1))
    found: list[tuple[int, int]] = []
    for word, position in ORDINAL_WORDS.items():
        for match in re.finditer(rf"\b{word}\b", text):
            found.append((match.start(), position))
    for match in re.finditer(r"(?:#|\bnumber\s*|\boption\s*|\bno\.\s*|\bitem\s*)(\d{1,2})\b", text):
        found.append((match.start(), int(match[1])))
    if not found and (match := re.search(r"\b(\d)\s*(?:and|&|vs\.?|,)\s*(\d)\b", text)):
        found = [(0, int(match[1])), (1, int(match[2]))]
    ordered: list[int] = []
    for _, position in sorted(found):
        if position not in ordered:
            ordered.append(position)
    return ordered


def buyer_details(text: str) -> dict[str, Any] | None:
    """Name, email and address given together ("Ana Diaz, ana@x.io, 1 Main St, Austin TX 78701")."""
    email_match = _EMAIL.search(text)
    if not email_match:
        return None
    parts = [p.strip(" .") for p in re.split(r"[,;\n]+", text) if p.strip(" .")]
    name = ""
    address_parts: list[str] = []
    for part in parts:
        if _EMAIL.search(part):
            rest = _EMAIL.sub("", part).strip(" .:-")
            rest = re.sub(r"^(?:and\s+)?(?:my\s+)?e-?mail(?: is)?:?", "", rest, flags=re.I).strip()
            if rest and not name and not any(ch.isdigit() for ch in rest):
                name = _NAME_PREFIX.sub("", rest).strip()
            continue
        cleaned = re.sub(r"^(?:and\s+)?(?:ship(?:ping)? )?(?:to|address(?: is)?:?)\s+", "", part)
        if not name and not any(ch.isdigit() for ch in part) and not address_parts:
            name = _NAME_PREFIX.sub("", cleaned).strip()
        else:
            address_parts.append(cleaned.strip())
    if not name or not address_parts:
        return {"name": name or None, "email": email_match[0], "address": None}
    return {"name": name, "email": email_match[0], "address": _address(address_parts)}


def _address(parts: list[str]) -> dict[str, str]:
    """Street, city, region, postal code and country from comma-separated address parts."""
    address = {"line1": parts[0], "city": "", "region": "", "postal_code": "", "country": "US"}
    rest = parts[1:]
    if rest and rest[-1].strip().upper() in {"US", "USA", "UNITED STATES"}:
        rest = rest[:-1]
    for part in rest:
        if match := _POSTAL.search(part.upper()):
            address["region"], address["postal_code"] = match[1], match[2]
            city = part[: match.start()].strip(" ,")
            if city:
                address["city"] = city
        elif not address["city"]:
            address["city"] = part
    return address
