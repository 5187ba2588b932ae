"""Field parsing shared by the importers: prices, availability, categories, option names, HTML."""

from __future__ import annotations

import html
import re
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

from pydantic import ValidationError

from aisle.money import Money, MoneyError
from catalog.model import MAX_AMOUNT, MAX_STOCK

_DECIMAL_COMMA = re.compile(r"^[^.]*\d,\d{1,2}(\s|$)")
_AVAILABILITY = {
    "in_stock": True,
    "in stock": True,
    "preorder": True,
    "backorder": True,
    "out_of_stock": False,
    "out of stock": False,
}
_OPTION_NAMES = {"colour": "color", "color": "color", "size": "size", "material": "material"}


class FieldError(ValueError):
    """One field of a row cannot be read; the message becomes the row's reason."""


def parse_price(text: str, field: str, default_currency: str | None) -> Money:
    """Read a price, refusing '15,00' since a decimal comma would silently become 1500."""
    stripped = text.strip()
    try:
        money = Money.parse(stripped, default_currency)
    except MoneyError as exc:
        reason = str(exc).replace("price", field, 1)
        raise FieldError(reason) from exc
    except ValidationError as exc:
        raise FieldError(f"{field} {text!r} has an unknown currency") from exc
    if _DECIMAL_COMMA.match(stripped):
        raise FieldError(f"{field} {text!r} uses a decimal comma; write it as '15.00 USD'")
    if money.amount <= 0:
        raise FieldError(f"{field} {text!r} is not above zero")
    if money.amount > MAX_AMOUNT:
        raise FieldError(f"{field} {text!r} is too large (at most {MAX_AMOUNT} minor units)")
    return money


def parse_availability(text: str) -> bool:
    """GMC availability; an empty value means in stock, as for a feed without the column."""
    value = text.strip().lower()
    if not value:
        return True
    if value not in _AVAILABILITY:
        allowed = "in_stock, out_of_stock, preorder, backorder"
        raise FieldError(f"availability {text!r} is not one of {allowed}")
    return _AVAILABILITY[value]


def parse_stock(text: str, field: str) -> int | None:
    """Units on hand, at most MAX_STOCK; oversold (negative) counts mean none left."""
    value = text.strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number != number.to_integral_value():
        raise FieldError(f"{field} {text!r} is not a whole number")
    if number > MAX_STOCK:
        raise FieldError(f"{field} {text!r} is more than {MAX_STOCK:,} units")
    return max(int(number), 0)


def category_path(text: str) -> list[str]:
    return [part.strip() for part in text.split(">") if part.strip()]


def option_name(name: str) -> str:
    """Lower-case option names with the British spelling folded: 'Colour' -> 'color'."""
    key = name.strip().lower()
    return _OPTION_NAMES.get(key, key)


def attribute_key(name: str) -> str:
    """Column names as attribute keys: 'Google Shopping / Gender' -> 'google_shopping_gender'."""
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")


def validation_reason(exc: ValidationError) -> str:
    """A pydantic error as one readable line, e.g. 'variants.0.price.amount: ...'."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


class _TextExtractor(HTMLParser):
    _BLOCKS = frozenset({"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(self._skip - 1, 0)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Shopify's Body (HTML) as plain text: paragraphs kept as lines, tags and entities gone."""
    if "<" not in markup:
        return " ".join(html.unescape(markup).split())
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line)
