"""Ruled out as shoppers say it: "zero leather in it", "WITHOUT a carbon plate" (a part only
the description names), and a household's allergy told before "so nothing with peanuts"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {"Belts", "Running Shoes", "Snack Bars", "Cereal", "Speakers"}
_RECORDS = {p.id: p for p in sample_catalog_products(_KINDS, leaf_only=True)}


@pytest.fixture
def products() -> list[Product]:
    return list(_RECORDS.values())


def _records(turn: ChatTurn) -> list[Product]:
    return [_RECORDS[p.id] for p in turn.products]


def test_zero_leather_rules_leather_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a belt with zero leather in it. fabric or elastic is fine")
    assert turn.products
    assert not [p for p in _records(turn) if "leather" in p.attributes.get("material", "")]


def test_without_a_part_drops_the_products_whose_description_names_it(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "road running shoes WITHOUT a carbon plate, those wreck my achilles")
    assert turn.products
    assert not [p for p in _records(turn) if "carbon" in p.description]


def test_an_allergy_in_the_house_is_context_beside_what_it_rules_out(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent,
        "granola bars — there's a peanut allergy in the house so nothing with peanuts in it",
    )
    assert turn.products and shown_leaves(turn) == {"Snack Bars"}
    assert not [p for p in _records(turn) if "peanut" in p.attributes.get("ingredients", "")]
