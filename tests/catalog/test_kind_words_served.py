"""A shopper's word for a kind is read as the catalog's word, except where it names what the
wanted thing is for: "snack bars for the kids' lunch boxes" wants snack bars."""

from __future__ import annotations

import pytest

from catalog.kind_words import plain_kind_words


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("lunch boxes for the kids", "lunch food storage sets for the kids"),
        ("need a lunchbox for my daughter", "need a lunch food storage set for my daughter"),
        ("looking for my son's lunch box", "looking for my son's lunch food storage set"),
        ("any tupperware?", "any food storage set?"),
    ],
)
def test_a_lunch_box_is_a_food_storage_set(said: str, meant: str) -> None:
    assert plain_kind_words(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "healthy-ish snack bars for the kids' lunch boxes",
        "an ice pack for her bento box",
    ],
)
def test_the_kind_a_thing_is_for_keeps_its_words(said: str) -> None:
    assert plain_kind_words(said) == said


def test_the_wanted_kind_is_still_read_before_what_it_is_for() -> None:
    """The wanted kind is the shop's word; the thing it is for keeps the shopper's."""
    assert plain_kind_words("cereal bars for my lunchbox") == "granola bars for my lunchbox"
