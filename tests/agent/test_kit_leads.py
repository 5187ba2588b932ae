"""A shopper building a kit names the kit, then the piece: the kit's words ("fishing trip",
"coffee corner", "care package") are no part of the piece searched for; a colour ruled out and
named again in the reason ("he already has 4 green ones") stays ruled out; the next piece with
a requirement ("and then mugs — they have to survive the dishwasher") is a new search."""

from __future__ import annotations

import pytest

from agent.kit_leads import without_kit_lead
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import kinds, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item("HAT1", "Dad Cap Washed Hat", 19, ["Accessories", "Hats"], {"navy": {"": 5}}),
        item("HAT2", "Trucker Mesh Hat", 24, ["Accessories", "Hats"], {"green": {"": 5}}),
        item("HAT3", "Bucket Canvas Hat", 17, ["Accessories", "Hats"], {"khaki": {"": 5}}),
        item("SUN1", "Polarized Fishing Sunglasses", 107, ["Accessories", "Sunglasses"]),
        item("KET1", "Gooseneck Electric Kettle", 110, ["Kitchen", "Kettles"]),
        item("KET2", "Stovetop Whistling Kettle", 73, ["Kitchen", "Kettles"]),
        item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]),
        item("COF2", "Pour Over Breakfast Blend Coffee", 20, ["Grocery", "Coffee"]),
        item("LMP1", "Task Desk LED Lamp", 185, ["Home", "Lamps"]),
        item("LMP2", "Clip-On Reading Lamp", 168, ["Home", "Lamps"]),
        item("MUG1", "Stoneware Diner Mug", 18, ["Kitchen", "Mugs"], dishwasher_safe="yes"),
        item("MUG2", "Speckled Camp Mug", 15, ["Kitchen", "Mugs"], dishwasher_safe="yes"),
        item("JKT1", "Alpine Insulated Jacket", 94, ["Apparel", "Jackets"], {"red": {"": 5}}),
        item("JKT2", "Stormline Rain Jacket", 152, ["Apparel", "Jackets"], {"black": {"": 5}}),
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("fishing trip kit for dad: a hat", "HAT"),
        (
            "putting together a little coffee corner for my partner's birthday. starting with a "
            "gooseneck kettle, the pour-over kind",
            "KET",
        ),
        ("care package for my little brother's dorm. he reads super late so a desk lamp", "LMP"),
        ("gift box for a college freshman - a cute mug", "MUG"),
    ],
)
def test_the_piece_is_searched_without_the_kit(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind}


@pytest.mark.parametrize(
    ("message", "kind", "ruled_out"),
    [
        ("a hat. not green tho, he already has like 4 green ones", "HAT", "HAT2"),
        ("a winter jacket. not black, i look like a funeral director in black", "JKT", "JKT2"),
    ],
)
def test_a_colour_ruled_out_and_named_in_the_reason_stays_ruled_out(
    agent: ShoppingAgent, message: str, kind: str, ruled_out: str
) -> None:
    (turn,) = talk(agent, message)
    shown = [p.id for p in turn.products]
    assert shown and kinds(turn) == {kind} and ruled_out not in shown
    assert "couldn't find" not in turn.reply  # never "no hat in green, not green"


def test_a_lead_that_limits_or_names_no_kit_stays() -> None:
    def sold(part: str) -> bool:
        return "cap" in part

    assert without_kit_lead("I fish a lot. a cap?", sold) == "I fish a lot. a cap?"
    assert without_kit_lead("kit under $30: a cap", sold) == "kit under $30: a cap"
    assert without_kit_lead("beach kit: a cap, not green", sold) == "a cap, not green"


def test_a_new_kind_with_a_requirement_after_a_list_is_searched(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "whole bean coffee, something on the darker side",
        "and then mugs — they have to survive the dishwasher, Sam never handwashes anything",
    )
    assert kinds(turn) == {"MUG"}


def test_a_piece_named_before_its_kit_stays_asked() -> None:
    def sold(part: str) -> bool:
        return "mat" in part or "purple" in part

    said = "yoga mat for the living room workout corner — anything except purple"
    assert without_kit_lead(said, sold) == said
