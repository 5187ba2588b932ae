"""A pick said without a verb but with the options ("ok fine, the first one, medium", "the
second one in black, L") is an add, as a shop assistant hears it after a list."""

from __future__ import annotations

import pytest

from agent.pending import by_tone
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk

_HOODIES = {p.id: p for p in sample_catalog_products({"Hoodies"}, leaf_only=True)}


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's hoodies."""
    return list(_HOODIES.values())


@pytest.mark.parametrize(
    "message",
    ["the first one in medium", "ok fine, the first one, medium", "first one, size M please"],
)
def test_a_bare_pick_with_a_size_adds_or_asks_the_colour(
    agent: ShoppingAgent, message: str
) -> None:
    shown, turn = talk(agent, "hoodie", message)
    first = shown.products[0]
    assert first.title in turn.reply, turn.reply
    lines = [] if turn.cart is None else turn.cart.lines
    asked_colour = "which colo" in turn.reply.lower()
    assert asked_colour or [li.product_id for li in lines] == [first.id], turn.reply
    if lines:
        assert "/ M" in (lines[0].variant_title or ""), lines


def test_a_bare_pick_with_colour_and_size_adds_it(agent: ShoppingAgent) -> None:
    shown, turn = talk(agent, "hoodie", "the first one in black, L")
    assert turn.cart is not None and len(turn.cart.lines) == 1, turn.reply
    line = turn.cart.lines[0]
    assert line.product_id == shown.products[0].id
    assert (line.variant_title or "").lower() == "black / l", line


def test_a_bare_pick_with_a_size_and_a_tone_takes_the_darker_colour(agent: ShoppingAgent) -> None:
    shown, turn = talk(agent, "hoodie", "ok fine, the second one, medium, the darker colour")
    assert turn.cart is not None and len(turn.cart.lines) == 1, turn.reply
    line = turn.cart.lines[0]
    assert line.product_id == shown.products[1].id
    assert (line.variant_title or "").endswith("/ M"), line
    colours = [str(v.options["color"]) for v in _HOODIES[line.product_id].variants]
    assert (line.variant_title or "").lower().startswith(str(by_tone(colours, "darker"))), line


@pytest.mark.parametrize("pick", ["the second one in {c}", "2nd one in {c}", "second one, {c} pls"])
def test_a_bare_pick_with_a_colour_takes_that_one_not_a_narrowed_list(
    agent: ShoppingAgent, pick: str
) -> None:
    shown = talk(agent, "hoodie")[0]
    second = _HOODIES[shown.products[1].id]
    colour = str(second.variants[-1].options["color"])
    turn = agent.chat(shown.thread_id, pick.format(c=colour))
    assert second.title in turn.reply and not turn.products, turn.reply
    lines = [] if turn.cart is None else turn.cart.lines
    asked_size = "which size" in turn.reply.lower()
    assert asked_size or [li.product_id for li in lines] == [second.id], turn.reply
