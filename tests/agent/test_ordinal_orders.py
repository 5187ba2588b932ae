"""A pick of a listed product by its place with only a count ("the second one, two of them",
"the 2nd, x2", "4th one, 3 boxes pls") is an add of that many, through `ShoppingAgent.chat`; a
place past the end of the list is asked about, never filled with another product."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, talk


def _tea(pid: str, title: str, dollars: str) -> Product:
    variant = Variant(
        id=f"{pid}-box", options={}, price=Money.from_decimal(dollars, "USD"), stock=40
    )
    return Product(id=pid, title=title, category=["Grocery", "Tea"], variants=[variant])


@pytest.fixture
def products() -> list[Product]:
    return [
        _tea("TEA1", "Mint Leaf Tea", "6"),
        _tea("TEA2", "Smoky Black Tea", "7"),
        _tea("TEA3", "Chamomile Night Tea", "5"),
    ]


@pytest.mark.parametrize(
    ("said", "place", "count"),
    [("the second one, two of them", 2, 2), ("the 2nd, x2", 2, 2), ("3rd one, 3 boxes pls", 3, 3)],
)
def test_a_place_and_a_count_adds_that_many(
    agent: ShoppingAgent, said: str, place: int, count: int
) -> None:
    listed, added = talk(agent, "teas", said)
    assert cart_lines(added) == [(ids(listed)[place - 1], "", count)], added.reply


def test_a_place_past_the_list_is_asked_about(agent: ShoppingAgent) -> None:
    listed, picked = talk(agent, "teas", "the 7th one, 2 of them")
    assert cart_lines(picked) == [], picked.reply
    assert f"only showed {len(ids(listed))}" in picked.reply


@pytest.mark.parametrize(
    "asked", ["is the first one noise cancelling?", "does the 2nd one come in red?"]
)
def test_a_question_about_a_place_before_any_list_says_there_is_none(
    agent: ShoppingAgent, asked: str
) -> None:
    """Nothing was listed yet: the shopper is told so, never given a search of their words."""
    (turn,) = talk(agent, asked)
    assert turn.products == [] and "no list" in turn.reply, turn.reply
    assert "carry" not in turn.reply
