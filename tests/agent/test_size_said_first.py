"""Of two sizes a message names, the one asked for is the first said ("add a pair in L too, in
case the M is tight"): never whichever a set of sizes happens to yield first, which changed
from one run of Python to the next (string hashing is seeded per process)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.plain_words_shop import PLAIN_WORDS_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return PLAIN_WORDS_PRODUCTS


@pytest.mark.parametrize(("first", "then"), [("M", "L"), ("L", "M")])
def test_the_size_said_first_is_added_beside_the_line(
    agent: ShoppingAgent, first: str, then: str
) -> None:
    turns = talk(
        agent,
        f"add the pima crew tee in olive, size {first}",
        f"add a pair in {then} too first, in case the {first} is tight",
    )
    lines = cart_lines(turns[-1])
    assert lines == sorted(
        [("TEE1", f"olive / {first.lower()}", 1), ("TEE1", f"olive / {then.lower()}", 1)]
    ), turns[-1].reply
