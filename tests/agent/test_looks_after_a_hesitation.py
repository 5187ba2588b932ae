"""A look asked after "hmm", "wait" or "actually": the hesitation is no product to search for,
and a new budget said with an apology still narrows the list."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    top = {"Apparel", "Footwear", "Grocery", "Home", "Electronics", "Accessories", "Kitchen"}
    return sample_catalog_products(top | {"Bags", "Beauty", "Sports & Outdoors"})


def test_a_kind_said_after_a_hesitation_is_searched(agent: ShoppingAgent) -> None:
    _, trail = talk(
        agent,
        "road running shoes please",
        "umm wait, i want the trail kind then, for forest paths",
    )
    assert ids(trail), trail.reply
    assert shown_leaves(trail) == {"Trail Running Shoes"}, trail.reply


def test_a_lower_budget_said_with_an_apology_narrows_the_list(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    shown, lower = talk(
        agent,
        "a jacket for rainy bike rides, under 250 dollars",
        "hmm actually my budget is more like 120 tops, sorry about that",
    )
    assert ids(shown), shown.reply
    price = {p.id: min(v.price.amount for v in p.variants) for p in products}
    assert ids(lower), lower.reply
    assert all(price[i] <= 12000 for i in ids(lower)), lower.reply
    assert shown_leaves(lower) <= {"Jackets", "Rain Jackets", "Coats", "Vests"}, lower.reply
