"""A price limit said anywhere in a long, rambling request is kept, also right after a word the
shopper rules out ("nothing huge and under 150")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import talk


def _bag(pid: str, title: str, price: float) -> Product:
    about = f"The {title}, for the gym and weekends away."
    return acme_product(pid, title, ["Bags", "Duffels"], price, colors=["navy"], description=about)


@pytest.fixture
def products() -> list[Product]:
    return [
        _bag("D1", "Compact Gym Duffel Bag", 60),
        _bag("D2", "Sport 40L Duffel Bag", 95),
        _bag("D3", "Expedition 90L Duffel Bag", 210),
        _bag("D4", "Leather Weekender Duffel Bag", 320),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "right so i need a duffel bag for the gym nothing massive and under 100, navy if possible",
        "need a gym duffel, nothing fancy and below $100 ideally",
    ],
)
def test_the_budget_survives_a_ruled_out_word(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    prices = [p.price.amount for p in turn.products]
    assert prices and max(prices) <= 10000, turn.reply
