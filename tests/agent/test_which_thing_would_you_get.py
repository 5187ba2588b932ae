"""A recommendation asked as "which <thing> would you get for <use>?" shows that thing: the
asking words are no part of the request, and the use ("for pour-over coffee", "for reading in
bed") does not bring in the coffee or the lamps."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {"Mugs", "Hats", "Lamps", "Pillows", "Coffee", "Kettles", "Cereal"}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of the kinds asked about, and of the kinds their uses name."""
    return sample_catalog_products(_KINDS)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("which mug would you get for a big morning coffee?", "Mugs"),
        ("which pillow would you get for reading in bed?", "Pillows"),
        ("so what beanie would you go for on cold mornings?", "Hats"),
    ],
)
def test_which_thing_would_you_get_shows_that_thing(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert turn.products, turn.reply
    assert shown_leaves(turn) == {kind}, turn.reply


def test_which_one_would_you_get_still_asks_about_the_list(agent: ShoppingAgent) -> None:
    listed, picked = talk(agent, "coffee mugs", "which one would you get?")
    assert listed.products, listed.reply
    assert {p.id for p in picked.products} <= {p.id for p in listed.products}, picked.reply
