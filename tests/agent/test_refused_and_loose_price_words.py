"""Price words a bargain hunter uses that each set a limit: a refused payment is a ceiling ("not
paying more than 120"), "around 30 or 40 dollars" is a range from the one to the other, and the
unit a price is for ("under $4 a bag") stays with the price instead of becoming search words."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import navy_sized_product
from tests.agent.talk import kinds, talk


def _item(pid: str, title: str, kind: str, price: float) -> Product:
    return navy_sized_product(pid, title, ["Gear", kind], price, ("S", "M", "L"))


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("SH1", "Mudline WP Trail Running Shoe", "Shoes", 164),
        _item("SH2", "Ridgeback 2 Trail Running Shoe", "Shoes", 152),
        _item("SH3", "Scree Trail Running Shoe", "Shoes", 109),
        _item("SC1", "Chunky Knit Scarf", "Scarves", 119),
        _item("SC2", "Cashmere Blend Scarf", "Scarves", 39),
        _item("SC3", "Silk Square Scarf", "Scarves", 34),
        _item("CH1", "Sea Salt Potato Chips", "Snacks", 3.49),
        _item("CH2", "Kettle Cooked Chips", "Snacks", 3.99),
        _item("BG1", "Leather Carryall Tote Bag", "Bags", 29),
    ]


def test_not_paying_more_than_is_a_ceiling(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "trail running shoes? not paying more than 120")
    assert [p.id for p in turn.products] == ["SH3"], turn.reply


def test_around_one_or_another_amount_is_a_range(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "I'd like a scarf for my wife's birthday but I'm on a fixed income. Something around 30"
        " or 40 dollars?",
    )
    prices = [p.price.amount for p in turn.products]
    assert prices and max(prices) <= 4000, turn.reply
    assert kinds(turn) == {"SC"}


def test_the_unit_a_price_is_for_is_not_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "chips under $4 a bag")
    assert kinds(turn) == {"CH"}, turn.reply
