"""A yes/no question about one product, then "and the Speckled Camp Mug?" or "and the other
one?": the same question about that product, not its summary."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _mug(pid: str, title: str, material: str, dishwasher: str) -> Product:
    return acme_product(
        pid, title, ["Home", "Mugs"], "17.99", colors=["cream"], brand="Clayfield",
        description="", attributes={"material": material, "dishwasher_safe": dishwasher},
    )  # fmt: skip


MUGS = [
    _mug("MUG1", "Stoneware Diner Mug", "porcelain", "yes"),
    _mug("MUG2", "Speckled Camp Mug", "glazed stoneware", "no"),
    _mug("MUG3", "Enamel Camp Mug", "enamelled steel", "yes"),
]


@pytest.mark.parametrize("products", [MUGS])
@pytest.mark.parametrize(
    "follow_up", ["and the Speckled Camp Mug?", "what about the Speckled Camp Mug?"]
)
def test_the_same_question_of_a_named_product(agent: ShoppingAgent, follow_up: str) -> None:
    first, second = talk(agent, "is the Stoneware Diner Mug dishwasher safe?", follow_up)
    assert first.reply.startswith("Yes"), first.reply
    assert ids(second) == ["MUG2"], second.reply
    assert "not dishwasher safe" in second.reply, second.reply


@pytest.mark.parametrize("products", [MUGS])
def test_a_stock_question_carried_to_the_other_one(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "is the Speckled Camp Mug in stock?",
        "oh. what about the other one, the Enamel Camp Mug?",
    )
    assert ids(asked) == ["MUG3"], asked.reply
    assert asked.reply.startswith("Yes, Enamel Camp Mug is in stock"), asked.reply


@pytest.mark.parametrize("products", [MUGS])
def test_a_question_of_its_own_is_not_replaced(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "is the Stoneware Diner Mug dishwasher safe?",
        "and the Enamel Camp Mug, what's it made of?",
    )
    assert "enamelled steel" in asked.reply and "dishwasher" not in asked.reply, asked.reply


@pytest.mark.parametrize("products", [MUGS])
@pytest.mark.parametrize(
    "follow_up",
    [
        "hm and the Speckled Camp Mug?",
        "hm ok. what about the speckled camp one then",
        "cool, and the Speckled Camp Mug? thinking of getting that instead",
    ],
)
def test_the_same_question_after_a_murmur_or_a_told_plan(
    agent: ShoppingAgent, follow_up: str
) -> None:
    *_, asked = talk(agent, "is the Stoneware Diner Mug dishwasher safe?", follow_up)
    assert ids(asked) == ["MUG2"], asked.reply
    assert "not dishwasher safe" in asked.reply, asked.reply
