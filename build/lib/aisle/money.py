"""Money as integer minor units plus an ISO 4217 code; never a float."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Currencies whose minor unit is not the cent. Everything else has two decimals.
_EXPONENTS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0,
    "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0,
    "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}  # fmt: skip
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_AMOUNT_RE = re.compile(
    r"^\s*(?P<pre>[A-Z]{3}|[$€£¥])?\s*(?P<num>-?[\d,]*\.?\d+)\s*(?P<post>[A-Z]{3})?\s*$"
)


MAX_MINOR_UNITS = 2**63 - 1  # every stored amount and total fits a signed 64-bit integer


class MoneyError(ValueError):
    """A price that cannot be read as an amount in a currency."""


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


class Money(BaseModel):
    """An amount in the currency's minor unit (cents for USD)."""

    model_config = ConfigDict(frozen=True)

    amount: int = Field(description="Integer amount in minor units, e.g. 1999 for $19.99.")
    currency: str = Field(min_length=3, max_length=3, description="ISO 4217 code.")

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str) -> str:
        if not value.isalpha():
            raise ValueError(f"not an ISO 4217 code: {value!r}")
        return value.upper()

    @classmethod
    def parse(cls, text: str, default_currency: str | None = None) -> Money:
        """Read '15.00 USD', 'USD 15', '$15.00' or '15' (with a default currency)."""
        match = _AMOUNT_RE.match(text.strip().upper() if text else "")
        if not match:
            raise MoneyError(f"unreadable price {text!r}")
        code = match["post"] or match["pre"] or default_currency
        code = _SYMBOLS.get(code, code) if code else None
        if not code:
            raise MoneyError(f"price {text!r} has no currency")
        return cls.from_decimal(match["num"].replace(",", ""), code)

    @classmethod
    def from_decimal(cls, value: str | Decimal | int, currency: str) -> Money:
        try:
            number = Decimal(value)
        except InvalidOperation as exc:
            raise MoneyError(f"unreadable amount {value!r}") from exc
        if not number.is_finite():
            raise MoneyError(f"unreadable amount {value!r}")
        if number.adjusted() > 24:  # beyond any price, and beyond Decimal's 28-digit rounding
            raise MoneyError(f"amount {value!r} is too large")
        scaled = (number * (10 ** exponent(currency))).quantize(Decimal(1), ROUND_HALF_UP)
        return cls(amount=int(scaled), currency=currency)

    def to_decimal(self) -> Decimal:
        return Decimal(self.amount).scaleb(-exponent(self.currency))

    def format(self) -> str:
        """Human form for replies: '$19.99' for USD, '19.99 EUR' otherwise."""
        digits = exponent(self.currency)
        text = f"{self.to_decimal():,.{digits}f}"
        return f"${text}" if self.currency == "USD" else f"{text} {self.currency}"

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(amount=self.amount + other.amount, currency=self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(amount=self.amount - other.amount, currency=self.currency)

    def __mul__(self, quantity: int) -> Money:
        if not isinstance(quantity, int):
            raise TypeError("money multiplies by whole quantities only")
        return Money(amount=self.amount * quantity, currency=self.currency)

    def _same_currency(self, other: Money) -> None:
        if self.currency != other.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(amount=0, currency=currency)
