"""Corrections of a list that rule out a thing the catalog names with two words ("not a power
bank, a wall plug charger", "not water resistant"), or open with a "no" that only answers the
last reply ("no a DUFFEL bag"). Through `ShoppingAgent.chat`, on the sample catalog's kinds."""

from __future__ import annotations

import pytest

from agent.negations import negations_in
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    kinds = {"Chargers & Power", "Duffels", "Backpacks", "Speakers", "Jackets"}
    return sample_catalog_products(kinds, leaf_only=True)


def test_a_pair_the_catalog_names_is_ruled_out_whole() -> None:
    pairs = frozenset({"power bank", "water resistant", "black jeans"})
    found, kept = negations_in("not a power bank, a wall plug charger", word_pairs=pairs)
    assert found.words == ["power bank"] and kept == "a wall plug charger"
    found, _ = negations_in("not black jeans", word_pairs=pairs)
    assert found.colors == ["black"]  # a colour is still ruled out by itself


def test_a_no_before_an_article_rules_nothing_out() -> None:
    found, _ = negations_in("no a duffel bag. big sports bag")
    assert found.is_empty()
    found, _ = negations_in("no leather bags")
    assert found.materials == ["leather"]


def test_not_a_power_bank_keeps_the_other_chargers(agent: ShoppingAgent) -> None:
    _, corrected = talk(agent, "phone charger", "not a power bank, a wall plug charger")
    assert corrected.products, corrected.reply
    assert "power-bank-10000mah-charger" not in ids(corrected)
    assert all(p.id.endswith("charger") for p in corrected.products), ids(corrected)


def test_no_then_the_kind_said_again_shows_it(agent: ShoppingAgent) -> None:
    _, corrected = talk(agent, "duffle bag for the gym", "no a DUFFEL bag. big sports bag")
    assert corrected.products and all("duffel" in p.id for p in corrected.products), ids(corrected)


def test_waterproof_ones_not_water_resistant_narrow_the_jackets(agent: ShoppingAgent) -> None:
    _, narrowed = talk(
        agent,
        "a jacket thats actually waterproof",
        "nope, I want WATERPROOF ones only, not water resistant",
    )
    assert narrowed.products, narrowed.reply
    assert all(p.id.endswith("jacket") for p in narrowed.products), ids(narrowed)
