"""Questions about one product answered from its record: "how big is the rolltop backpack?"
gets its capacity, "more info on the task one" is the lamp whose title holds "task", through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


def test_how_big_is_answered_with_the_capacity(agent: ShoppingAgent) -> None:
    turn = talk(agent, "how big is the rolltop backpack?")[0]
    assert ids(turn) == ["BAG1"] and "28 L" in turn.reply


def test_how_big_without_a_measure_says_the_catalog_does_not(agent: ShoppingAgent) -> None:
    turn = talk(agent, "how big is the campus classic backpack?")[0]
    assert ids(turn) == ["BAG2"] and "doesn't give the dimensions" in turn.reply


@pytest.mark.parametrize(
    "said", ["more info on the task one", "details about the mushroom one pls"]
)
def test_a_word_of_one_listed_title_names_it(agent: ShoppingAgent, said: str) -> None:
    turns = talk(agent, "lamps", said)
    assert len(turns[-1].products) == 1 and "carry" not in turns[-1].reply
    assert not turns[-1].reply.startswith("Yes")  # a word of its title asks no yes/no
