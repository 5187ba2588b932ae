"""A kit's or an occasion's label before a product named by its title or short name ("cabin kit:
wool beanie in olive", "first-flat kitchen: the santoku knife", "office kit: a travel mug in
navy 16 oz and a box of jasmine green tea") orders it; a kind alone after a label is a search,
and a short title typed bare, with no label, still lists first."""

from __future__ import annotations

import pytest

from agent.kit_leads import labelled_piece
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

_HATS = ["Accessories", "Hats"]
_KNIVES = ["Kitchen", "Knives"]
_MUGS = ["Kitchen", "Mugs"]
_TEA = ["Grocery", "Tea"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("HAT1", "Wool Beanie Hat", 28, _HATS, {"olive": {"": 5}, "black": {"": 5}}),
        item("HAT2", "Dad Cap Washed Hat", 19, _HATS, {"olive": {"": 5}}),
        item("KNF1", "Santoku 7in Knife", 20, _KNIVES, {"olive": {"": 5}}),
        item("KNF2", "Paring 3.5in Knife", 50, _KNIVES, {"black": {"": 5}}),
        item("KNF3", "8in Chef Knife", 132, _KNIVES, {"black": {"": 5}}),
        item(
            "MUG1", "Travel Insulated Mug", 20, _MUGS, {"navy": {"16 oz": 5}, "sand": {"16 oz": 5}}
        ),
        item("MUG2", "Speckled Camp Mug", 15, _MUGS, {"cream": {"12 oz": 5}}),
        item("TEA1", "Jasmine Green Tea", 12, _TEA, {"": {"": 9}}),
        item("TEA2", "Peppermint Tea", 10, _TEA, {"": {"": 9}}),
    ]


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("cabin kit: wool beanie in olive", ("HAT1", "olive", 1)),
        ("first-flat kitchen: the santoku knife", ("KNF1", "olive", 1)),
        ("gift for my mam: the santoku knife", ("KNF1", "olive", 1)),
        ("long haul flight kit! a wool beanie in black", ("HAT1", "black", 1)),
    ],
)
def test_a_product_named_after_a_kit_label_is_added(
    agent: ShoppingAgent, message: str, line: tuple[str, str, int]
) -> None:
    assert cart_lines(talk(agent, message)[-1]) == [line]


def test_several_titles_after_a_kit_label_are_each_added(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "office survival kit: a travel insulated mug in navy 16 oz and a box of jasmine green tea",
    )[-1]
    assert [line[0] for line in cart_lines(turn)] == ["MUG1", "TEA1"]


@pytest.mark.parametrize(
    "message",
    [
        "cabin kit: a beanie in olive",  # a kind: which beanie is the shopper's to pick
        "the santoku knife",  # a short title typed bare lists first, as before
        "wow! the santoku knife",  # no kit: no label
    ],
)
def test_a_kind_after_a_label_or_a_bare_short_title_is_listed(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    assert cart_lines(turn) == []
    assert ids(turn)


def test_reading_a_label() -> None:
    assert labelled_piece("cabin kit: wool beanie in olive") == "wool beanie in olive"
    assert labelled_piece("festival HQ tent: the family dome 6p") == "the family dome 6p"
    assert labelled_piece("long haul flight kit! travel headphones") == "travel headphones"
    assert labelled_piece("wow! the santoku knife") is None
    assert labelled_piece("quick question: the santoku knife") is None
    assert labelled_piece("the santoku knife") is None
