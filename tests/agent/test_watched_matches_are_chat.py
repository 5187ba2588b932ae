"""A match, a show or the news the shopper watched is chat, even when "watch" names a kind the
store sells: "did u watch the match last night?" shows no Watches; asking for something to watch
it in is still shopping."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import plain_product
from tests.agent.talk import kinds, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        plain_product("WA1", "Chrono Sport Watch", ["Accessories", "Watches"], "122"),
        plain_product("WA2", "Field 38 Watch", ["Accessories", "Watches"], "193"),
        plain_product("RS1", "Swift Racer Running Shoe", ["Footwear", "Running Shoes"], "82"),
        plain_product("HO1", "Match Day Hoodie", ["Apparel", "Hoodies"], "60"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "random but did u watch the match last night? that ending!!",
        "did you see the game yesterday",
        "have you watched the final?? unreal",
    ],
)
def test_a_match_watched_shows_no_products(agent: ShoppingAgent, said: str) -> None:
    shoes, chat = talk(agent, "running shoes", said)
    assert kinds(shoes) == {"RS"}
    assert chat.products == [] and chat.cart is None, chat.reply


def test_something_to_watch_it_in_is_still_shopping(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "did you watch the match? got any hoodies to wear for the next one")
    assert "HO" in kinds(turn), turn.reply
