"""A new kind asked after a list with an acknowledgement first ("ok what about some light
dumbbells then"), through `ShoppingAgent.chat`: a search for that kind, never a question about
a product nobody named."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _one(pid: str, title: str, category: list[str]) -> Product:
    return acme_product(pid, title, category, 30, colors=[], brand=None, description="")


@pytest.fixture
def products() -> list[Product]:
    mats, weights = ["Fitness", "Yoga Mats"], ["Fitness", "Dumbbells"]
    return [
        _one("MAT1", "Grip Pro Yoga Mat", mats),
        _one("MAT2", "Cork Natural Yoga Mat", mats),
        _one("DB1", "Hex Rubber Dumbbell", weights),
        _one("DB2", "Neoprene Pair Dumbbell", weights),
    ]


@pytest.mark.parametrize("opener", ["ok", "alright", "hmm ok"])
def test_a_kind_asked_after_ok_is_searched(agent: ShoppingAgent, opener: str) -> None:
    *_, asked = talk(agent, "yoga mats", f"{opener} what about some light dumbbells then")
    assert ids(asked) and all(pid.startswith("DB") for pid in ids(asked)), asked.reply
