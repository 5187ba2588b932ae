"""Things described by feel, use and look rather than the shop's word ("something cosy with a
hood", "a light top that breathes", "a squishy cushion", "right down to my ankles", "keeps the
rain out", "my ankles roll inwards") are searched as the kind or feature meant, in the sample
catalog, and the feature holds through the next refinement."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {
    "Hoodies", "T-Shirts", "Pillows", "Dresses", "Jackets", "Running Shoes", "Socks",
    "Sunglasses", "Mugs", "Blankets",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


def _attribute(turn: ChatTurn, key: str) -> set[str]:
    said = {
        p.id: p.attributes.get(key, "") for p in sample_catalog_products(_KINDS, leaf_only=True)
    }
    return {said[p.id] for p in turn.products}


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("something cosy to wear round the house, with a hood", "Hoodies"),
        ("a squishy cushion for my reading nook", "Pillows"),
        ("something cheerful and squishy to brighten up my sofa", "Pillows"),
    ],
)
def test_a_thing_described_by_feel_is_searched_as_its_kind(
    agent: ShoppingAgent, said: str, kind: str
) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and shown_leaves(turn) == {kind}, turn.reply


def test_a_light_top_that_breathes_is_a_tee(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a light top that breathes for hot summer days")
    assert turn.products and shown_leaves(turn) == {"T-Shirts"}, turn.reply


def test_right_down_to_the_ankles_after_dresses_is_a_maxi_dress(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "a floaty dress for a summer wedding, nothing clingy",
        "longer, like right down to my ankles",
    )
    assert turn.products and shown_leaves(turn) == {"Dresses"}, turn.reply
    assert _attribute(turn, "length") == {"maxi"}, turn.reply


def test_a_jacket_that_keeps_the_rain_out_stays_waterproof_under_a_budget(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(agent, "a jacket that actually keeps the rain out", "under 200 though")
    assert turn.products and _attribute(turn, "waterproof") == {"yes"}, turn.reply


def test_ankles_that_roll_inwards_ask_for_stability_shoes(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "really cushy running shoes for slow easy runs",
        "i need ones with more support tho, my ankles roll inwards",
    )
    assert turn.products and shown_leaves(turn) == {"Running Shoes"}, turn.reply
    assert _attribute(turn, "support") == {"stability"}, turn.reply
