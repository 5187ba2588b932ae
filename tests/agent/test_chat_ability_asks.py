"""Asking what the assistant can do ("do you just search or can you recommend things?") gets an
explanation of what it does, never a search for the words said along the way ("work", "track")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk


@pytest.mark.parametrize(
    "message",
    [
        "how does this work? do you just search or can you recommend things?",
        "remind me how it works, can you like track my stuff or?",
        "what can you actually help me with? can you give advice on sizes and stuff?",
        "so how do you work, can u compare things too?",
    ],
)
def test_asking_what_the_assistant_can_do_explains_it(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) == []
    assert "recommend" in turn.reply.lower()
    assert "carry" not in turn.reply.lower()


def test_asking_it_to_recommend_a_product_still_recommends(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "can you recommend a trail shoe?")
    assert ids(turn)
