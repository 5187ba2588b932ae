"""One product's fit, half sizes, a shade's stock and how long it holds up, asked by shoppers
worried about fit or planning a trip, through `ShoppingAgent.chat`: "what's the fit" is its
`fit` attribute even when the title says "oversized"; "half sizes? I'm an 8.5" is no, whole
sizes only; "heather grey" is the record's sold-out heather gray, not an in-stock charcoal;
"how long is it good for in the water?" is the record's time; "Tempo Glide 4 in white, size 8"
names the Tempo Glide 4 Running Shoe by its short name, and that variant is sold out; "what
about a 30, I might have shrunk" is the jeans in a 30, the shrinking a reason."""

from __future__ import annotations

import re

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

TOP = {"S": 5, "M": 5, "L": 5}
WHOLE = {"7": 4, "8": 4, "9": 4, "10": 4}


@pytest.fixture
def products() -> list[Product]:
    sunscreen = item("SUN", "Sport Water-Resistant Sunscreen SPF 50", 14, ["Beauty", "Sun Care"])
    sunscreen = sunscreen.model_copy(
        update={
            "description": "Broad-spectrum sport sunscreen with 80 minutes of water resistance."
        }
    )
    return [
        item(
            "BOX", "Boxy Oversized Tee", 25, ["Apparel", "T-Shirts"], {"black": TOP}, fit="relaxed"
        ),
        item("SND", "Tideline Slide Sandal", 40, ["Shoes", "Sandals"], {"tan": WHOLE}),
        item(
            "HOO",
            "Recycled Fleece Hoodie",
            60,
            ["Apparel", "Hoodies"],
            {"charcoal": TOP, "heather gray": {**TOP, "M": 0}},
        ),
        item(
            "TMP",
            "Tempo Glide 4 Running Shoe",
            93,
            ["Footwear", "Running Shoes"],
            {"white": {"8": 0, "9": 5}, "coral": {"8": 17, "9": 5}},
        ),
        item(
            "FTH",
            "Featherlight 5 Running Shoe",
            99,
            ["Footwear", "Running Shoes"],
            {"white": WHOLE},
        ),
        sunscreen,
    ]


def test_whats_the_fit_is_the_fit_attribute_not_the_title(agent: ShoppingAgent) -> None:
    (asked,) = talk(
        agent,
        "Is the Boxy Oversized Tee actually oversized or is that just the name? what's the fit",
    )
    assert "relaxed" in asked.reply, asked.reply


def test_half_sizes_of_a_whole_sized_shoe_are_a_no(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "do the Tideline Slide Sandals come in half sizes? I'm an 8.5")
    assert re.match(r"No\b", asked.reply), asked.reply
    assert "whole sizes" in asked.reply and "7, 8, 9, 10" in asked.reply


def test_a_british_grey_is_the_records_gray(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "Recycled Fleece Hoodie - is the medium still in stock in heather grey?")
    assert re.search(r"sold out|out of stock", asked.reply), asked.reply
    assert not asked.reply.startswith("Yes"), asked.reply


def test_how_long_it_is_good_for_is_the_records_time(agent: ShoppingAgent) -> None:
    (asked,) = talk(
        agent, "how long is the Sport Water-Resistant Sunscreen SPF 50 good for in the water?"
    )
    assert "80 minutes" in asked.reply, asked.reply


def test_a_short_name_with_a_colour_and_size_is_that_variant(agent: ShoppingAgent) -> None:
    (asked,) = talk(agent, "Tempo Glide 4 in white, size 8")
    assert "Tempo Glide 4 Running Shoe" in asked.reply, asked.reply
    assert re.search(r"sold out|out of stock", asked.reply), asked.reply


WAISTS = {"30": 3, "32": 3, "34": 3}


@pytest.mark.parametrize(
    "products",
    [
        [
            item("SSJ", "Selvedge Straight Jean", 93, ["Apparel", "Jeans"], {"indigo": WAISTS}),
            item("RCJ", "Relaxed Carpenter Jean", 130, ["Apparel", "Jeans"], {"tan": WAISTS}),
            item("TEE", "Pima Crew Tee", 14, ["Apparel", "T-Shirts"], {"olive": TOP}),
        ]
    ],
)
def test_a_change_to_the_shoppers_body_is_a_reason_not_a_kind(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "jeans in a 32 waist", "hmm ok what about a 30, I might have shrunk lol")
    assert sorted(ids(asked)) == ["RCJ", "SSJ"], asked.reply
    assert "shrunk" not in asked.reply
