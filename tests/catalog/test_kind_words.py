"""Shopper words for kinds of product are read as the plain word, unless the catalog uses them."""

from __future__ import annotations

from catalog.kind_words import kind_words, kind_words_in, plain_kind_words
from catalog.query import Vocabulary, parse_query


def test_slang_for_a_kind_becomes_the_plain_word() -> None:
    assert plain_kind_words("need some new kicks") == "need some new sneakers"
    assert plain_kind_words("any white Sneaks?") == "any white sneakers?"
    assert plain_kind_words("a rucksack for school") == "a backpack for school"


def test_only_whole_words_are_rewritten() -> None:
    assert plain_kind_words("kickstand and sneakers") == "kickstand and sneakers"


def test_a_word_the_catalog_uses_for_a_category_stays() -> None:
    vocabulary = Vocabulary(categories=frozenset({"Trainers"}))
    assert parse_query("white trainers", vocabulary).text == "white trainers"
    assert parse_query("white trainers").text == "white sneakers"


def test_every_pair_is_a_real_rewrite() -> None:
    assert kind_words() and all(said != plain for said, plain in kind_words().items())


def test_a_word_the_catalog_uses_in_titles_stays() -> None:
    assert kind_words_in("Roller Window Shades | Home | Blinds") == {"shades"}
    vocabulary = Vocabulary(kind_words_used=frozenset({"shades", "flip flops"}))
    assert parse_query("blackout shades", vocabulary).text == "blackout shades"
    assert parse_query("beach flip flops", vocabulary).text == "beach flip flops"
    assert parse_query("got any shades?").text == "got any sunglasses"


def test_everyday_names_for_an_insulated_bottle_become_that_kind() -> None:
    assert plain_kind_words("a thermos for soup at work") == "a insulated bottle for soup at work"
    assert plain_kind_words("hip flasks?") == "hip insulated bottles?"
    assert plain_kind_words("an old canteen") == "an old water bottle"


def test_the_everyday_short_name_of_a_drink_becomes_its_kind() -> None:
    assert plain_kind_words("oj") == "orange juice"
    assert plain_kind_words("any OJ for breakfast?") == "any orange juice for breakfast?"
    assert plain_kind_words("a project for school") == "a project for school"
