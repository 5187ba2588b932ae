"""Things described by what they look like, do or fix ("the weights you hold one in each hand",
"the thing that holds your trousers up") are searched as the kind, in the sample catalog; a
described kind the store does not sell gets a plain no, and what the shopper rules out or adds
around the description still holds."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {
    "Dumbbells", "Belts", "Blankets", "Socks", "Dresses", "Pillows", "Coffee", "Mugs",
    "Sunglasses", "Chargers & Power", "Headphones", "Yoga Mats", "Boots", "Sun Care", "Storage",
    "Towels", "Jeans", "Water Bottles", "Kettles", "Sandals", "Scarves", "Lamps", "Duffels",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


def _attribute(turn: ChatTurn, key: str) -> set[str]:
    catalog = sample_catalog_products(_KINDS, leaf_only=True)
    said = {p.id: p.attributes.get(key, "") for p in catalog}
    return {said[p.id] for p in turn.products}


def _says_not_carried(turn: ChatTurn) -> bool:
    return "don't carry" in turn.reply.lower()


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("those heavy weights you hold one in each hand for arm curls", "Dumbbells"),
        ("a battery pack to top up my phone when there's no socket around", "Chargers & Power"),
        ("glass tubs with clip lids for keeping leftovers in the fridge", "Storage"),
        ("lotion you put on your face so you don't get sunburnt at the pool", "Sun Care"),
        ("the over the ear ones that shut out the noise on a train", "Headphones"),
        ("shoes with no backs, the ones you just slip your feet into", "Sandals"),
        ("something soft to wrap round my neck on cold mornings", "Scarves"),
        ("a light for the desk in my study", "Lamps"),
        ("the bag you bring to training with all your stuff in", "Duffels"),
    ],
)
def test_a_thing_described_by_use_is_searched_as_its_kind(
    agent: ShoppingAgent, said: str, kind: str
) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and shown_leaves(turn) == {kind}, turn.reply


def test_shades_that_cut_the_glare_are_polarized(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "shades that cut the glare off the sea when i'm out on the boat")
    assert shown_leaves(turn) == {"Sunglasses"} and _attribute(turn, "polarized") == {"yes"}


def test_boots_with_stretchy_sides_are_chelsea_boots(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "ankle boots you slip on, with the elastic bit on the sides, no laces")
    assert [p.id for p in turn.products][:1] == ["chelsea-suede-boot"], turn.reply


def test_a_back_that_hurts_at_the_desk_is_served_by_a_lumbar_pillow(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "something so my lower back doesn't ache when i sit at my desk")
    assert turn.products and turn.products[0].id == "velvet-lumbar-pillow", turn.reply


def test_a_described_kind_the_store_lacks_is_a_plain_no(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a machine that makes coffee from those little capsules")
    assert _says_not_carried(turn) and shown_leaves(turn) <= {"Coffee", "Mugs", "Kettles"}, (
        turn.reply
    )


def test_a_described_kind_keeps_the_material_ruled_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "the thing that holds your trousers up, i don't want leather")
    assert shown_leaves(turn) == {"Belts"}, turn.reply
    assert not any("leather" in m for m in _attribute(turn, "material")), turn.reply


def test_an_occasion_leaves_the_material_ruled_out(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a dress for a wedding, no viscose")
    assert shown_leaves(turn) == {"Dresses"}, turn.reply
    assert not any("viscose" in m for m in _attribute(turn, "material")), turn.reply


def test_one_of_those_kinds_is_a_search_not_an_order(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "one of those heavy blankets that help you sleep")
    assert turn.products and turn.products[0].id == "weighted-15-lb-blanket", turn.reply
    assert turn.cart is None or not turn.cart.lines


def test_a_quality_after_a_named_kind_describes_that_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a throw blanket maybe? something cozy, cream or perhaps beige")
    assert shown_leaves(turn) == {"Blankets"}, turn.reply


def test_a_phone_of_ones_own_asks_for_no_person(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a pad you set your phone on so it charges")
    assert shown_leaves(turn) == {"Chargers & Power"}, turn.reply
