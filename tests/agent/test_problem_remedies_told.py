"""More problems told instead of products, through `ShoppingAgent.chat`: glare, a plane's drone,
a bag that hurts the back, aching wrists, food welded to the pan, greasy hair, a board that slides,
food gone stale. Each shows the kind whose own texts carry the fix."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.problem_shop import told
from tests.agent.store import item
from tests.agent.talk import kinds, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        told(
            item("SUN1", "Polarized Lake Sunglasses", 60, ["Accessories", "Sunglasses"]),
            "Polarized lenses for days on the water.",
        ),
        told(
            item("HDP1", "Quiet Travel Headphones", 150, ["Electronics", "Headphones"]),
            "Active noise cancelling for flights and the commute.",
        ),
        told(
            item("TOT1", "Canvas Shoulder Tote Bag", 40, ["Bags", "Tote Bags"]),
            "A roomy tote for the market.",
        ),
        told(
            item("BPK1", "Commuter Laptop Backpack", 110, ["Bags", "Backpacks"]),
            "Padded straps and a laptop sleeve.",
        ),
        told(
            item("KEY1", "Ergo Split Keyboard", 130, ["Electronics", "Keyboards"]),
            "An ergonomic split layout for long days of typing.",
        ),
        told(
            item("SKL1", "Ceramic Skillet", 40, ["Kitchen", "Cookware"]),
            "A nonstick pan for eggs.",
        ),
        told(
            item("SHA1", "Clarifying Charcoal Shampoo", 14, ["Beauty", "Hair Care"]),
            "A clarifying shampoo for daily washing.",
        ),
        told(
            item("BRD1", "Maple Cutting Board", 45, ["Kitchen", "Cutting Boards"]),
            "Hard maple with non-slip feet.",
        ),
        told(
            item("STO1", "Glass Pantry Storage Set", 35, ["Kitchen", "Storage"]),
            "Locking lids with airtight seals for pantry staples.",
        ),
        told(
            item("CER1", "Bran Flakes Cereal", 5, ["Grocery", "Cereal"]),
            "High fibre cereal for breakfast.",
        ),
        told(
            item("TRL1", "Mudline WP Trail Running Shoe", 140, ["Footwear", "Trail Running Shoes"]),
            "A waterproof trail shoe for muddy runs.",
        ),
        told(
            item("ROD1", "Airstep Road Running Shoe", 120, ["Footwear", "Running Shoes"]),
            "Cushioned for road miles.",
        ),
        told(
            item("STB1", "Guide Stability Running Shoe", 130, ["Footwear", "Running Shoes"]),
            "Stability support for road miles.",
        ),
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("glare off the lake gives me a headache when i'm out fishing all day", "SUN"),
        ("can't sleep on long flights, the engine drone drives me nuts", "HDP"),
        ("carrying my laptop in a shoulder tote is wrecking my back. something better", "BPK"),
        ("my wrists ache after typing all day at work, is there anything that would help", "KEY"),
        ("eggs weld themselves to my pan every morning, so annoying", "SKL"),
        ("hair's greasy again by day 2 no matter what, need something that cleans it", "SHA"),
        ("my cutting board slides all over the counter when i chop", "BRD"),
        ("my socks get soaked on muddy trail runs, water comes right thru my shoes", "TRL"),
        ("cereal goes stale in my pantry within days, what do people use for that", "STO"),
    ],
)
def test_a_problem_shows_the_kind_that_fixes_it(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kind in kinds(turn) and kinds(turn) <= {kind}, turn.reply


def test_ankles_rolling_in_show_the_stable_ones(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my ankles kinda roll inward when i run, anything with more support?")
    assert turn.products and turn.products[0].id == "STB1", turn.reply
