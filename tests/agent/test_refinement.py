"""Active filters carry across turns: follow-ups refine them, a new product type resets them."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import single_colour, store_products
from tests.agent.talk import ids, talk


def _with_lamps() -> list[Product]:
    lamps = ["Home", "Lighting", "Lamps"]
    return [
        *store_products(),
        single_colour("LMP1", "Arched Floor Lamp", 180, lamps, "brass"),
        single_colour("LMP2", "Swing Arm Desk Lamp", 60, lamps, "black"),
        single_colour("LMP3", "Clip Reading Lamp", 35, lamps, "white"),
        single_colour("LMP4", "Paper Lantern Lamp", 45, lamps, "white"),
    ]


def test_colour_refinement_keeps_the_budget(agent: ShoppingAgent) -> None:
    _, red = talk(agent, "trail running shoes under $120", "any in red?")
    assert ids(red) == ["TRL2"]
    assert "in red, under $120.00" in red.reply


def test_a_price_follow_up_narrows_the_same_search(agent: ShoppingAgent) -> None:
    first, cheaper = talk(agent, "trail running shoes", "under $100")
    assert "TRL3" in ids(first)
    assert cheaper.products and all(p.price.amount <= 10000 for p in cheaper.products)
    assert "TRL3" not in ids(cheaper)


def test_a_new_product_type_resets_the_filters(agent: ShoppingAgent) -> None:
    _, _, bags = talk(agent, "trail running shoes under $120", "any in red?", "show me backpacks")
    assert ids(bags)[0] == "BAG1"  # green, so a kept "red" filter would have hidden it
    assert "in red" not in bags.reply


def test_cheaper_ones_sorts_by_price(agent: ShoppingAgent) -> None:
    _, cheaper = talk(agent, "trail running shoes", "cheaper ones?")
    prices = [p.price.amount for p in cheaper.products]
    assert prices == sorted(prices)


def test_a_budget_let_go_with_nicer_shows_pricier_of_the_same_kind(agent: ShoppingAgent) -> None:
    """ "Something nicer, money's not a problem" after a list: the same kind, higher prices."""
    first, nicer = talk(
        agent, "trail running shoes under $120", "show me nicer ones, money's not a problem"
    )
    assert "TRL3" not in ids(first)  # $135: over the first budget
    assert "TRL3" in ids(nicer)
    assert all(p.id.startswith("TRL") for p in nicer.products)
    lowest = min(p.price.amount for p in first.products)
    assert all(p.price.amount > lowest for p in nicer.products)


def test_a_price_complaint_with_a_budget_narrows_the_same_list(agent: ShoppingAgent) -> None:
    """ "A bit steep … under 100" after a list is a refinement, not a search for "steep"."""
    complaint = "hmm all a bit steep tbh. what've you got under 100"
    _, under = talk(agent, "trail running shoes", complaint)
    assert under.products and "don't carry" not in under.reply
    assert all(p.price.amount <= 10000 and "Running Shoe" in p.title for p in under.products)


@pytest.mark.parametrize("products", [_with_lamps()])
def test_a_use_asked_of_the_list_narrows_it_to_the_products_for_it(
    agent: ShoppingAgent,
) -> None:
    """ "Smaller, for my desk" and "any for reading?" after lamps keep lamps, those for it first."""
    _, desk = talk(agent, "lamps", "smaller, for my desk")
    assert ids(desk) == ["LMP2"]
    _, reading = talk(agent, "lamps", "any for reading?")
    assert ids(reading) == ["LMP3"] and "don't carry" not in reading.reply
