"""More things described instead of named, in the sample catalog: a description after "like" is
what the thing resembles, a description is never read over the kind the shopper named, a thing
said only as "a cosy thing" names no kind the store lacks, and a described kind the store does
not sell is a plain no."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk

_KINDS = {
    "Dumbbells", "Blankets", "Pillows", "Chargers & Power", "Lamps", "Duffels", "Totes", "Jackets",
    "Lip Care", "Sun Care", "Cutlery", "Cutting Boards", "Storage", "Sandals", "Kettles", "Tea",
    "Coffee", "Mugs", "Sunglasses", "Boots", "Juice",
}  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("the little stick for chapped lips that has a bit of colour in it", "Lip Care"),
        ("small light i can clamp onto the headboard to read in bed", "Lamps"),
        ("the six-sided weights with rubber on them, 10 pound", "Dumbbells"),
        ("the flat pad you just lay your phone on and it charges", "Chargers & Power"),
        ("a cosy thing to throw over my legs on the sofa", "Blankets"),
        ("square linen cushion to throw on the sofa", "Pillows"),
        ("big soft sausage-shaped bag for all my football kit, no wheels", "Duffels"),
        ("the big square knife butchers use to chop through bones", "Cutlery"),
        ("summer shoes that are open at the front", "Sandals"),
        ("a kettle where you can set the exact temperature, green tea goes bitter", "Kettles"),
        ("a mug with a lid that keeps tea hot in the car on my school run", "Mugs"),
        ("I would like a cup with a lid for the car", "Mugs"),
        ("a wool blanket to put over my knees on the sofa", "Blankets"),
        ("something really cosy she can throw over her legs on the sofa", "Blankets"),
        ("a soft thing he could put over his lap in the evenings", "Blankets"),
        ("new job at a bakery, 5am starts. a mug for my coffee, dishwasher safe", "Mugs"),
    ],
)
def test_a_thing_described_is_searched_as_its_kind(
    agent: ShoppingAgent, said: str, kind: str
) -> None:
    (turn,) = talk(agent, said)
    assert turn.products and shown_leaves(turn) == {kind}, turn.reply


def test_what_a_thing_is_likened_to_is_not_asked_for(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a tote bag that's all puffy and quilted, like a padded jacket but a bag")
    assert turn.products and shown_leaves(turn) == {"Totes"}, turn.reply
    assert turn.products[0].id == "quilted-puffer-tote-bag", turn.reply


def test_a_row_never_renames_the_kind_already_named(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a duffel bag for all my football kit")
    assert turn.products and shown_leaves(turn) == {"Duffels"}, turn.reply
    assert "gym" not in turn.reply.split("\n")[0].lower(), turn.reply


def test_the_strap_between_the_toes_rules_out_flip_flops(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "summer shoes open at the front, NOT the ones with the strap between your toes"
    )
    assert turn.products and "flip-flop-classic-sandal" not in {p.id for p in turn.products}


def test_a_described_machine_the_store_lacks_is_a_plain_no(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "the machine where you dump in flour and water and it bakes a loaf overnight"
    )
    assert not turn.products and "don't carry" in turn.reply.lower(), turn.reply


def test_a_kind_described_after_an_add_is_shown_not_added(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "a small brick thing to charge my phone when I'm out all day",
        "add the power bank",
        "also the thing that plugs into the car to charge stuff",
    )
    assert "car-charger-48w-charger" in {p.id for p in turns[-1].products}, turns[-1].reply
