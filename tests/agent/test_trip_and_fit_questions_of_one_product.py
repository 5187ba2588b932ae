"""Questions about one named product from shoppers planning a trip or worried about fit: a day
of the month ("need it by the 10th") is no pick from a list; a variant asked beside sizing
worries ("black XL? I'm between L and XL") gets its stock first; "size large" names a size, not
how it runs; a lining, a degree of water resistance, a stretch, a size range and a width are
read from the record; "a straight leg or a skinny fit?" is that jean's fit, not another jean."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk

_SOLD_OUT = r"sold out|out of stock"


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's jackets, tees, socks, boots, jeans, belts, running shoes, sun care."""
    return sample_catalog_products(
        {"Jackets", "T-Shirts", "Socks", "Boots", "Jeans", "Belts", "Running Shoes", "Sun Care"},
        leaf_only=True,
    )


def test_a_day_of_the_month_is_no_pick_from_the_list(agent: ShoppingAgent) -> None:
    _, asked = talk(
        agent,
        "how much is the Stormline Rain Jacket?",
        "is it in stock in rust, medium? need it by the 10th",
    )
    assert re.search(_SOLD_OUT, asked.reply, re.I), asked.reply  # rust M has none left
    assert ids(asked) == ["stormline-rain-jacket"]


def test_a_named_variant_with_a_leaving_date_is_its_stock(agent: ShoppingAgent) -> None:
    (asked,) = talk(
        agent, "Alpine Hiker Boot in cognac, size 7 — got any? leaving for the alps on the 3rd"
    )
    assert re.search(_SOLD_OUT, asked.reply, re.I), asked.reply
    assert ids(asked) == ["alpine-hiker-boot"]


def test_size_large_names_a_size_not_how_it_runs(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "do you have the Merino Hiker Socks in black, size large?")
    assert re.search(_SOLD_OUT, asked.reply, re.I), asked.reply
    assert "size chart" not in asked.reply


def test_a_variant_asked_between_sizes_gets_its_stock_and_the_advice(
    agent: ShoppingAgent,
) -> None:
    _, asked = talk(
        agent,
        "how much is the Henley Waffle Tee?",
        "do you have it in black XL? im between L and XL but XL is safer",
    )
    assert re.search(_SOLD_OUT, asked.reply, re.I), asked.reply  # black XL: none left
    assert "slim fit" in asked.reply


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("is the Winter Shearling Boot lined with anything? my feet freeze", r"wool lining"),
        ("how water resistant is the Sport Water-Resistant Sunscreen?", r"\b80 minutes"),
        ("does the Selvedge Straight Jean have any stretch? between a 32 and 34", r"elastane"),
        ("what size range is the Heritage Leather Belt? I'm a 38 waist", r"30, .*\b40\b"),
    ],
)
def test_the_record_answers_what_it_states(agent: ShoppingAgent, message: str, said: str) -> None:
    (asked,) = talk(agent, message)
    assert re.search(said, asked.reply), asked.reply


def test_a_width_the_record_never_lists_is_said_to_be_missing(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "does the Tempo Glide 4 come in wide width? I have wide feet")
    assert re.search(r"doesn't list a wide", asked.reply), asked.reply
    assert "coral" not in asked.reply  # its colours answer nothing asked


def test_a_fit_asked_as_either_or_is_that_products_fit(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "is the Straight 211 Jean a straight leg or more of a skinny fit?")
    assert ids(asked) == ["straight-211-jean"]
    assert re.search(r"skinny fit", asked.reply), asked.reply
    assert not asked.reply.startswith("Yes"), asked.reply
