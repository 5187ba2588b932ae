"""A colour the shopper ruled out in the search is never the one an add picks unasked."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import talk


def _shoe(pid: str, title: str, variants: list[tuple[str, str, int]]) -> Product:
    return Product(
        id=pid,
        title=title,
        category=["Shoes", "Running Shoes"],
        variants=[
            Variant(
                id=f"{pid}-{color}-{size}",
                options={"color": color, "size": size},
                price=Money.from_decimal("80", "USD"),
                stock=stock,
            )
            for color, size, stock in variants
        ],
    )


@pytest.fixture
def products() -> list[Product]:
    return [
        # In size 10 only black is in stock; white exists in size 9.
        _shoe("RUN1", "Tempo Running Shoe", [("black", "10", 5), ("white", "9", 5)]),
        # Black or white in size 10.
        _shoe("RUN2", "Glide Running Shoe", [("black", "10", 5), ("white", "10", 5)]),
    ]


def _added_colors(agent: ShoppingAgent, *messages: str) -> tuple[str, list[str]]:
    turns = talk(agent, *messages)
    cart = turns[-1].cart
    colors = [line.variant_id.split("-")[1] for line in cart.lines] if cart else []
    return turns[-1].reply, colors


def test_an_add_never_picks_the_colour_the_search_ruled_out(agent: ShoppingAgent) -> None:
    reply, colors = _added_colors(agent, "running shoes, not black", "add the glide one in a 10")
    assert colors == ["white"], reply


def test_when_only_the_ruled_out_colour_is_left_the_agent_asks(agent: ShoppingAgent) -> None:
    reply, colors = _added_colors(agent, "running shoes, not black", "add the tempo one, size 10")
    assert colors == [] and "black" in reply.lower(), reply


def test_a_colour_asked_for_now_still_wins(agent: ShoppingAgent) -> None:
    reply, colors = _added_colors(
        agent, "running shoes, not black", "actually add the glide one in black, size 10"
    )
    assert colors == ["black"], reply
