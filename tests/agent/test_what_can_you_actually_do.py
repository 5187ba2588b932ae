""" "What can you actually do for me with those?" after a list asks what the assistant can do,
hedged as shoppers hedge it: the answer says how to add, compare or ask, not "Alright"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import talk


@pytest.mark.parametrize(
    "said",
    [
        "wait what can you actually do for me with those?",
        "what can u really do here?",
        "so what can you even do",
    ],
)
def test_a_hedged_what_can_you_do_is_help(agent: ShoppingAgent, said: str) -> None:
    _, turn = talk(agent, "trail running shoes", said)
    assert turn.products == [] and turn.cart is None, turn.reply
    assert any(word in turn.reply.lower() for word in ("cart", "compare", "add")), turn.reply
