"""After paying, "where's that order at now?" and "has order been shipped yet?" ask about that
order; "does it have nuts in it?" is answered from the ingredients a record lists, by the nut it
names (almonds), never "the catalog doesn't say"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, talk


@pytest.mark.parametrize(
    "question",
    ["where's that order at now?", "has order been shipped yet? it's been like 2 days"],
)
def test_a_loose_status_question_after_an_order(agent: ShoppingAgent, question: str) -> None:
    *_, placed, asked = talk(agent, "add the granola", f"checkout: {BUYER}", "yes", question)
    assert placed.order is not None
    assert placed.order.id in asked.reply, asked.reply
    assert asked.products == []


def _cereal(pid: str, title: str, ingredients: str) -> Product:
    return acme_product(
        pid, title, ["Grocery", "Cereal"], "7.99", colors=[], brand="Golden Furrow",
        description="", attributes={"ingredients": ingredients},
    )  # fmt: skip


CEREALS = [
    _cereal("CER1", "Honey Oat Clusters Cereal", "rolled oats and almonds"),
    _cereal("CER2", "Frosted Wheat Squares Cereal", "whole wheat and sugar"),
]


@pytest.mark.parametrize("products", [CEREALS])
@pytest.mark.parametrize(
    "question", ["does it have nuts in it? my son is allergic", "any nuts in it?"]
)
def test_nuts_are_answered_from_the_ingredients(agent: ShoppingAgent, question: str) -> None:
    _, asked = talk(agent, "the Honey Oat Clusters cereal", question)
    assert "almond" in asked.reply.lower() and "doesn't say" not in asked.reply, asked.reply


@pytest.mark.parametrize("products", [CEREALS])
def test_no_nuts_listed_is_said_with_the_ingredients(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "the Frosted Wheat Squares cereal", "does it contain nuts?")
    assert "whole wheat and sugar" in asked.reply and "Yes" not in asked.reply, asked.reply
