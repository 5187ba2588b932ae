"""After paying: "did it go through?" and "what's my order number?" answer with the order; a name
given in the shopper's own language ("Meu nome é …") counts toward checkout."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, talk


@pytest.mark.parametrize(
    "question", ["did it go through? whats the order number", "did that go through?"]
)
def test_a_question_about_the_order_just_placed(agent: ShoppingAgent, question: str) -> None:
    *_, placed, asked = talk(agent, "add the granola", f"checkout: {BUYER}", "yes", question)
    assert placed.order is not None
    assert placed.order.id in asked.reply and "placed" in asked.reply, asked.reply
    assert asked.products == [] and asked.order is not None
    assert asked.cart is None or not asked.cart.lines  # nothing added again


@pytest.mark.parametrize(
    "question", ["did my granola order go through?", "wheres my granola order at"]
)
def test_the_order_named_by_what_it_held_after_a_later_search(
    agent: ShoppingAgent, question: str
) -> None:
    *_, placed, _, asked = talk(
        agent, "add the granola", f"checkout: {BUYER}", "yes", "also do you have running shoes",
        question,
    )  # fmt: skip
    assert placed.order is not None
    assert placed.order.id in asked.reply, asked.reply
    assert asked.products == [], asked.reply


@pytest.mark.parametrize(
    "name_said",
    [
        "Meu nome é João Silva, email joao.silva@example.com.br",
        "me llamo João Silva, joao.silva@example.com.br",
    ],
)
def test_a_name_given_in_another_language_counts(agent: ShoppingAgent, name_said: str) -> None:
    *_, named, addressed = talk(
        agent,
        "add the oat crunch granola",
        "checkout",
        name_said,
        "Av. Paulista 1000, São Paulo - SP, 01310-100, Brasil",
    )
    assert "João Silva" in named.reply and not named.products
    assert addressed.awaiting_confirmation, addressed.reply
    assert "01310-100 São Paulo, SP" in addressed.reply  # the city, not "SP", is the city
