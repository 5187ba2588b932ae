"""Words of a request that belong to a name or a part, through `ShoppingAgent.chat`: a colour
inside a product's name ("earl grey tea") is no colour filter, a sold kind named by what it comes
in ("tea bags") is that kind, not the bags, and an adjective made from a title's word ("curly")
finds that word ("Curl")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

TEA, TOTES, HOODIES = ["Grocery", "Tea"], ["Bags", "Totes"], ["Apparel", "Hoodies"]
HAIR = ["Beauty", "Hair Care"]


def _told(product: Product, description: str) -> Product:
    return product.model_copy(update={"description": description})


@pytest.fixture
def products() -> list[Product]:
    bags = "A roomy bag for groceries, books and a laptop."
    return [
        _told(item("TEA1", "Earl Grey Lavender Tea", 4, TEA), "40 tea bags."),
        _told(item("TEA2", "Peppermint Herbal Tea", 5, TEA), "Mint tea bags."),
        _told(item("TEA3", "Jasmine Green Tea", 6, TEA), "Loose leaf green tea."),
        _told(item("TOT1", "Market Canvas Tote Bag", 70, TOTES, {"grey": {"": 5}}), bags),
        _told(item("TOT2", "Foldaway Nylon Tote Bag", 60, TOTES, {"black": {"": 5}}), bags),
        item("HD1", "Heather Grey Pullover Hoodie", 50, HOODIES, {"grey": {"M": 5}}),
        item("HD2", "Campfire Pullover Hoodie", 55, HOODIES, {"red": {"M": 5}}),
        item("SH1", "Coconut Curl Shampoo", 18, HAIR),
        item("SH2", "Rosemary Mint Shampoo", 25, HAIR),
        item("SH3", "Clarifying Charcoal Shampoo", 11, HAIR),
        item("SH4", "Gentle Daily Shampoo", 33, HAIR),
    ]


@pytest.mark.parametrize("message", ["earl grey tea", "Earl Grey tea please", "earl grey tea bags"])
def test_a_colour_inside_a_products_name_is_no_colour(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn)[:1] == ["TEA1"], turn.reply
    assert "in grey" not in turn.reply.lower(), turn.reply
    assert not {"TOT1", "HD1"} & set(ids(turn)), turn.reply


def test_the_colour_said_alone_still_filters(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "grey hoodie")
    assert ids(turn) == ["HD1"], turn.reply


@pytest.mark.parametrize("message", ["tea bags", "tea bags, the minty kind", "earl grey tea bags"])
def test_a_kind_named_by_what_it_comes_in_is_that_kind(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) and set(ids(turn)) <= {"TEA1", "TEA2", "TEA3"}, turn.reply


def test_a_bag_said_alone_is_still_a_bag(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "canvas tote bag")
    assert ids(turn)[:1] == ["TOT1"], turn.reply


@pytest.mark.slow
def test_an_adjective_made_from_a_title_word_finds_it(real_agent: ShoppingAgent) -> None:
    """The real encoder's closeness of "curly" to "curl" decides."""
    (turn,) = talk(real_agent, "shampoo for my curly hair, it's always frizzy and dry")
    assert ids(turn)[:1] == ["SH1"], turn.reply


@pytest.mark.parametrize(
    "message",
    ["either a grey hoodie or a tote bag, i don't mind", "a tote bag or a hoodie, whichever"],
)
def test_two_kinds_offered_as_alternatives_are_both_shown(
    agent: ShoppingAgent, message: str
) -> None:
    (turn,) = talk(agent, message)
    shown = {pid.rstrip("0123456789") for pid in ids(turn)}
    assert {"HD", "TOT"} <= shown, turn.reply
