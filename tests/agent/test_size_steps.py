"""A cart line one size up or down in plain words ("a size up", "the bigger size", "go down a
size", "swap it for the smaller one"): the next size the product comes in, through
`ShoppingAgent.chat`."""

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
    ("said", "size"),
    [
        ("hmm can i get a size up", "l"),
        ("actually make it the bigger size", "l"),
        ("that might be too big, can you swap it for the smaller one", "s"),
        ("go down a size please", "s"),
    ],
)
def test_a_size_up_or_down_changes_the_line(agent: ShoppingAgent, said: str, size: str) -> None:
    turns = talk(agent, "add the pima crew tee in olive, size M", said)
    assert cart_lines(turns[-1]) == [("TEE1", f"olive / {size}", 1)]


def test_a_bigger_skillet_is_the_next_diameter(agent: ShoppingAgent) -> None:
    turns = talk(agent, "add the cast iron skillet, sage, 10 inch", "can i get the bigger size")
    assert cart_lines(turns[-1]) == [("PAN1", "sage / 12 in", 1)]


def test_a_skillet_named_by_its_inches_changes_size_not_count(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "add the cast iron skillet, sage, 10 inch", "change the skillet to the 12 inch one"
    )
    assert cart_lines(turns[-1]) == [("PAN1", "sage / 12 in", 1)]


def test_two_sizes_of_one_product_are_not_stepped_by_guess(agent: ShoppingAgent) -> None:
    """With the tee in S and in L, "the L one … a size up" must not move the S line: it is no
    change until the line is named in a way the cart can tell apart."""
    turns = talk(
        agent,
        "add the pima crew tee in olive, size S",
        "add the pima crew tee in olive, size L",
        "actually can the L one go a size up",
    )
    assert sorted(cart_lines(turns[-1])) == [("TEE1", "olive / l", 1), ("TEE1", "olive / s", 1)]
