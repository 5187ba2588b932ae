"""A situation said instead of a product, and a replacement asked for by what broke, through
`ShoppingAgent.chat`.

"by 4pm my desk is so dark" asks for a lamp, "my ears are numb by the time I get there" for a
hat; the time of day is no price; "thinking a dress" after the situation asks for the dress;
"my gym bag snapped, need a new one" asks for a gym bag, with the limits said after "one".
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, kinds, talk

REFUSAL = "don't carry"


@pytest.fixture
def products() -> list[Product]:
    return [
        item("LMP1", "Task Desk LED Lamp", 185, ["Home", "Lighting", "Lamps"]),
        item("PIL1", "Down Alternative Sleep Pillow", 59, ["Home", "Bedding", "Pillows"]),
        item("SPF1", "Sport Water-Resistant Sunscreen SPF 50", 14, ["Beauty", "Sun Care"]),
        item("HAT1", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
        item("BAR1", "Oats & Honey Crunchy Granola Bars", 5, ["Grocery", "Snack Bars"]),
        item("HP1", "Hush Pro Noise Cancelling Headphones", 250, ["Electronics", "Headphones"]),
        item("SUN1", "Aviator Metal Sunglasses", 117, ["Accessories", "Sunglasses"]),
        item("SUN2", "Round Acetate Sunglasses", 116, ["Accessories", "Sunglasses"]),
        item("SND1", "Recovery Slide Sandal", 26, ["Footwear", "Sandals"]),
        item("SND2", "Flip Flop Classic Sandal", 20, ["Footwear", "Sandals"]),
        item("SND3", "River Strap Sandal", 52, ["Footwear", "Sandals"]),
        item("DRS1", "Wrap Midi Dress", 90, ["Apparel", "Dresses"]),
        item("WAT1", "Dress Automatic Watch", 320, ["Accessories", "Watches"]),
        item("DUF1", "Gym Duffel 40L Duffel Bag", 70, ["Bags", "Duffels"]),
        item("KNF1", "8in Chef Knife", 132, ["Kitchen", "Cutlery"], material="stainless steel"),
        item("KNF2", "Carbon Steel Knife", 90, ["Kitchen", "Cutlery"], material="carbon steel"),
        item("TOT1", "Zip Top Work Tote Bag", 86, ["Bags", "Totes"]),
        item("TNT1", "Car Camping 4P Tent", 388, ["Sports & Outdoors", "Camping", "Tents"]),
        item("KET1", "Gooseneck Electric Kettle", 60, ["Kitchen", "Kettles"]),
        item("TEA1", "Peppermint Tea", 10, ["Grocery", "Tea"]),
        item(
            "HOO1", "Fleece Pullover Hoodie", 60, ["Apparel", "Hoodies"],
            {"cream": {"M": 5}, "black": {"M": 5}},
        ),
        item("HOO2", "Zip Tech Hoodie", 55, ["Apparel", "Hoodies"], {"black": {"M": 5}}),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("by 5pm the room where I work is so gloomy I can hardly see what I'm typing", "LMP"),
        ("keep waking up with an achy neck, my pillow has gone totally flat", "PIL"),
        ("my skin burns really easily on holiday even with stuff on", "SPF"),
        ("cycling in and my ears are literally frozen by the time I arrive", "HAT"),
        ("always skipping breakfast on school days, something to grab on the way out?", "BAR"),
        ("the dog next door is barking all day and I work from home, how do I block it out", "HP"),
        ("squinting into the sun on my way home, want something that cuts the glare", "SUN"),
        (
            "need something to wear in the leisure centre showers, athlete's foot is going round",
            "SND",
        ),
    ],
)
def test_a_situation_is_answered_with_what_helps(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind} and REFUSAL not in turn.reply, turn.reply


def test_a_kind_hedged_after_the_situation_is_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "big job interview on monday, want to look sharp. maybe a dress?")
    assert kinds(turn) == {"DRS"}, turn.reply


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "strap on my gym bag snapped, it reeks anyway. need a new one, doesnt have to be huge",
            "DUF",
        ),
        ("my old chef knife broke in half. want a decent one", "KNF"),
        (
            "camping with my girlfriend in june and our old tent leaked all night. need a new one",
            "TNT",
        ),
    ],
)
def test_a_new_one_replaces_what_broke(agent: ShoppingAgent, message: str, kind: str) -> None:
    (turn,) = talk(agent, message)
    assert kinds(turn) == {kind} and REFUSAL not in turn.reply, turn.reply


def test_a_replacement_keeps_the_negation_said_after_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent, "my chef knife went rusty in a month. want a decent one but not carbon steel"
    )
    assert [p.id for p in turn.products] == ["KNF1"], turn.reply


def test_what_a_need_is_for_is_no_kind_asked(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "something to boil water for tea, electric pls")
    assert kinds(turn) == {"KET"}, turn.reply


def test_a_replacement_keeps_its_colour_and_size(agent: ShoppingAgent) -> None:
    message = (
        "my flatmate borrowed my hoodie and never gave it back, want a new one in cream, size M"
    )
    (turn,) = talk(agent, message)
    assert ids(turn) == ["HOO1"], turn.reply


def test_they_about_the_product_in_view_is_no_need(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "are the aviator metal sunglasses polarized",
        "So they do cut out the glare? I just want to be certain before I buy.",
    )
    assert len(turns[-1].products) <= 1, turns[-1].reply


def test_a_kind_ruled_out_beside_the_need_is_no_kind_asked(agent: ShoppingAgent) -> None:
    message = "need something for the pool changing rooms lol. not flip flops though, they hurt"
    (turn,) = talk(agent, message)
    assert ids(turn) and set(ids(turn)) <= {"SND1", "SND3"}, turn.reply
