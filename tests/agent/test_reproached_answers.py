"""The option an add waits for, given again as a reproach, through `ShoppingAgent.chat`: asked
"which color?" after "add the pima crew tee in navy, size M" (no navy), "no i said olive not navy"
adds the olive M; "you added the wrong size, i wanted medium" keeps M for the add still waiting
for its colour. Neither is searched as a product the store does not carry."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

pytestmark = pytest.mark.parametrize("products", [sample_catalog_products({"T-Shirts"})])


@pytest.mark.parametrize(
    "first", ["add the pima crew tee in navy, size M", "add the pima crew tee size M"]
)
def test_i_said_olive_answers_which_colour(agent: ShoppingAgent, first: str) -> None:
    *_, turn = talk(agent, "show me crew tees", first, "no i said olive not navy")
    assert cart_lines(turn) == [("pima-crew-tee", "olive / m", 1)], turn.reply


def test_wrong_size_before_anything_was_added_keeps_the_size(agent: ShoppingAgent) -> None:
    *_, said, answered = talk(
        agent,
        "add the pima crew tee in navy size L",
        "you added the wrong size, i wanted medium",
        "olive",
    )
    assert "don't carry" not in said.reply and "color" in said.reply.lower(), said.reply
    assert cart_lines(answered) == [("pima-crew-tee", "olive / m", 1)], answered.reply


def test_wrong_size_after_a_real_add_changes_the_line(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "add the pima crew tee in olive size L", "you added the wrong size, i wanted medium"
    )
    assert cart_lines(turn) == [("pima-crew-tee", "olive / m", 1)], turn.reply
