"""A problem told with the kind asked for by name ("what bottles don't leak?", "what mugs have
you got"): that kind is shown, with what fixes the problem, not the thing the problem is about
(the juice spilt, the coffee gone cold)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.problem_shop import drinks_and_their_vessels
from tests.agent.talk import kinds, talk


@pytest.fixture
def products() -> list[Product]:
    return drinks_and_their_vessels()


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("my kids spill juice in the car constantly, what bottles don't leak?", "BTL"),
        ("coffee's always cold by the time I sit down at my desk, what mugs have you got", "MUG"),
    ],
)
def test_the_kind_asked_with_a_problem_is_shown(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kind in kinds(turn) and kinds(turn) <= {kind}, turn.reply


def test_the_shoppers_own_thing_after_what_is_not_the_kind_asked(agent: ShoppingAgent) -> None:
    # "what stops my coffee …": the coffee is the shopper's, the problem (going cold) the search
    (turn,) = talk(agent, "what stops my coffee going cold so fast")
    assert kinds(turn) == {"MUG"}, turn.reply
