"""A product named with two of its possible values and nothing else ("french roast whole bean or
ground", typed on a phone with no question mark) asks which of the two it is: the product's
record answers, not a list of every coffee."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.mark.parametrize("products", [sample_catalog_products({"Coffee", "T-Shirts"})])
@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("french roast whole bean or ground", "whole bean"),
        ("henley waffle tee slim or relaxed", "slim"),
    ],
)
def test_two_values_said_after_a_title_ask_which(
    agent: ShoppingAgent, message: str, answer: str
) -> None:
    (turn,) = talk(agent, message)
    assert answer in turn.reply.lower(), turn.reply
    assert len(turn.products) <= 1, turn.reply
