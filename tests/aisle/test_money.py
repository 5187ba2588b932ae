from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisle.money import Money, MoneyError


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("15.00 USD", 1500, "USD"),
        ("USD 15", 1500, "USD"),
        ("$19.99", 1999, "USD"),
        ("1,299.50 EUR", 129950, "EUR"),
        ("1500 JPY", 1500, "JPY"),
        ("2.345 KWD", 2345, "KWD"),
        ("0.005 USD", 1, "USD"),
    ],
)
def test_parse_reads_feed_prices_into_minor_units(text: str, amount: int, currency: str) -> None:
    assert Money.parse(text) == Money(amount=amount, currency=currency)


def test_parse_uses_default_currency_only_when_none_is_given() -> None:
    assert Money.parse("12.5", default_currency="GBP") == Money(amount=1250, currency="GBP")
    assert Money.parse("12.5 USD", default_currency="GBP").currency == "USD"


@pytest.mark.parametrize("text", ["", "free", "15,00,0 US", "12.5", "nan USD", "1e5 USD"])
def test_unreadable_prices_raise_a_clear_error(text: str) -> None:
    with pytest.raises(MoneyError):
        Money.parse(text)


def test_arithmetic_refuses_mixed_currencies_and_floats() -> None:
    usd = Money(amount=500, currency="USD")
    assert usd + usd == Money(amount=1000, currency="USD")
    assert usd * 3 == Money(amount=1500, currency="USD")
    with pytest.raises(MoneyError):
        usd + Money(amount=1, currency="EUR")
    with pytest.raises(TypeError):
        usd * 1.5  # type: ignore[operator]


def test_format_for_replies() -> None:
    assert Money(amount=129950, currency="USD").format() == "$1,299.50"
    assert Money(amount=1500, currency="JPY").format() == "1,500 JPY"


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["USD", "JPY", "KWD", "EUR"]))
def test_decimal_round_trip_is_exact(amount: int, currency: str) -> None:
    money = Money(amount=amount, currency=currency)
    assert Money.from_decimal(money.to_decimal(), currency) == money
    assert isinstance(money.to_decimal(), Decimal)
