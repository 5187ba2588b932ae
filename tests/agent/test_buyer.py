"""Buyer details in any order and shape, and addresses from several countries."""

from __future__ import annotations

import pytest

from agent.buyer import details_in, merge_details, missing_details
from commerce.models import Address


def test_details_add_up_over_messages_and_a_postal_code_can_come_last() -> None:
    draft: dict[str, object] = {}
    for message in ["Ana Diaz", "ana@example.com", "ship to 12 Main St, Austin TX", "78701"]:
        draft = merge_details(draft, details_in(message))
        assert draft, message
    assert missing_details(draft) == []
    assert draft["address"] == {
        "line1": "12 Main St", "line2": "", "city": "Austin", "region": "TX",
        "postal_code": "78701", "country": "US",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "city", "postal", "country"),
    [
        ("12 rue de Rivoli, 75001 Paris, France", "Paris", "75001", "FR"),
        ("Jean Dupont\n3 place Bellecour\n69002 Lyon\nFrance", "Lyon", "69002", "FR"),
        ("Flat 2, 10 Downing St, London SW1A 2AA, UK", "London", "SW1A 2AA", "GB"),
        ("Calle Mayor 5, 28013 Madrid, Spain", "Madrid", "28013", "ES"),
        ("88 Queensway, Admiralty, Hong Kong", "Admiralty", "", "HK"),
        ("12 Main St Austin TX 78701", "Austin", "78701", "US"),
    ],
)
def test_international_addresses(text: str, city: str, postal: str, country: str) -> None:
    address = details_in(text)["address"]
    assert (address["city"], address["postal_code"], address["country"]) == (city, postal, country)


def test_a_postal_code_is_needed_only_where_the_country_uses_them() -> None:
    assert Address(name="A", line_one="88 Queensway", city="Admiralty", country="HK")
    with pytest.raises(ValueError, match="postal code"):
        Address(name="A", line_one="12 Main St", city="Austin", country="US")
    hong_kong = details_in("Li Wei, li@example.hk, 88 Queensway, Admiralty, Hong Kong")
    assert missing_details(hong_kong) == []
    assert missing_details(details_in("Ana Diaz, ana@x.io, 12 Main St, Austin")) == ["postal code"]


def test_product_words_are_not_taken_for_a_name() -> None:
    assert details_in("running shoes") == {}
    assert details_in("my name is ana")["name"] == "Ana"
