"""How shoppers type a search: misspelt words, slang for kinds, subject clauses, modifier kinds, and
messages about the talk itself that name a product only in passing."""

from __future__ import annotations

import pytest

from agent.kinds import request_head
from agent.meta_talk import about_the_talk
from agent.service import ShoppingAgent
from agent.spelling import Speller
from catalog.model import Product
from tests.agent.store import single_colour, store_products
from tests.agent.talk import ids, talk

REFUSAL = "don't carry"
SPEAKERS = {"SPK1", "SPK2"}


@pytest.fixture
def products() -> list[Product]:
    return [
        *store_products(),
        single_colour("HP1", "Travel Wireless Headphones", 120, ["Audio", "Headphones"], "black"),
        single_colour("HP2", "Studio Wired Headphones", 80, ["Audio", "Headphones"], "silver"),
        single_colour("HOOD1", "Campfire Pullover Hoodie", 55, ["Apparel", "Hoodies"], "black"),
        single_colour("LAP1", "Laptop Pro 24L Backpack", 99, ["Bags", "Backpacks"], "grey"),
        single_colour("KB1", "Quiet Office Keyboard", 70, ["Electronics", "Keyboards"], "white"),
        single_colour("FD1", "Freeze Dried Strawberries", 6, ["Grocery", "Snacks"], "red"),
    ]


CATALOG = ["Travel Wireless Headphones", "Campfire Pullover Hoodie", "Tempo Glide Running Shoe"]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("a pullovr hoodie", "a pullover hoodie"),  # a letter dropped
        ("runing shoe", "running shoe"),  # "runing" is not a word the encoder knows
        ("hoodei undr 50", "hoodie under 50"),  # two neighbours swapped; a shopping word
        ("wireles headphnes in blk", "wireless headphones in black"),
        ("travle headphones", "travel headphones"),
    ],
)
def test_a_misspelt_word_becomes_the_catalogs_word(said: str, meant: str) -> None:
    assert Speller(CATALOG).text(said) == meant


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("blutooth speekr", "bluetooth speaker"),  # a description's word; vowels misspelt
        ("pullovr hoodei", "pullover hoodie"),
        ("a spkr", "a spkr"),  # too few letters to guess
        ("a spoke", "a spoke"),  # an English word stays
    ],
)
def test_misspelt_vowels_and_description_words_are_read(said: str, meant: str) -> None:
    speller = Speller([*CATALOG, "Splash Waterproof Speaker"], ["It pairs by Bluetooth 5.3."])
    assert speller.text(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "campfire hoodie",  # the catalog's own words
        "a tee",  # too short to guess
        "hoodies for hiking",  # English words the encoder knows stay
        "zzzqqq",  # no neighbour: as written
        "size 10.5",
    ],
)
def test_a_known_or_unguessable_word_stays(said: str) -> None:
    assert Speller(CATALOG).text(said) == said


def test_a_misspelt_search_finds_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "got any wireles hedphones?")
    assert set(ids(turn)) & {"HP1", "HP2"}
    assert not set(ids(turn)) & SPEAKERS and REFUSAL not in turn.reply


def test_a_misspelt_kind_with_a_misspelt_budget(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a pullovr hoodie undr 60 please")
    assert ids(turn) == ["HOOD1"]
    assert REFUSAL not in turn.reply


def test_slang_for_headphones(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "need new cans for the train")
    assert set(ids(turn)) & {"HP1", "HP2"} and REFUSAL not in turn.reply


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("show me backpacks i could use for school", "backpacks"),
        ("any tote bags we'd both like", "bags"),
        ("find me running shoes you'd recommend", "shoes"),
        ("womens running shoes", "shoes"),
    ],
)
def test_a_subject_clause_or_a_gender_word_is_not_the_head(text: str, head: str) -> None:
    found = request_head(text)
    assert found is not None and found.word == head


def test_a_kind_sold_with_a_clause_after_it_is_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "show me some backpacks i could carry to the office")
    assert REFUSAL not in turn.reply
    assert set(ids(turn)) & {"LAP1", "BAG9"}


