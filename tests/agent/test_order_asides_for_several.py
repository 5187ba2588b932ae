"""An order for several people closed by who it is for ("…, one for each of the twins", "…, thats
for my dad's birthday") keeps its lines, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.talk import cart_lines, talk
from tests.agent.test_orders_for_several_people import PRODUCTS


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_one_for_each_closing_a_count_keeps_the_count(agent: ShoppingAgent) -> None:
    turn = talk(agent, "2 campus classic backpacks in black, one for each of the twins")[0]
    assert cart_lines(turn) == [("BAG1", "black", 2)]


def test_thats_for_someone_after_several_titles_adds_each(agent: ShoppingAgent) -> None:
    said = "put the ringer tee sage M and the merino hiker socks white L in my cart, thats for dad"
    assert cart_lines(talk(agent, said)[0]) == [("SOC2", "white / l", 1), ("TEE2", "sage / m", 1)]
