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


@pytest.mark.parametrize(
    ("text", "line1", "city", "region", "postal", "country"),
    [
        # dots of abbreviations inside the street line and the city are no sentence ends
        ("77 N. Broad St. Apt. 5, Ft. Worth, TX 76102", "77 N. Broad St. Apt. 5", "Ft. Worth",
         "TX", "76102", "US"),
        ("300 W. 5th Ave. Ste. 10 St. Petersburg FL 33701", "300 W. 5th Ave. Ste. 10",
         "St. Petersburg", "FL", "33701", "US"),
        ("send it to 8 Elm Ct, Springfield, il 62704", "8 Elm Ct", "Springfield", "IL", "62704",
         "US"),
        # countries told by the postal code, the city or the street words when none is named
        ("Karl-Marx-Allee 90, 10243 Berlin", "Karl-Marx-Allee 90", "Berlin", "", "10243", "DE"),
        ("Lindenstr. 4, 50674 Köln", "Lindenstr. 4", "Köln", "", "50674", "DE"),
        ("5 bis, rue Oberkampf, 75011 Paris", "5 bis rue Oberkampf", "Paris", "", "75011", "FR"),
        ("Piazza del Duomo 2, 50122 Firenze", "Piazza del Duomo 2", "Firenze", "", "50122", "IT"),
        ("22 Leith Walk, Edinburgh EH6 5AA", "22 Leith Walk", "Edinburgh", "", "EH6 5AA", "GB"),
        ("Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263", "Amsterdam", "",
         "1016 GV", "NL"),
        ("150 King St W, Toronto, ON M5H 1J9", "150 King St W", "Toronto", "ON", "M5H 1J9", "CA"),
        ("9 Pitt St, Sydney NSW 2000", "9 Pitt St", "Sydney", "NSW", "2000", "AU"),
        ("Gran Vía 28, 28013 Madrid, Spain", "Gran Vía 28", "Madrid", "", "28013", "ES"),
        ("14 Harcourt St, Dublin 2, Ireland", "14 Harcourt St", "Dublin 2", "", "", "IE"),
    ],
)  # fmt: skip
def test_addresses_as_shoppers_type_them(
    text: str, line1: str, city: str, region: str, postal: str, country: str
) -> None:
    address = details_in(text)["address"]
    got = tuple(address[k] for k in ("line1", "city", "region", "postal_code", "country"))
    assert got == (line1, city, region, postal, country)


def test_name_email_and_address_in_any_order_and_with_joining_words() -> None:
    details = details_in("42 Birch Lane, Boulder, CO 80302, Mia Chen, mia.chen@example.com")
    assert details["name"] == "Mia Chen" and details["email"] == "mia.chen@example.com"
    assert details["address"]["city"] == "Boulder"
    joined = details_in("I'm Leo Park and my email is leo@park.example")
    assert joined == {"name": "Leo Park", "email": "leo@park.example"}
    line = details_in("Noor Haddad noor@example.ae, 12 Marina Walk, Dubai, UAE")
    assert line["name"] == "Noor Haddad" and line["address"]["country"] == "AE"


def test_at_the_confirmation_only_details_said_unmistakably_count() -> None:
    from agent.buyer import stated_details

    assert stated_details("sounds good") == {}
    assert stated_details("Perfect Thanks") == {}  # two capitalised words are no name here
    assert stated_details("add 2 of the socks, size M") == {}
    assert stated_details("ship it to 3 Elm St, Boise, ID 83702")["address"]["city"] == "Boise"
    assert stated_details("the name should be Rosa Diaz") == {"name": "Rosa Diaz"}
    assert stated_details("wait, use rosa@example.org") == {"email": "rosa@example.org"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("jo smith jo@x.com", "Jo Smith"), ("claire martin, claire.m@example.fr", "Claire Martin")],
)
def test_a_name_typed_in_lower_case_beside_the_email_is_the_name(text: str, name: str) -> None:
    assert details_in(text) == {"email": text.split()[-1], "name": name}


