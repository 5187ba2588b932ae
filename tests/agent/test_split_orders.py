"""One product in two sizes or colours said in one message ("one in M for me and one in XL for
my brother", "in olive in S and M", "in white and heather gray, size M") adds a line for each,
through `ShoppingAgent.chat`; several products joined by "+" are each added."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


def test_shares_for_people_add_one_line_each(agent: ShoppingAgent) -> None:
    turn = talk(
        agent, "i'd like the pima crew tee in charcoal, one in S for me and one in L for my dad"
    )[0]
    assert cart_lines(turn) == [("TEE1", "charcoal / l", 1), ("TEE1", "charcoal / s", 1)]


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        (
            "add the pima crew tee in olive in XS and XL",
            [("TEE1", "olive / xl", 1), ("TEE1", "olive / xs", 1)],
        ),
        (
            "put the cushioned crew socks in white and heather gray, size L in my cart",
            [("SOCK1", "heather gray / l", 1), ("SOCK1", "white / l", 1)],
        ),
    ],
)  # fmt: skip
def test_two_values_after_in_add_one_of_each(
    agent: ShoppingAgent, said: str, lines: list[tuple[str, str, int]]
) -> None:
    assert cart_lines(talk(agent, said)[0]) == lines


def test_products_joined_by_plus_are_each_added(agent: ShoppingAgent) -> None:
    turn = talk(agent, "3x cushioned crew socks heather gray S + the navy bike speaker")[0]
    assert cart_lines(turn) == [("SOCK1", "heather gray / s", 3), ("SPK1", "navy", 1)]


@pytest.mark.parametrize(
    "said",
    [
        "add the Pima Crew Tee in olive size M for my wife and the charcoal one in S for her mum",
        "add the pima crew tee in olive size M for me and the same in charcoal size S for my son",
        "add a Pima Crew Tee in olive M and one in charcoal S, for my two boys",
    ],
)
def test_shares_each_in_their_own_colour_and_size(agent: ShoppingAgent, said: str) -> None:
    turn = talk(agent, said)[0]
    assert cart_lines(turn) == [("TEE1", "charcoal / s", 1), ("TEE1", "olive / m", 1)]


def test_size_said_before_the_first_person_is_that_persons(agent: ShoppingAgent) -> None:
    said = "Pima Crew Tee in olive: an L for me, M for my wife and XS for our daughter"
    assert cart_lines(talk(agent, said)[0]) == [
        ("TEE1", "olive / l", 1),
        ("TEE1", "olive / m", 1),
        ("TEE1", "olive / xs", 1),
    ]


def test_shares_then_checkout_adds_every_share(agent: ShoppingAgent) -> None:
    said = (
        "add 2 Pima Crew Tees in olive size M and 1 in XS for my daughter, then i wanna check out"
    )
    turn = talk(agent, said)[0]
    assert cart_lines(turn) == [("TEE1", "olive / m", 2), ("TEE1", "olive / xs", 1)]
