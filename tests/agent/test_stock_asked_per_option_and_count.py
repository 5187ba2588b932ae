"""Stock asked of one variant named by an option other than colour and size ("the 12oz one"), of
a count ("u got 4?", "need 10, have you that many?", "how many have you got?"), and a doubt about
stock that tells of an order cancelled elsewhere: never read as canceling an order here."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk

_SOLD_OUT = r"sold out|out of stock|none left|not in stock"


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's mugs, snacks, tea and chargers, as the shop sells them."""
    return sample_catalog_products({"Mugs", "Snacks", "Tea", "Chargers & Power"})


@pytest.mark.parametrize(
    "message",
    [
        "got the enamel camp mug in cream, the 12 oz? want a few",
        "enamel camp mug cream 12oz - any left?",
        "is the twelve ounce enamel camp mug in cream available",
    ],
)
def test_a_sold_out_capacity_is_never_called_in_stock(agent: ShoppingAgent, message: str) -> None:
    turn = talk(agent, message)[-1]
    assert re.search(_SOLD_OUT, turn.reply, re.I), turn.reply
    assert not turn.reply.startswith("Yes"), turn.reply


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("could I get 8 packs of the tortilla lime chips? do you have enough", r"\b3\b"),
        ("tortilla lime chips, need like 12 bags, have u got that many", r"\b3\b"),
        ("how many of the car charger 48w charger do you have left?", r"\b2\b"),
    ],
)
def test_a_count_asked_is_answered_with_the_stock(
    agent: ShoppingAgent, message: str, count: str
) -> None:
    turn = talk(agent, message)[-1]
    assert re.search(count, turn.reply), turn.reply
    assert "cancel" not in turn.reply.lower(), turn.reply
    assert cart_lines(turn) == []


@pytest.mark.parametrize(
    "message",
    [
        "is the chamomile honey tea really in stock? another shop cancelled my order on me",
        "how many chamomile honey tea do you actually have? dont want it gone after I order",
    ],
)
def test_a_stock_doubt_about_another_order_is_a_stock_question(
    agent: ShoppingAgent, message: str
) -> None:
    turn = talk(agent, message)[-1]
    assert "cancel" not in turn.reply.lower(), turn.reply
    assert re.search(_SOLD_OUT + r"|\b0\b", turn.reply, re.I), turn.reply
