"""Punctuation said as words by voice typing ("comma", "period") and learners' ask verbs ("I
search warm boots"): the clauses are read as if typed. Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.spoken_punctuation import with_spoken_punctuation
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(
    pid: str, title: str, leaf: list[str], price: str, *, description: str = "",
    attributes: dict[str, str] | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, leaf, price, sizes=["10"], brand=None, description=description,
        attributes=attributes,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    totes, hats, boots = ["Bags", "Totes"], ["Accessories", "Hats"], ["Footwear", "Boots"]
    trail = ["Footwear", "Trail Running Shoes"]
    return [
        _item("TOTE1", "Market Canvas Tote Bag", totes, "45.00"),
        _item("TOTE2", "Quilted Puffer Tote Bag", totes, "86.99"),
        _item("HAT1", "Wool Beanie Hat", hats, "28.50"),
        _item("HAT2", "Bucket Canvas Hat", hats, "16.99"),
        _item("BOOT1", "Alpine Hiker Boot", boots, "120.00", attributes={"waterproof": "yes"}),
        _item("BOOT2", "Winter Shearling Boot", boots, "99.00", attributes={"waterproof": "yes"}),
        _item("RUN1", "Summit Sky Trail Running Shoe", trail, "109.00",
              attributes={"waterproof": "yes"}, description="A waterproof trail shoe."),
        _item("SPK1", "Splash Waterproof Speaker", ["Electronics", "Speakers"], "59.00",
              attributes={"waterproof": "yes"}),
    ]  # fmt: skip


def test_spoken_marks_become_marks() -> None:
    assert with_spoken_punctuation("back to the totes comma any under 60") == (
        "back to the totes, any under 60"
    )
    assert with_spoken_punctuation("a kettle period thanks") == "a kettle. thanks"
    assert with_spoken_punctuation("period underwear") == "period underwear"


def test_a_dictated_comma_ends_the_clause(agent: ShoppingAgent) -> None:
    said = ["tote bags", "what about hats", "ok back to the totes comma any under 60"]
    *_, back = talk(agent, *said)
    assert ids(back) == ["TOTE1"], back.reply


def test_i_search_asks_like_i_need(agent: ShoppingAgent) -> None:
    (boots,) = talk(agent, "I search warm boots, they must be waterproof")
    assert ids(boots) and set(ids(boots)) <= {"BOOT1", "BOOT2"}, boots.reply
