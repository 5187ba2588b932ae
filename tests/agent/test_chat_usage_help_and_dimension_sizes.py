"""Asking how to use the chat ("what am I supposed to type?") gets help, never a search;
a size said as dimensions ("20x20", "20 by 20") picks the option "20 x 20 in"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import sample_products
from tests.agent.talk import ids, talk


def _pillow() -> Product:
    variants = [
        Variant(
            id=f"PIL-{color}-{size[:2]}",
            options={"color": color, "size": size},
            price=Money.from_decimal("40", "USD"),
            stock=5,
        )
        for color in ("olive", "navy")
        for size in ("18 x 18 in", "20 x 20 in")
    ]
    return Product(
        id="PIL", title="Linen Throw Pillow", variants=variants, category=["Home", "Pillows"]
    )


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), _pillow()]


@pytest.mark.parametrize(
    "message",
    [
        "hmm i'm confused. what am i supposed to type?",
        "what do i type here?",
        "sorry what should i write?",
        "im lost",
    ],
)
def test_asking_how_to_use_the_chat_gets_help(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) == []
    assert "carry" not in turn.reply.lower()  # no "we don't carry that"


@pytest.mark.parametrize("said", ["20 x 20", "20x20", "20 by 20"])
def test_a_size_said_as_dimensions_picks_that_option(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, f"add a Linen Throw Pillow in olive, {said}")
    assert turn.cart is not None
    lines = [(line.product_id, line.variant_id) for line in turn.cart.lines]
    assert lines == [("PIL", "PIL-olive-20")]
