"""A kind asked of the whole store while something is in view is a new search for that kind:
"which coffee do you have that's already ground?" after the French Roast, "do any of those
kettles let you pick the temperature?" after teas; a kind the list holds stays a question."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Coffee", "Tea", "Kettles", "Hats"}, leaf_only=True)


def test_which_kind_you_have_searches_the_store(agent: ShoppingAgent) -> None:
    _, asked = talk(
        agent,
        "is the French Roast whole bean or ground?",
        "ok so which coffee do you have that's already ground?",
    )
    assert "breakfast-blend-ground-coffee" in ids(asked)[:3]


def test_a_kind_the_list_never_held_is_searched(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "green tea", "do any of those kettles let you pick the temperature?")
    assert ids(asked)
    assert all(pid.endswith("kettle") for pid in ids(asked))


def test_a_kind_the_list_holds_stays_a_question_of_it(agent: ShoppingAgent) -> None:
    first, asked = talk(agent, "winter hats", "do any of those hats fold flat?")
    assert set(ids(asked)) <= set(ids(first))


@pytest.mark.parametrize(
    "products", [sample_catalog_products({"T-Shirts", "Hoodies"}, leaf_only=True)]
)
def test_what_about_a_kind_after_a_list_searches_it(agent: ShoppingAgent) -> None:
    _, shown = talk(agent, "got any plain tees? black pref", "what about a hoodie to go over it")
    assert ids(shown), shown.reply
    assert all(pid.endswith("hoodie") for pid in ids(shown)), shown.reply
