"""Follow-ups after a list said loosely, and exclusions said with a reason, in the sample catalog:
a spoken price ("under one fifty"), a described attribute ("any quiet ones", "longer ones like
maxi"), a "w/o" material and a brand ruled out with the shopper's reason after it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {
    "Watches", "Keyboards", "Dresses", "T-Shirts", "Hoodies", "Pillows", "Coffee", "Sunglasses",
    "Jackets", "Sneakers", "Mugs",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


def test_a_spoken_price_after_a_list_keeps_its_kind(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "watch for my dad", "something under one fifty")
    assert shown_leaves(turn) == {"Watches"}, turn.reply
    assert all(p.price.amount <= 15000 for p in turn.products), turn.reply


def test_quiet_ones_after_a_list_are_silent_switches(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    by_id = {p.id: p for p in products}
    _, turn = talk(agent, "keyboard under 100", "any quiet ones")
    assert shown_leaves(turn) == {"Keyboards"}, turn.reply
    assert all(by_id[p.id].attributes.get("switch") == "silent" for p in turn.products), turn.reply


def test_longer_ones_like_maxi_after_a_list_are_maxi(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    by_id = {p.id: p for p in products}
    _, turn = talk(agent, "dress size medium", "longer ones like maxi")
    assert shown_leaves(turn) == {"Dresses"}, turn.reply
    assert all(by_id[p.id].attributes.get("length") == "maxi" for p in turn.products), turn.reply


def test_without_a_material_and_a_reason_shows_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "tshirt w/o any cotton my skin hates it")
    assert shown_leaves(turn) == {"T-Shirts"}, turn.reply


def test_a_brand_ruled_out_with_a_reason_keeps_the_kind(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    by_id = {p.id: p for p in products}
    _, turn = talk(agent, "hoodie", "not Northpine, I had one and it fell apart")
    assert shown_leaves(turn) == {"Hoodies"}, turn.reply
    assert all(by_id[p.id].brand != "Northpine" for p in turn.products), turn.reply


def test_a_colour_said_again_in_plainer_words_keeps_the_list(agent: ShoppingAgent) -> None:
    _, _, turn = talk(agent, "throw pillows", "in navy", "no, NAVY. the dark blue")
    assert shown_leaves(turn) == {"Pillows"}, turn.reply
