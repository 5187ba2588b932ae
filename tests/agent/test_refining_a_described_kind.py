"""A list found from a description ("the big headphones that cover your ears and block out
noise") narrowed by a feature ("only wireless ones please"), through `ShoppingAgent.chat`: the
narrowing keeps the kind listed, never other kinds that have the feature."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _one(pid: str, title: str, category: list[str], wireless: str) -> Product:
    return acme_product(
        pid, title, category, 120, brand=None, description="", attributes={"wireless": wireless}
    )


@pytest.fixture
def products() -> list[Product]:
    phones, keys = ["Electronics", "Headphones"], ["Electronics", "Keyboards"]
    return [
        _one("HP1", "Studio Monitor Headphones", phones, "no"),
        _one("HP2", "Wireless Over-Ear Headphones", phones, "yes"),
        _one("HP3", "Hush ANC Headphones", phones, "yes"),
        _one("HP4", "Retro Wired Headphones", phones, "no"),
        _one("KB1", "Wireless Compact Keyboard", keys, "yes"),
    ]


def test_a_feature_narrows_the_described_kind(agent: ShoppingAgent) -> None:
    listed, narrowed = talk(
        agent,
        "the big headphones that go over your ears and block out the noise around you",
        "only wireless ones please",
    )
    assert listed.products and all(pid.startswith("HP") for pid in ids(listed)), listed.reply
    assert ids(narrowed) and set(ids(narrowed)) <= {"HP2", "HP3"}, narrowed.reply