@pytest.mark.slow
def test_what_a_product_is_for_is_not_a_kind_sold(agent: ShoppingAgent) -> None:
    """The store sells a laptop backpack, not laptops (slow: the real encoder judges the kind)."""
    (turn,) = talk(agent, "do you have any laptops")
    assert REFUSAL in turn.reply


@pytest.mark.slow
def test_a_modifier_beside_the_hits_own_kind_is_carried(agent: ShoppingAgent) -> None:
    """ "freeze" is only a modifier in the titles, but the request names the hit's kind too."""
    (turn,) = talk(agent, "looking for freeze dried in strawberries")
    assert REFUSAL not in turn.reply and "FD1" in ids(turn)


@pytest.mark.parametrize(
    "text",
    [
        "asdfasdf ;;;; oops sorry, my kid grabbed the keyboard",
        "lol sorry the cat sat on my keyboard",
        "so what exactly can u do, can u actually order stuff for me or only search",
    ],
)
def test_talk_about_the_conversation_is_not_a_search(text: str) -> None:
    assert about_the_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry, do you have keyboards?",
        "can you find me a keyboard",
        "oops I meant the quiet keyboard",
        "quiet keyboard please",
        "keyboards",
    ],
)
def test_a_request_in_passing_words_is_still_a_search(text: str) -> None:
    assert not about_the_talk(text)


def test_an_apology_naming_a_product_lists_nothing(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "qwqwqwqw ,,,,, sorry lol my cat walked on the keyboard")
    assert ids(turn) == []
    assert REFUSAL not in turn.reply


def test_what_can_you_do_in_chat_speak_is_help(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "hmm what else can u do? can u actually buy stuff for me or nah")
    assert ids(turn) == []
    assert REFUSAL not in turn.reply


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [
        ("a hoodie, nothing more than a hundred", 10000),
        ("jacket, my budget's like 150", 15000),
        ("socks under fifty bucks", 5000),
        ("boots under two hundred and fifty", 25000),
    ],
)
def test_a_price_in_words_is_a_ceiling(said: str, ceiling: int) -> None:
    from agent.number_words import prices_in_digits
    from catalog.query import parse_query

    assert parse_query(prices_in_digits(said)).filters.price_max == ceiling


def test_a_hundred_as_a_quantity_word_is_not_a_price() -> None:
    from agent.number_words import prices_in_digits

    assert prices_in_digits("a hundred percent cotton tee") == "a hundred percent cotton tee"


def test_a_budget_in_words_filters_the_list(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a rain jacket, no more than a hundred")
    assert ids(turn) == ["JKT1"]


def test_a_negation_after_a_complaint_refines_the_list(agent: ShoppingAgent) -> None:
    """A sigh before "anything that isn't white?" does not turn it into a question about one."""
    turns = talk(agent, "sneakers", "meh. they all look the same. anything that isn't white?")
    assert set(ids(turns[0])) >= {"SNK1", "SNK2"}
    assert "SNK2" in ids(turns[1]) and set(ids(turns[1])) <= {"SNK1", "SNK2"}
    assert "Which one" not in turns[1].reply


@pytest.mark.parametrize(
    ("title", "head", "before"),
    [
        ("Wool Beanie Hat", "hat", "beanie"),
        ("Trekking Pole 2P Tent", "tent", None),  # "2P" stands between: a tent, not a pole
        ("Laptop Pro 26L Backpack", "backpack", None),
        ("Food Storage Set, 10 pieces", "set", "storage"),
    ],
)
def test_the_word_right_before_a_titles_head(title: str, head: str, before: str | None) -> None:
    from agent.kinds import word_before_head

    assert word_before_head(title, head) == before


def test_a_modifier_that_is_itself_a_name_of_the_kind() -> None:
    from agent.kinds import _names_kind

    assert _names_kind("daypack", {"backpack"})  # a shared ending: a pack
    assert _names_kind("runners", {"shoe"})  # the shopper-words table: running shoes
    assert not _names_kind("laptop", {"backpack"})
    assert not _names_kind("pole", {"tent"})


@pytest.mark.parametrize("text", ["trail running shoes mens", "hiking boots womens size 8"])
def test_a_gender_word_after_the_kind_is_not_the_head(text: str) -> None:
    found = request_head(text)
    assert found is not None and found.word in {"shoes", "boots"}
