"""A feature asked of a whole list ("are any of these noise cancelling?") is answered in the
shopper's words, as a thing the products have when their records say they have it: "2 of these
4 have noise cancelling: …", never "2 of these 4 are noise: …"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk

HEADPHONES = ["Electronics", "Audio", "Headphones"]


def _headphones(pid: str, title: str, price: float, feature: str) -> Product:
    product = item(pid, title, price, HEADPHONES, wireless="yes")
    product.description = (
        f"The {title} is made from memory-foam ear cushions. It also has {feature}."
    )
    return product


@pytest.fixture
def products() -> list[Product]:
    return [
        _headphones("HP1", "Hush Pro Headphones", 195, "active noise cancelling"),
        _headphones("HP2", "Studio Monitor Headphones", 169, "multipoint Bluetooth 5.3"),
        _headphones("HP3", "Travel Foldable Headphones", 218, "40 mm dynamic drivers"),
        _headphones("HP4", "Gaming Headset Headphones", 201, "active noise cancelling"),
    ]


def test_a_feature_asked_of_the_list_is_said_as_one_they_have(agent: ShoppingAgent) -> None:
    *_, turn = talk(agent, "headphones", "are any of these noise cancelling?")
    assert "have noise cancelling" in turn.reply, turn.reply
    assert "Hush Pro Headphones" in turn.reply and "Gaming Headset" in turn.reply, turn.reply
    assert "are noise:" not in turn.reply and "Not noise" not in turn.reply, turn.reply
