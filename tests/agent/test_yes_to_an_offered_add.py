"""A plain yes to the agent's own offer 'Say "add it"' does what was offered, through
`ShoppingAgent.chat`: "ok yes", "yes please", "sure do it", "yep" add the product in focus; a
bare "ok" only acknowledges."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import cart_lines, ids, talk


@pytest.mark.parametrize("yes", ["ok yes", "yes please", "sure do it", "yep!"])
def test_a_yes_to_the_offer_adds_it(agent: ShoppingAgent, yes: str) -> None:
    shown, offer, taken = talk(agent, "daypack backpack", "take the first one out of my cart", yes)
    assert 'say "add it"' in offer.reply.lower(), offer.reply
    assert [pid for pid, _, _ in cart_lines(taken)] == ids(shown)[:1], taken.reply


def test_a_bare_ok_adds_nothing(agent: ShoppingAgent) -> None:
    *_, ok = talk(agent, "daypack backpack", "take the first one out of my cart", "ok")
    assert cart_lines(ok) == [], ok.reply