@pytest.mark.parametrize("text", ["use this one jo@x.com", "send updates to jo@x.com"])
def test_words_beside_an_email_are_no_name(text: str) -> None:
    assert "name" not in details_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan, 150-0002 Tokyo, Shibuya-ku, Jingumae 1-2-3",
        "〒150-0002 Tokyo, Shibuya-ku, Jingumae 1-2-3, Japan",
        "Japan 150-0002 Tokyo, Shibuya-ku, Jingumae 1-2-3",
    ],
)
def test_an_address_written_from_the_postal_code_down_to_the_house(text: str) -> None:
    address = details_in(text)["address"]
    assert (address["line1"], address["line2"], address["city"]) == (
        "Jingumae 1-2-3", "Shibuya-ku", "Tokyo",
    )  # fmt: skip
    assert (address["postal_code"], address["country"]) == ("150-0002", "JP")


@pytest.mark.parametrize(
    "text",
    ["3 Church Lane, Kinsale, Co. Cork, Ireland", "Ireland, Co. Cork, Kinsale, 3 Church Lane"],
)
def test_an_irish_address_without_eircode_keeps_town_and_county_apart(text: str) -> None:
    address = details_in(text)["address"]
    assert (address["line1"], address["city"], address["region"]) == (
        "3 Church Lane", "Kinsale", "Co. Cork",
    )  # fmt: skip
    assert missing_details({"name": "A B", "email": "a@b.ie", "address": address}) == []


def test_a_room_number_first_is_no_postal_code_first() -> None:
    text = "Room 1203, 12/F, Sun Plaza, 28 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong"
    found = details_in(text)
    assert "name" not in found
    assert (found["address"]["line1"], found["address"]["city"]) == ("Room 1203", "Kowloon")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ship it to my sister? her name is Ana Souza, Rua Augusta 1500, 01304-001 Sao Paulo",
         "Ana Souza"),
        ("recipient: Tom Hardy, 5 Elm St, Austin TX 78701", "Tom Hardy"),
        ("send it to my mum Mary Jones at 4 Oak Rd, Leeds LS6 2AB", "Mary Jones"),
    ],
)  # fmt: skip
def test_the_recipients_name_given_with_their_address(text: str, name: str) -> None:
    found = details_in(text)
    assert found["name"] == name and found["address"]["postal_code"]


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("Rua Augusta 1500, Sao Paulo SP 01304-001, Brazil", "Sao Paulo", "SP"),
        ("Via Dante 5, 20121 Milano MI, Italy", "Milano", "MI"),
    ],
)
def test_a_state_code_after_the_city_is_its_region(text: str, city: str, region: str) -> None:
    address = details_in(text)["address"]
    assert (address["city"], address["region"]) == (city, region)


@pytest.mark.parametrize(
    ("text", "line1", "city", "postal", "country"),
    [
        ("1 Storgatan 111 22 Stockholm Sweden", "1 Storgatan", "Stockholm", "111 22", "SE"),
        ("Vodickova 5 110 00 Praha Czechia", "Vodickova 5", "Praha", "110 00", "CZ"),
        ("Ul. Prosta 10 00-001 Warszawa Poland", "Ul. Prosta 10", "Warszawa", "00-001", "PL"),
        ("Rua Augusta 100 1100-053 Lisboa Portugal", "Rua Augusta 100", "Lisboa", "1100-053", "PT"),
        ("14 Grafton St Dublin 2 D02 X285 Ireland", "14 Grafton St", "Dublin 2", "D02 X285", "IE"),
        ("88 King St W Toronto ON M5H 1A1 Canada", "88 King St W", "Toronto", "M5H 1A1", "CA"),
    ],
)
def test_an_address_in_one_run_with_a_code_of_two_parts_or_a_numbered_city(
    text: str, line1: str, city: str, postal: str, country: str
) -> None:
    address = details_in(text)["address"]
    found = (address["line1"], address["city"], address["postal_code"], address["country"])
    assert found == (line1, city, postal, country)
