"""A change said at the order confirmation changes the cart and places nothing: "actually just 2
boxes", "oh no wait i need an L not an M"; a name after "its" is the buyer's. Through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

_TEA = ["Grocery", "Tea"]
_TEES = ["Clothing", "T-Shirts"]
_DETAILS = "Sam Ortiz, sam.ortiz@example.com, 77 Maple Ave, Columbus OH 43004"


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TEA1", "Earl Grey Lavender Tea", 4, _TEA, {"": {"40 tea bags": 20}}),
        item("TEE1", "Ringer Tee", 15, _TEES, {"charcoal": {"S": 9, "M": 9, "L": 9}}),
    ]


def test_a_smaller_count_of_packages_at_the_confirmation(agent: ShoppingAgent) -> None:
    turns = talk(
        agent, "3 boxes of earl grey lavender tea", f"checkout: {_DETAILS}", "actually just 2 boxes"
    )
    assert turns[1].awaiting_confirmation
    assert [(pid, n) for pid, _, n in cart_lines(turns[-1])] == [("TEA1", 2)], turns[-1].reply


def test_another_size_at_the_confirmation(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add ringer tee charcoal size M",
        f"checkout. {_DETAILS}",
        "oh no wait i need an L not an M",
    )
    assert cart_lines(turns[-1]) == [("TEE1", "charcoal / l", 1)], turns[-1].reply
    assert turns[-1].awaiting_confirmation, turns[-1].reply


def test_a_name_after_its_is_the_buyers(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add ringer tee charcoal size M",
        "checkout, its Rosa Delgado, rosa@example.com, 3300 Sunset Blvd, Los Angeles CA 90026",
    )
    assert turns[-1].awaiting_confirmation, turns[-1].reply


@pytest.mark.parametrize(
    "message",
    ["ok show me the new total before i confirm", "ok let me see the order again first"],
)
def test_an_ok_asking_to_see_the_summary_again_places_nothing(
    agent: ShoppingAgent, message: str
) -> None:
    turns = talk(agent, "add ringer tee charcoal size M", f"checkout. {_DETAILS}", message)
    assert turns[-1].order is None, turns[-1].reply
    assert turns[-1].awaiting_confirmation, turns[-1].reply
    assert "$15.00" in turns[-1].reply, turns[-1].reply
