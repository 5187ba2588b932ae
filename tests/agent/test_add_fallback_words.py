"""An add the catalog cannot fill says what was asked in the product's own words, through
`ShoppingAgent.chat`: who it is for, the occasion and "to my list" are never glued into the
product ("picks son's party")."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    price = Money.from_decimal("12", "USD")
    variants = [
        Variant(id=f"MUG1-{c}", options={"color": c}, price=price, stock=40)
        for c in ("silver", "navy")
    ]
    mug = Product(id="MUG1", title="Steel Camp Mug", category=["Home", "Mugs"], variants=variants)
    return [mug]


@pytest.mark.parametrize(
    "said",
    [
        "please add to my list baby boy silver cupcake picks for my son's birthday party",
        "add gold balloon garland for my daughter's graduation party to my cart",
    ],
)
def test_recipient_and_occasion_stay_out_of_the_asked_product(
    agent: ShoppingAgent, said: str
) -> None:
    (answer,) = talk(agent, said)
    assert cart_lines(answer) == [], answer.reply
    assert not re.search(r"\b(?:son|daughter|birthday|graduation|party|list)\b", answer.reply), (
        answer.reply
    )
