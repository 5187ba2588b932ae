"""A request that names its kind only as "ones" or "something" right after a list, through
`ShoppingAgent.chat`: "not those, i want white ones for running" after shoes searches white
shoes for running, "ugh those are all thin, i asked for something thick" after socks searches
thick socks; neither is read as a product called "white" or "thick" the store lacks."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

pytestmark = pytest.mark.parametrize(
    "products", [sample_catalog_products({"Socks", "Running Shoes", "Sneakers", "T-Shirts"})]
)

WHITE_RUNNING = {
    "tempo-glide-4-running-shoe",
    "longhaul-7-running-shoe",
    "stability-pro-running-shoe",
}


@pytest.mark.parametrize(
    "said", ["not those, i want white ones for running", "i want white ones for running"]
)
def test_white_ones_for_running_after_shoes(agent: ShoppingAgent, said: str) -> None:
    *_, turn = talk(agent, "show me shoes", said)
    assert "don't carry" not in turn.reply, turn.reply
    assert ids(turn) and set(ids(turn)) <= WHITE_RUNNING, turn.reply


def test_something_thick_after_thin_socks(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent, "do you have socks?", "ugh those are all thin, i asked for something thick"
    )
    assert "don't carry" not in turn.reply, turn.reply
    assert ids(turn) and all(pid.endswith("socks") for pid in ids(turn)), turn.reply
