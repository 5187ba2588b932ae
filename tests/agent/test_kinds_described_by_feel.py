"""Kinds described by feel and use instead of named ("something thick and cosy to curl up under",
"a top with a hood", "a typing board"), kinds the store lacks described the same way (gloves,
slippers), and questions about the shopper's own things or pets that ask for nothing, through
`ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import kinds, talk

REFUSAL = "don't carry"


@pytest.fixture
def products() -> list[Product]:
    home, audio = ["Home", "Bedding", "Blankets"], ["Electronics", "Audio"]
    return [
        item("BLK1", "Sherpa Fleece Blanket", 98, home),
        item("BLK2", "Chunky Knit Throw Blanket", 120, home),
        item("PIL1", "Chunky Knit Pillow", 53, ["Home", "Pillows"]),
        item("HOD1", "Varsity Pullover Hoodie", 70, ["Clothing", "Hoodies"]),
        item("TEE1", "Ringer Tee", 15, ["Clothing", "T-Shirts"]),
        item("SCF1", "Cashmere Blend Scarf", 39, ["Accessories", "Scarves"]),
        item("HAT1", "Wool Beanie Hat", 28, ["Accessories", "Hats"]),
        item("TOT1", "Beach Stripe Tote Bag", 52, ["Bags", "Totes"]),
        item("BPK1", "Mini City 12L Backpack", 56, ["Bags", "Backpacks"]),
        item("DUF1", "Gym Duffel 40L Duffel Bag", 90, ["Bags", "Duffels"]),
        item(
            "HPH1",
            "Travel Noise Cancelling Headphones",
            200,
            [*audio, "Headphones"],
            wireless="yes",
        ),
        item("HPH2", "Studio Wired Headphones", 150, [*audio, "Headphones"], wireless="no"),
        item("SPK1", "Splash Waterproof Speaker", 60, [*audio, "Speakers"]),
        item("KEY1", "Silent Office Keyboard", 90, ["Electronics", "Keyboards"]),
        item("CUT1", "Maple Edge Grain Cutting Board", 40, ["Kitchen", "Cutting Boards"]),
        item("DMB1", "Hex Rubber Dumbbell", 45, ["Sports", "Fitness", "Dumbbells"]),
        item("BOT1", "Insulated Steel Water Bottle", 20, ["Kitchen", "Water Bottles"]),
        item("SAN1", "Tideline Slide Sandal", 68, ["Footwear", "Sandals"]),
        item("BOO1", "Stormproof Winter Boot", 150, ["Footwear", "Boots"], waterproof="yes"),
        item("TWL1", "Quick Dry Microfiber Towel", 15, ["Home", "Towels"]),
    ]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("something thick and cosy to curl up under on winter evenings", "BLK"),
        ("a top with a hood that feels soft inside, for lounging, under 90 dollars", "HOD"),
        ("something to keep my mums neck warm that isnt scratchy, its a present", "SCF"),
        ("a big bag for the beach that stands up on its own, under 60", "TOT"),
        ("a little music box i can play tunes on while i'm in the shower", "SPK"),
        ("a typing board for long writing sessions, quiet clicks", "KEY"),
        ("a bag for the gym with a separate bit for my stinky shoes", "DUF"),
        ("weights for working out at home that dont roll across the floor", "DMB"),
        ("something warm and snug to wrap myself up in while i watch films", "BLK"),
        ("something very soft around his neck for cold mornings", "SCF"),
        ("a thing for my ears that shuts out the chatter in the office", "HPH"),
        ("something for his feet that keeps them dry in the rain", "BOO"),
    ],
)
def test_a_kind_described_by_feel_or_use_shows_that_kind(
    agent: ShoppingAgent, said: str, kind: str
) -> None:
    turn = talk(agent, said)[0]
    assert kinds(turn) == {kind}, turn.reply


def test_no_wires_wanted_is_the_wireless_ones(agent: ShoppingAgent) -> None:
    said = "headphones that shut out the noise on the train, and i dont want any wires"
    assert [p.id for p in talk(agent, said)[0].products] == ["HPH1"]


@pytest.mark.parametrize(
    "said",
    [
        "something knitted to keep my hands warm, with fingers",
        "fluffy warm slippers for padding round the house",
        "fluffy things to wear on my feet around the house, like soft inside",
    ],
)
def test_a_kind_not_sold_described_by_use_is_not_carried(agent: ShoppingAgent, said: str) -> None:
    turn = talk(agent, said)[0]
    assert REFUSAL in turn.reply
    assert not kinds(turn) - {"SCF", "HAT"}, turn.reply


@pytest.mark.parametrize(
    "said",
    [
        "how do i get red wine out of a wool jumper",
        "can you help me think of a name for my new kitten, she's fluffy and grey",
    ],
)
def test_a_question_about_ones_own_things_lists_no_products(
    agent: ShoppingAgent, said: str
) -> None:
    assert not talk(agent, said)[0].products
