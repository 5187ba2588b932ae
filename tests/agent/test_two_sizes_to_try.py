"""Two sizes of one thing ordered to try, the one that fits kept: "one in S and one in M. ill
keep whichever fits", "can you add …, one S and one L? not sure which fits so I'll return one",
"can I get the L as well?" after the M, "I'm a medium, add …"; then "take out the small" picks
that line, and "you do take returns if one doesn't fit right?" is answered with the policy."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


@pytest.mark.parametrize(
    "said",
    [
        "add the pima crew tee in olive, one in S and one in M. ill keep whichever fits",
        "can you add the pima crew tee in olive, one S and one M? not sure which fits so I'll"
        " return one",
        "add the pima crew tee in olive in both S and M, I'll send back whichever doesn't fit",
    ],
)
def test_two_sizes_said_with_a_return_plan_add_a_line_each(agent: ShoppingAgent, said: str) -> None:
    assert cart_lines(talk(agent, said)[0]) == [("TEE1", "olive / m", 1), ("TEE1", "olive / s", 1)]


def test_a_size_said_bare_picks_one_of_two_lines(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "add the pima crew tee in olive, one in S and one in M", "ok nvm, take out the small"
    )
    assert cart_lines(turns[-1]) == [("TEE1", "olive / m", 1)]


def test_another_size_as_well_adds_a_line_in_the_same_colour(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the pima crew tee in olive, size M",
        "actually can I get the L as well? I'll keep whichever fits",
    )
    assert cart_lines(turns[-1]) == [("TEE1", "olive / l", 1), ("TEE1", "olive / m", 1)]


def test_the_wearers_size_said_before_the_add_is_the_size(agent: ShoppingAgent) -> None:
    turn = talk(agent, "I wear a medium, add the pima crew tee in olive")[0]
    assert cart_lines(turn) == [("TEE1", "olive / m", 1)]


def test_returns_asked_as_a_statement_get_the_policy(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the pima crew tee in olive, one in S and one in M",
        "you do take returns if one doesn't fit right?",
    )
    assert "return" in turns[-1].reply.lower()
    assert len(cart_lines(turns[-1])) == 2
