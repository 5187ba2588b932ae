"""After an add or a question whose variant is sold out, the shopper names the one option they
change and keeps the rest: "lavender 20 oz" is gone, "ok the 32 oz then" is the lavender 32 oz;
the sage bath sheet is gone, "ok the regular bath size then, 2 of them" is two sage bath towels."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk


def _bottle() -> Product:
    stock = {("lavender", "20 oz"): 0, ("lavender", "32 oz"): 14, ("coral", "20 oz"): 9}
    variants = [
        Variant(
            id=f"BTL-{colour[:3]}-{capacity[:2]}",
            options={"color": colour, "capacity": capacity},
            price=Money.from_decimal("27.50", "USD"),
            stock=count,
        )
        for (colour, capacity), count in stock.items()
    ]
    category = ["Kitchen", "Water Bottles"]
    return Product(
        id="BTL", title="Filter Bottle Water Bottle", category=category, variants=variants
    )


def _products() -> list[Product]:
    towels = ["Home", "Towels"]
    sizes = {"sand": {"bath": 4, "bath sheet": 6}, "sage": {"bath": 13, "bath sheet": 0}}
    return [_bottle(), item("TWL", "Turkish Cotton Bath Towel", 29, towels, sizes)]


@pytest.fixture
def products() -> list[Product]:
    return _products()


@pytest.mark.parametrize("then", ["ok the 32 oz then", "yes"])
def test_the_other_option_offered_in_the_colour_said_is_taken(
    agent: ShoppingAgent, then: str
) -> None:
    asked, taken = talk(agent, "filter bottle in lavender 20oz into my cart pls", then)
    assert "lavender" in asked.reply.lower() and "32 oz" in asked.reply, asked.reply
    assert cart_lines(taken) == [("BTL", "lavender / 32 oz", 1)], taken.reply


def test_asking_about_another_colour_of_the_offer_adds_nothing(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "filter bottle in lavender 20 oz into my cart pls", "what about coral?")
    assert cart_lines(asked) == [], asked.reply


def test_another_size_after_a_sold_out_one_keeps_the_colour_asked(agent: ShoppingAgent) -> None:
    asked, taken = talk(
        agent,
        "Turkish Cotton Bath Towel, sage, bath sheet size",
        "ok the regular bath size then, 2 of them",
    )
    assert "sold out" in asked.reply, asked.reply
    assert cart_lines(taken) == [("TWL", "sage / bath", 2)], taken.reply
