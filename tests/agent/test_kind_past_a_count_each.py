"""The kind asked for past a count's unit ("3 pairs of socks, under 25 each"): only that kind is
listed, never sunscreen to fill the list. (Past a story, "... next week, thinking a watch":
tests/agent/test_occasion_before_the_request.py.)"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(
    pid: str, title: str, category: list[str], dollars: str, colour: str, about: str = ""
) -> Product:
    return acme_product(pid, title, category, dollars, colors=[colour], stock=10, description=about)


def count_and_story_shop() -> list[Product]:
    return [
        _item("SOCK1", "Cushioned Crew Socks", ["Apparel", "Socks"], "22.95", "navy"),
        _item("SOCK2", "Run Light Quarter Socks", ["Apparel", "Socks"], "24.99", "black"),
        _item("SOCK3", "Athletic Ankle Socks", ["Apparel", "Socks"], "12.00", "white"),
        _item("SUN1", "Mineral Face Sunscreen SPF 50", ["Beauty", "Sunscreen"], "10.99", "white"),
        _item("SUN2", "Sport Sunscreen SPF 30", ["Beauty", "Sunscreen"], "10.00", "blue"),
        _item(
            "WAT1",
            "Chrono Sport Watch",
            ["Accessories", "Watches"],
            "122.00",
            "black",
            "A sport watch with a chronograph, a gift he will wear every day.",
        ),
        _item(
            "WAT2",
            "Solar Field Watch",
            ["Accessories", "Watches"],
            "127.00",
            "green",
            "A solar field watch, a birthday gift that never needs a battery.",
        ),
        _item("HAT1", "Ribbed Watch Cap Hat", ["Accessories", "Hats"], "16.99", "grey"),
        _item("HAT2", "Trucker Mesh Hat", ["Accessories", "Hats"], "20.99", "black"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return count_and_story_shop()


def test_a_count_each_keeps_to_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "need 3 pairs of socks, under 25 each, anything except white")
    assert sorted(ids(turn)) == ["SOCK1", "SOCK2"]
