"""Search requests as shoppers type them, in the sample catalog: a misspelt kind, a British
"I'm after", a connector after the noun, a described kind, a kind suggested beside a liked thing,
the errand to start with, a modifier that names another kind, a chat hedge, and a craft kind the
store does not sell."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {
    "Kettles", "Cookware", "Boots", "Chargers & Power", "Hoodies", "Jackets", "Totes", "Duffels",
    "Sandals", "Scarves", "Watches", "Hats", "Headphones", "Keyboards", "Mugs", "Tea", "Socks",
    "Blankets", "Jeans", "Backpacks", "Dresses", "T-Shirts",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's products of these kinds and of the kinds that got in their lists."""
    return sample_catalog_products(_KINDS, leaf_only=True)


def _says_not_carried(turn: ChatTurn) -> bool:
    return "don't carry" in turn.reply.lower() or "do not carry" in turn.reply.lower()


def test_a_misspelt_kind_is_not_dropped_as_context(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "i am lookng for a tea kettel, the kind for the stove top")
    assert shown_leaves(turn) == {"Kettles"} and not _says_not_carried(turn), turn.reply


def test_im_after_asks_and_a_measure_pulls_in_no_other_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "I'm after a good heavy frying pan, about 10 inches across, my old one")
    assert shown_leaves(turn) == {"Cookware"} and not _says_not_carried(turn), turn.reply


def test_a_connector_after_the_noun_names_no_unsold_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "fast phone charger usb c, mine is dying every 2 hrs")
    assert shown_leaves(turn) == {"Chargers & Power"}, turn.reply


def test_a_hooded_sweatshirt_is_a_hoodie(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a nice warm hooded sweatshirt for my grandson, in grey if you have it")
    assert shown_leaves(turn) == {"Hoodies"}, turn.reply


def test_a_bag_with_two_handles_is_a_tote(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a thing for my knitting at the shops, a big bag with 2 handles")
    assert shown_leaves(turn) == {"Totes"}, turn.reply


def test_a_watch_cap_is_no_watch(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a wristwatch for my husband's 70th birthday, something smart for church")
    assert shown_leaves(turn) == {"Watches"}, turn.reply


def test_a_chat_hedge_matches_no_title(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "lowkey need new headphones mine just broke")
    assert shown_leaves(turn) == {"Headphones"}, turn.reply


def test_the_kind_suggested_wins_over_the_liked_thing(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "gift for my mom she loves tea, like a cute mug or smth")
    assert shown_leaves(turn) == {"Mugs"}, turn.reply


def test_the_errand_to_start_with_is_searched_first(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "ok two things, socks for me and a scarf for my gf. start w the scarf")
    assert shown_leaves(turn) == {"Scarves"}, turn.reply


def test_knitting_wool_is_not_carried(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Do you have any knitting wool? Double knit, in lilac.")
    assert _says_not_carried(turn) and shown_leaves(turn) <= {"Scarves", "Blankets"}, turn.reply
