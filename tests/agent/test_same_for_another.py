""" "My partner wants the same in a smaller size" after a jacket: one more of that jacket in the
next size down, its colour kept, beside the first — not a new search of jackets."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, ids, talk


def _product(pid: str, title: str, colours: list[str]) -> Product:
    money = Money.from_decimal("150.00", "USD")
    variants = [
        Variant(
            id=f"{pid}-{c[:3].upper()}-{size}",
            options={"color": c, "size": size},
            price=money,
            stock=5,
        )
        for c in colours
        for size in ("S", "M", "L", "XL")
    ]
    return Product(id=pid, title=title, category=["Apparel", "Jackets"], variants=variants)


CATALOG = [
    _product("JAC1", "Stormline Rain Jacket", ["olive", "mustard"]),
    _product("JAC2", "Ridgeway Down Jacket", ["navy"]),
    _product("JAC3", "Packable Wind Jacket", ["black"]),
]


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "another",
    [
        "my partner wants the same in a smaller size",
        "same thing for my wife please, a size smaller",
        "the same one for my brother but one size smaller",
    ],
)
def test_the_same_for_someone_else_is_one_more_a_size_down(
    agent: ShoppingAgent, another: str
) -> None:
    *_, added = talk(
        agent, "rain jackets", "add the stormline in olive, size L", "is it waterproof?", another
    )
    assert cart_lines(added) == [("JAC1", "olive / l", 1), ("JAC1", "olive / m", 1)], added.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_the_same_of_a_size_asked_about_steps_from_it(agent: ShoppingAgent) -> None:
    *_, added = talk(
        agent,
        "jackets",
        "does the Ridgeway Down Jacket come in L?",
        "my partner wants the same in a smaller size",
    )
    assert cart_lines(added) == [("JAC2", "navy / m", 1)], added.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_the_same_with_no_size_known_asks_rather_than_lists(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent, "jackets", "is the ridgeway warm?", "my partner wants the same, a size up"
    )
    assert ids(asked) == [] and cart_lines(asked) == [], asked.reply
    assert "size" in asked.reply.lower(), asked.reply
